/**
 * Source Sans 3's own metrics (via fontkit), with kerning: the English, French and Russian editions'
 * widths and missing glyphs. measure.ts answers for any edition from these and shapedText.ts.
 */
import type * as fontkit from "fontkit";
import type { Weight } from "../style/houseStyle.js";
import { fontChain } from "./fonts.js";
import { openFace } from "./openFace.js";
import { runAdvance } from "./wordAdvance.js";

/** Source Sans 3 at a weight: the same fontkit font the other editions' chains fall back to, opened once. */
function font(weight: Weight): fontkit.Font {
  return openFace(fontChain("en", weight)[0]!);
}

/** Width in px of one line of text in Source Sans 3, times widthFactor (room for a wider fallback font when not embedded). */
export function sourceSansWidth(text: string, { size, weight, widthFactor = 1 }: { size: number; weight: Weight; widthFactor?: number }): number {
  return emWidth(text, weight) * size * widthFactor;
}

// Shaping (GSUB/GPOS) is most of a chart's drawing time, and wrapping measures the same strings again
// and again: widths in em are remembered per weight, up to a bound.
const widths = new Map<string, number>();

function emWidth(text: string, weight: Weight): number {
  const key = `${weight}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    // A word at a time (text/wordAdvance.ts): the same units as shaping the whole line at once.
    width = runAdvance(font(weight), text) / font(weight).unitsPerEm;
    if (widths.size > 100_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

const printableAscii = /^[\x20-\x7e]*$/;

// Watch mode checks every string of a translation file on each save of it; one save changes a few.
const missingBefore = new Map<string, readonly string[]>();

/** Characters in the text that Source Sans 3 has no glyph for (white space aside). */
export function missingGlyphs(text: string): readonly string[] {
  // Printable ASCII is all in the font: most labels need no lookups (a million of them are checked).
  if (printableAscii.test(text)) return [];
  let missing = missingBefore.get(text);
  if (!missing) {
    const f = font("regular");
    missing = Object.freeze([...new Set([...text].filter((c) => c.trim() && !f.hasGlyphForCodePoint(c.codePointAt(0)!)))]);
    if (missingBefore.size > 100_000) missingBefore.clear();
    missingBefore.set(text, missing);
  }
  return missing;
}
