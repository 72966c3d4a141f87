/**
 * text/wordAdvance.ts measures a run a word at a time and promises the same font units as fontkit shaping
 * the run whole. That holds while no glyph kerns with the space and nothing substitutes across one: the
 * characters for which it does not are found per font (a sample of Noto Sans SC's 30,000) and must be
 * none but marks, and lines made of every edition's own words in random order must measure as fontkit
 * shapes them whole, in every font of every chain.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { fontChain, langs, type FontFace } from "../../src/text/fonts.js";
import { openFace } from "../../src/text/openFace.js";
import { runAdvance, standsApart } from "../../src/text/wordAdvance.js";
import { repoDir } from "../support/fixtures.js";

const weights = ["regular", "semibold", "bold"] as const;
const faces = [...new Map(langs.flatMap((lang) => weights.flatMap((weight) => fontChain(lang, weight))).map((face) => [face.file, face])).values()];
const name = (face: FontFace) => `${face.family} ${face.weight}`;

/** Every character of the font with a glyph, or every `step`th for a very large font. */
function characters(font: fontkit.Font): string[] {
  const all = font.characterSet.filter((codePoint) => String.fromCodePoint(codePoint).trim());
  const step = all.length > 5000 ? 23 : 1;
  return all.filter((_, index) => index % step === 0).map((codePoint) => String.fromCodePoint(codePoint));
}


describe("standsApart", () => {
  // A character that does not stand apart is shaped with its whole run, so this is about speed, not
  // correctness: letters that move would send every run holding them down the slow path.
  it.each(faces.map((face) => [name(face), face] as const))("%s: every letter advances beside a space as the two apart, and so is measured a word at a time", (_, face) => {
    const font = openFace(face);
    const moving = characters(font).filter((character) => {
      let script: string;
      try {
        script = font.layout(character).script;
      } catch {
        return false; // a mark fontkit cannot shape with no base: never measured alone either
      }
      return !/\p{M}/u.test(character) && !standsApart(font, character, script);
    });
    expect(moving).toEqual([]);
  });
});

/** Every word the story and its translations use, in every edition. */
async function storyWords(): Promise<string[]> {
  const texts = [await readFile(join(repoDir, "data/story.json"), "utf8"), await readFile(join(repoDir, "data/events.csv"), "utf8")];
  for (const lang of langs.filter((lang) => lang !== "en")) texts.push(await readFile(join(repoDir, `data/translations/${lang}.json`), "utf8"));
  const words = texts.flatMap((text) => text.split(/[\s"{}[\],:]+/)).filter(Boolean);
  return [...new Set(words)].sort();
}

describe("runAdvance", () => {
  it("gives fontkit's advance of the whole run for lines of the editions' own words, in every font", async () => {
    const words = await storyWords();
    expect(words.length).toBeGreaterThan(500);
    const line = fc.tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), fc.constantFrom(" ", "  ", " \u00a0"), fc.boolean());
    fc.assert(
      fc.property(fc.constantFrom(...faces), line, (face, [picked, gap, padded]) => {
        const text = padded ? ` ${picked.join(gap)} ` : picked.join(gap);
        const font = openFace(face);
        expect(runAdvance(font, text), `${name(face)}: ${JSON.stringify(text)}`).toBe(font.layout(text).advanceWidth);
      }),
      { numRuns: 3000, seed: 20261130 }
    );
  });
});
