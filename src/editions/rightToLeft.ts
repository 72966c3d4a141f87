/**
 * A drawn chart made to read right to left (Arabic), after it is drawn, so chart files need no branch:
 * every line of text is written as text/rtlText.ts found renders in order in resvg and Chromium alike
 * (isolated, never `direction="rtl"`), and the frame's text blocks (headline, dek, key, notes, source,
 * credit) move to the right edge, anchored at their end. The plot keeps time running left to right
 * (docs/editions.md, "Arabic and Chinese"); its labels stay where they were placed, each line in right-to-left order.
 */
import { anchorFor, lineForSvg, svgRootDirection } from "../text/rtlText.js";

const frameBlocks = new Set(["headline", "dek", "key", "key-marker", "note", "source", "credit"]);

export function mirrorForRightToLeft(svg: SVGSVGElement, width: number): void {
  for (const [name, value] of Object.entries(svgRootDirection)) svg.setAttribute(name, value);
  for (const text of svg.querySelectorAll("text")) {
    const lines = text.querySelectorAll("tspan");
    for (const line of lines.length ? [...lines] : [text]) line.textContent = lineForSvg(line.textContent ?? "", "ar");
    if (![...text.classList].some((name) => frameBlocks.has(name))) continue;
    // A frame block's x is its left edge; mirrored, it is the right edge, and the text ends there.
    for (const element of [text, ...lines]) {
      const x = element.getAttribute("x");
      if (x !== null) element.setAttribute("x", String(width - Number(x)));
    }
    text.setAttribute("text-anchor", anchorFor("start", "ar"));
  }
  // A line's stretch in the key (charts/frame.ts) sits where a marker would: at the right edge, mirrored.
  for (const swatch of svg.querySelectorAll("line.key-swatch")) {
    for (const name of ["x1", "x2"]) swatch.setAttribute(name, String(width - Number(swatch.getAttribute(name))));
  }
}
