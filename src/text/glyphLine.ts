/**
 * One line of text as positioned glyphs, left to right as drawn: for renderers that are handed glyphs
 * rather than text (the outlined SVG, render/outlinedSvg.ts) or that shape nothing themselves (the print
 * PDF, render/printPdf.ts). The line is cut into bidi runs and fonts as text/shapedText.ts measures it,
 * each run shaped by fontkit (which returns a right-to-left run's glyphs already in visual order), and
 * the runs put in visual order by the Unicode bidi rule L2.
 */
import { createRequire } from "node:module";
import type { Font, Glyph, GlyphPosition } from "fontkit";
import type { Weight } from "../style/houseStyle.js";
import type { FontFace, Lang } from "./fonts.js";
import { openFace } from "./openFace.js";
import { cutRuns } from "./shapedText.js";
import { runScript, standsApart } from "./wordAdvance.js";

export interface PlacedGlyph {
  glyph: Glyph;
  /** Pen position in px from the run's left edge, and the glyph's offset (px, y down). */
  x: number;
  y: number;
}

export interface PlacedRun {
  face: FontFace;
  /** The run's characters in logical order (what a PDF maps its glyphs back to). */
  text: string;
  /** Bidi level: odd is right to left. */
  level: number;
  /** Left edge in px from the line's left edge. */
  x: number;
  /** Width in px. */
  advance: number;
  /** px per font unit. */
  scale: number;
  glyphs: PlacedGlyph[];
}

export interface GlyphLine {
  width: number;
  /** In visual order, left to right. */
  runs: PlacedRun[];
}

export interface LineStyle {
  size: number;
  weight: Weight;
  /** font-variant: tabular-nums (axis ticks), OpenType `tnum`. */
  tabular?: boolean;
  /** The paragraph direction: an SVG line's is its root's (ltr; Arabic lines carry their own isolate). */
  base?: "ltr" | "rtl";
}

// bidi-js is CommonJS whose types declare an ES default export: required, it is the factory itself.
const bidi = (createRequire(import.meta.url)("bidi-js") as (typeof import("bidi-js"))["default"])();

/** A right-to-left run's characters with their mirrored forms (UAX #9 L4: "(" drawn as ")"), which fontkit does not apply. */
export function mirroredText(text: string): string {
  return [...text].map((character) => bidi.getMirroredCharacter(character) ?? character).join("");
}

/** The line's glyphs, placed. */
export function glyphLine(text: string, lang: Lang, { size, weight, tabular = false, base = "ltr" }: LineStyle): GlyphLine {
  const features = tabular ? ["tnum"] : [];
  const logical = cutRuns(text, lang, weight, base).map(({ text: run, level, face }) => {
    const font = openFace(face);
    const scale = size / font.unitsPerEm;
    const shaped = shapeRun(font, level % 2 ? mirroredText(run) : run, features);
    const glyphs: PlacedGlyph[] = [];
    let pen = 0;
    shaped.glyphs.forEach((glyph, i) => {
      const position = shaped.positions[i]!;
      glyphs.push({ glyph, x: (pen + position.xOffset) * scale, y: -position.yOffset * scale });
      pen += position.xAdvance;
    });
    return { face, text: run, level, x: 0, advance: pen * scale, scale, glyphs };
  });
  const runs = visualOrder(logical);
  let x = 0;
  for (const run of runs) {
    run.x = x;
    x += run.advance;
  }
  return { width: x, runs };
}

export interface Shaped {
  glyphs: Glyph[];
  positions: GlyphPosition[];
}

/**
 * A run shaped a word at a time, as text/wordAdvance.ts measures it (exactly the whole run's shaping
 * where every character stands apart beside a space; the whole run otherwise): a set's lines share most
 * of their words, and fontkit's layout was most of the time an outlined SVG took. Glyphs in visual order.
 */
export function shapeRun(font: Font, text: string, features: string[]): Shaped {
  let script: string;
  try {
    script = runScript(font, text);
  } catch {
    return font.layout(text, features);
  }
  for (const character of text) if (!standsApart(font, character, script)) return font.layout(text, features);
  const space = shapeWord(font, " ", features, script);
  const parts: Shaped[] = [];
  text.split(" ").forEach((word, i) => {
    if (i > 0) parts.push(space);
    if (word) parts.push(shapeWord(font, word, features, script));
  });
  if (space.rtl) parts.reverse();
  return { glyphs: parts.flatMap(({ glyphs }) => glyphs), positions: parts.flatMap(({ positions }) => positions) };
}

const words = new WeakMap<Font, Map<string, Shaped & { rtl: boolean }>>();

function shapeWord(font: Font, word: string, features: string[], script: string): Shaped & { rtl: boolean } {
  let known = words.get(font);
  if (!known) words.set(font, (known = new Map()));
  const key = `${script}\u0000${features.join(",")}\u0000${word}`;
  let shaped = known.get(key);
  if (!shaped) {
    const run = font.layout(word, features, script);
    shaped = { glyphs: run.glyphs, positions: run.positions, rtl: run.direction === "rtl" };
    if (known.size > 100_000) known.clear();
    known.set(key, shaped);
  }
  return shaped;
}

/** UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every stretch at that level or above. */
function visualOrder<T extends { level: number }>(runs: T[]): T[] {
  const order = [...runs];
  if (!order.length) return order;
  const highest = Math.max(...order.map(({ level }) => level));
  const lowestOdd = Math.min(...order.map(({ level }) => (level % 2 ? level : level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if (order[i]!.level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < order.length && order[end]!.level >= level) end++;
      order.splice(i, end - i, ...order.slice(i, end).reverse());
      i = end;
    }
  }
  return order;
}
