/**
 * Text width in any edition's language, from shaped glyphs (fontkit's GSUB/GPOS: Arabic joining forms,
 * ligatures, kerning). A line is cut into runs first: by bidi level (bidi-js, UAX #9), so digits and
 * Latin inside Arabic are shaped left to right and Arabic right to left, and by font, so a character the
 * language's first font lacks is measured in the next font of its chain (as a browser falls back).
 *
 * `measureFor(lang)` gives the same two functions as text/measure.ts, so callers can swap one for the other.
 */
import { createRequire } from "node:module";
import type { Weight } from "../style/houseStyle.js";
import { missingGlyphs as sourceSansMissing, sourceSansWidth } from "./sourceSans.js";
import { directionOf, fontChain, type FontFace, type Lang } from "./fonts.js";
import { openFace } from "./openFace.js";
import { runAdvance } from "./wordAdvance.js";
import { chineseForSvg } from "./chineseDot.js";
import { RecentMemo } from "../recentMemo.js";

export interface TextMeasure {
  /** Width in px of one line of text, times widthFactor (as text/measure.ts's textWidth). */
  textWidth(text: string, options: { size: number; weight: Weight; widthFactor?: number }): number;
  /** Characters no font of the language has a glyph for (white space aside). */
  missingGlyphs(text: string): readonly string[];
}

/** One run of a line: characters of one bidi level set in one font, in logical order. */
export interface ShapedRun {
  text: string;
  /** Index of the run's first UTF-16 unit in the line. */
  start: number;
  /** Bidi embedding level: odd is right to left. */
  level: number;
  face: FontFace;
  /** Advance in em. */
  advance: number;
  /** Glyphs after shaping (joining and ligatures change the count). */
  glyphs: number;
}

/**
 * Width in px of one line of text, times widthFactor (room for a wider fallback font when not embedded):
 * Source Sans 3's, or for Arabic and Chinese shaped in the edition's own fonts. measure.ts exports it.
 */
export function textWidth(text: string, style: { size: number; weight: Weight; widthFactor?: number; lang?: Lang | undefined }): number {
  if (style.lang === "ar" || style.lang === "zh") return measureFor(style.lang).textWidth(text, style);
  return sourceSansWidth(text, style);
}

const sourceSansOnly: TextMeasure = { textWidth, missingGlyphs: sourceSansMissing };

/** The measuring functions for a language's text. */
export function measureFor(lang: Lang): TextMeasure {
  // Latin and Cyrillic editions are set in Source Sans 3 alone: the English measure, unchanged, so their
  // widths are the same numbers English has always had.
  if (lang === "en" || lang === "fr" || lang === "ru") return sourceSansOnly;
  return {
    textWidth: (text, { size, weight, widthFactor = 1 }) => emWidth(text, lang, weight) * size * widthFactor,
    missingGlyphs: (text) => missingRemembered(text, lang),
  };
}

// Every string of a translation file is checked for glyphs whenever the English it is checked against
// moves (a story.json save checks all four files): 15 of a 90 ms save for Arabic and Chinese. As for
// Source Sans 3 (text/measure.ts), the answer is remembered per text, up to a bound.
const missingBefore = new RecentMemo<readonly string[]>(100_000);

function missingRemembered(text: string, lang: Lang): readonly string[] {
  const key = `${lang}\u0000${text}`;
  let missing = missingBefore.get(key);
  if (!missing) {
    missing = Object.freeze(missingIn(text, lang));
    missingBefore.set(key, missing);
  }
  return missing;
}

// bidi-js is CommonJS whose types declare an ES default export: required, it is the factory itself.
const bidiFactory = createRequire(import.meta.url)("bidi-js") as (typeof import("bidi-js"))["default"];
const bidi = bidiFactory();
const mark = /\p{M}/u;
/** Bidi marks and controls: they steer ordering, have no width, and are drawn by no font. */
export const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** The line cut into runs of one level and one font, each shaped; in logical order. */
export function shapeRuns(text: string, lang: Lang, weight: Weight): ShapedRun[] {
  return cutRuns(text, lang, weight).map(({ text: run, start, level, face }) => shape(run, start, level, face));
}

export type Run = Pick<ShapedRun, "text" | "start" | "level" | "face">;

/**
 * The line cut into runs of one bidi level and one font, in logical order (bidi controls dropped). `base`:
 * the paragraph direction (the language's, unless the line sits in an SVG whose root says ltr).
 */
export function cutRuns(text: string, lang: Lang, weight: Weight, base: "ltr" | "rtl" = directionOf(lang)): Run[] {
  const chain = fontChain(lang, weight);
  const { levels } = bidi.getEmbeddingLevels(text, base);
  const runs: Run[] = [];
  let start = 0;
  let runFace: FontFace | undefined;
  let runLevel = -1;
  const close = (end: number) => {
    if (runFace && end > start) runs.push({ text: text.slice(start, end), start, level: runLevel, face: runFace });
  };
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const character = String.fromCodePoint(codePoint);
    if (bidiControls.test(character)) {
      close(i);
      runFace = undefined;
      i += 1;
      start = i;
      continue;
    }
    // A combining mark stays with its base's font, as browsers keep a cluster in one font.
    const face = runFace && mark.test(character) ? runFace : faceFor(codePoint, chain);
    if (face !== runFace || levels[i] !== runLevel) {
      close(i);
      start = i;
      runFace = face;
      runLevel = levels[i]!;
    }
    i += character.length;
  }
  close(text.length);
  return runs;
}

/** The first font in the chain with a glyph for the character, else the first (it draws .notdef). */
function faceFor(codePoint: number, chain: FontFace[]): FontFace {
  return chain.find((face) => openFace(face).hasGlyphForCodePoint(codePoint)) ?? chain[0]!;
}

function shape(text: string, start: number, level: number, face: FontFace): ShapedRun {
  const font = openFace(face);
  // fontkit finds the run's script (and so its direction and the Arabic joining features) from its text.
  const run = font.layout(text);
  return { text, start, level, face, advance: run.advanceWidth / font.unitsPerEm, glyphs: run.glyphs.length };
}

// Wrapping measures the same strings again and again: widths in em are remembered, up to a bound.
const widths = new Map<string, number>();

function emWidth(text: string, lang: Lang, weight: Weight): number {
  const key = `${lang}\u0000${weight}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    // Each run as shape() would measure it, a word at a time (text/wordAdvance.ts), summed in the same order.
    // Chinese is measured as it is drawn: its middle dots half-width (text/chineseDot.ts).
    width = cutRuns(lang === "zh" ? chineseForSvg(text) : text, lang, weight).reduce((sum, { text: run, face }) => sum + runAdvance(openFace(face), run) / openFace(face).unitsPerEm, 0);
    if (widths.size > 100_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/** Characters that no font of the language's chain has (white space aside), each once, in order of appearance. */
export function missingIn(text: string, lang: Lang): string[] {
  const chain = fontChain(lang, "regular");
  const missing = new Set<string>();
  for (const character of text) {
    if (!character.trim() || bidiControls.test(character)) continue;
    const codePoint = character.codePointAt(0)!;
    if (!chain.some((face) => openFace(face).hasGlyphForCodePoint(codePoint))) missing.add(character);
  }
  return [...missing];
}
