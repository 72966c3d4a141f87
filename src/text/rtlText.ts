/**
 * Right-to-left lines in SVG <text> that draw in the same order and place in resvg (our PNGs), Chromium
 * and librsvg, inline in any page or as an <img>. Found by rendering «مقتل 3 من حرس الحدود في هجوم على
 * معسكر Shohin SM» every way (test/text/rtlRendering.test.ts keeps the proof):
 *
 * - `direction="rtl"` (attribute or CSS) must NOT be used. resvg 2.6 ignores it: the bidi base stays left to
 *   right, so "Shohin SM" lands at the right end, and text-anchor keeps its left-to-right meaning. Chromium
 *   honours it and flips text-anchor (start = right edge), so no anchor is right in both.
 * - `text-anchor="end"` at the right edge instead, and the line's text wrapped in U+2067 RIGHT-TO-LEFT
 *   ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: the isolate makes the line's bidi base right to left in every
 *   renderer, so Arabic reads from the right with digits and Latin in place. A right-to-left mark (U+200F)
 *   at the start is not enough (both renderers still put the Latin at the right).
 * - `direction="ltr"` on the <svg> root: an SVG pasted inline in a page with dir="rtl" inherits rtl in
 *   Chromium, which flips every text-anchor (end becomes the left edge). Charts as <img> inherit nothing.
 * - `unicode-bidi` is not needed (it changes nothing once the isolate is in the text).
 *
 * The isolate characters have no width: shapedText.ts skips them when measuring.
 */
import { directionOf, type Lang } from "./fonts.js";

const explicitBidiControls = /[\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A line's text as it must be written into <text>/<tspan>: right-to-left lines are isolated (see above).
 * Explicit bidi controls already in the text (untrusted: a stray U+2069 would end the isolate early) are
 * dropped; left-to-right and right-to-left marks stay, as translators use them to place punctuation.
 */
export function lineForSvg(text: string, lang: Lang): string {
  if (directionOf(lang) === "ltr") return text;
  return `\u2067${text.replace(explicitBidiControls, "")}\u2069`;
}

export type TextAnchor = "start" | "middle" | "end";

/** The text-anchor to write for the anchor a left-to-right layout would use: mirrored for right-to-left. */
export function anchorFor(anchor: TextAnchor, lang: Lang): TextAnchor {
  if (directionOf(lang) === "ltr" || anchor === "middle") return anchor;
  return anchor === "start" ? "end" : "start";
}

/** Attributes the <svg> root carries in every edition, so an inline chart's anchors mean what they say. */
export const svgRootDirection = { direction: "ltr" } as const;
