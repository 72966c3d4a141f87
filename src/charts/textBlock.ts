import { fontWeights, type TextStyle } from "../style/houseStyle.js";
import { svgElement } from "./dom.js";


/** Baseline offset that centres a line's capitals in its line box (Source Sans cap height ≈ 0.66 em). */
export function baselineOffset({ size, lineHeight }: TextStyle): number {
  return (lineHeight + 0.66 * size) / 2;
}

/** The attributes that draw text in a style; on a <g>, every text block inside can leave them out. */
export function textStyleAttributes(style: TextStyle): Record<string, string | number> {
  return {
    "font-size": style.size,
    ...(style.weight === "regular" ? {} : { "font-weight": fontWeights[style.weight] }),
    fill: style.color,
  };
}

/**
 * Chinese opening brackets and quotes are full-width with their ink in the right half of the em: at the
 * start of a line the empty half reads as an indent. Chinese typesetting sets them half-width there
 * (W3C clreq, "Requirements for Chinese Text Layout", line-start opening punctuation); the fonts' 'halt'
 * feature would, but resvg applies none, so the line is moved left by the empty half instead.
 */
const fullWidthOpener = /^[（《“「『【〈〔‘〖]/u;

/**
 * Appends already-wrapped lines as one <text> with a <tspan> per line, top edge at y. With `inherited`,
 * the parent already carries the style's attributes (see textStyleAttributes).
 * Text goes in through textContent, so the serialiser escapes it: data can never become markup.
 */
export function appendTextBlock(
  parent: Element,
  lines: readonly string[],
  style: TextStyle,
  x: number,
  y: number,
  className: string,
  { inherited = false } = {}
): number {
  if (!lines.length) return y;
  const document = parent.ownerDocument;
  const text = svgElement(document, "text", { class: className, x, y: y + baselineOffset(style), ...(inherited ? {} : textStyleAttributes(style)) });
  lines.forEach((line, i) => {
    // The first line starts where the <text> does; each later one returns to x. A Chinese line that
    // opens with a bracket or quote starts half an em to the left (below).
    const setBack: Record<string, number> = style.lang === "zh" && fullWidthOpener.test(line) ? { dx: -style.size / 2 } : {};
    const tspan = svgElement(document, "tspan", i === 0 ? setBack : { x, dy: style.lineHeight, ...setBack });
    tspan.textContent = line;
    text.append(tspan);
  });
  parent.append(text);
  return y + lines.length * style.lineHeight;
}
