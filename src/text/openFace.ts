/**
 * A face's fontkit font, for measuring and finding glyphs. Apart from text/fonts.ts (which only names the
 * files) because loading fontkit costs about 0.2 s: what only needs the paths, the PNG worker among them,
 * never pays it.
 */
import * as fontkit from "fontkit";
import type { FontFace } from "./fonts.js";

// Opening Noto Sans SC parses a 10 MB file: each file is opened once per process.
const opened = new Map<string, fontkit.Font>();

/** The fontkit font of a face, opened once. */
export function openFace(face: FontFace): fontkit.Font {
  let font = opened.get(face.file);
  if (!font) {
    font = withGlyphsAsAsked(fontkit.openSync(face.file) as fontkit.Font);
    opened.set(face.file, font);
  }
  return font;
}

type GetGlyph = (id: number, codePoints?: number[]) => fontkit.Glyph | null;

/**
 * fontkit keeps one Glyph per id, with the characters it was first asked for, and shapes a run from those
 * characters: Arabic joining is chosen from each glyph's first character. Where a contextual form made
 * for one letter is also another letter's own glyph, the second letter was shaped as the first, or not,
 * depending on what the process had shaped before; an edition's PDFs and outlined SVGs then differed
 * between a whole build and one that kept its charts. Here a glyph asked for with other characters comes
 * back as a view of the cached one (reading its outline and metrics through it) carrying the characters
 * asked for.
 */
export function withGlyphsAsAsked(font: fontkit.Font): fontkit.Font {
  const cached = font as unknown as { getGlyph: GetGlyph };
  const getGlyph = cached.getGlyph.bind(font);
  cached.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || !codePoints.length || sameNumbers(glyph.codePoints, codePoints)) return glyph;
    return Object.create(glyph, { codePoints: { value: codePoints, enumerable: true } }) as fontkit.Glyph;
  };
  return font;
}

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((n, i) => n === b[i]);
