/**
 * How far a label's letters rise above its baseline and fall below it, in em, from the outlines of the
 * glyphs that draw them in the edition's own faces (Source Sans 3; Noto Sans Arabic; Noto Sans SC): the
 * letters, not the line box, are what must keep clear of a border line. A name in capitals has no
 * descender; an Arabic name may fall well below its baseline.
 */
import { fontChain, type Lang } from "../text/fonts.js";
import { openFace } from "../text/openFace.js";
import type { Weight } from "../style/houseStyle.js";

export interface LetterExtent {
  ascent: number;
  descent: number;
}

// A map draws a dozen names per edition and width; each text is measured once.
const measured = new Map<string, LetterExtent>();

export function letterExtent(text: string, lang: Lang, weight: Weight): LetterExtent {
  const key = `${lang}\u0000${weight}\u0000${text}`;
  let extent = measured.get(key);
  if (!extent) {
    extent = measure(text, lang, weight);
    if (measured.size > 10_000) measured.clear();
    measured.set(key, extent);
  }
  return extent;
}

function measure(text: string, lang: Lang, weight: Weight): LetterExtent {
  const chain = fontChain(lang, weight);
  const extent = { ascent: 0, descent: 0 };
  // Runs of characters one face draws (the first in the chain that has them, as the measuring does), each
  // shaped, so Arabic letters are measured in the joined forms drawn.
  let run = "";
  let runFace = chain[0]!;
  const close = () => {
    if (!run) return;
    const font = openFace(runFace);
    for (const glyph of font.layout(run).glyphs) {
      const { minY, maxY } = glyph.bbox;
      if (!Number.isFinite(minY) || !Number.isFinite(maxY)) continue; // a space has no outline
      extent.ascent = Math.max(extent.ascent, maxY / font.unitsPerEm);
      extent.descent = Math.max(extent.descent, -minY / font.unitsPerEm);
    }
    run = "";
  };
  for (const character of text) {
    const face = chain.find((f) => openFace(f).hasGlyphForCodePoint(character.codePointAt(0)!)) ?? chain[0]!;
    if (face !== runFace) {
      close();
      runFace = face;
    }
    run += character;
  }
  close();
  return extent;
}
