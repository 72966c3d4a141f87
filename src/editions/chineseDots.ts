/**
 * A drawn Chinese chart's middle dots made half-width (text/chineseDot.ts says why), after it is drawn,
 * so chart files need no branch: the text of every <text>, the plot's and the map's labels included.
 * A <title> or <desc> is read, not drawn: it keeps the translators' U+00B7.
 */
import { chineseForSvg } from "../text/chineseDot.js";

export function halfWidthDots(svg: SVGSVGElement): void {
  const walker = svg.ownerDocument.createTreeWalker(svg, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest("text")) continue;
    const text = node.nodeValue ?? "";
    const drawn = chineseForSvg(text);
    if (drawn !== text) node.nodeValue = drawn;
  }
}
