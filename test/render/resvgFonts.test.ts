/**
 * resvg draws every PNG from fonts subset to the SVG's characters (render/resvgFonts.ts), because it maps a
 * font file afresh for every glyph it looks up. A subset must draw exactly what the whole font draws:
 * each edition's running-total chart, light and dark, byte for byte against resvg given the whole files.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { forceColorScheme } from "../../src/render/forceColorScheme.js";
import { palettePng } from "../../src/render/palettePng.js";
import { svgToPng } from "../../src/render/png.js";
import { fontFilesFor, langs } from "../../src/text/fonts.js";
import { resvgFontFiles, resvgOptionsFor } from "../../src/render/resvgFonts.js";
import { repoDir } from "../support/fixtures.js";

const snapshot = (lang: string) => join(repoDir, "test/snapshots", lang === "en" ? "" : lang, "cumulative-deaths.svg");

describe("resvgFontFiles", () => {
  it.each(langs)("gives resvg a subset of each font in the %s chain, each far smaller than the font", async (lang) => {
    const svg = await readFile(snapshot(lang), "utf8");
    const subsets = await resvgFontFiles(lang, svg);
    const whole = fontFilesFor(lang);
    expect(subsets).toHaveLength(whole.length);
    for (const [index, file] of subsets.entries()) {
      expect(file).not.toBe(whole[index]);
      expect((await readFile(file)).length).toBeLessThan((await readFile(whole[index]!)).length / 4);
    }
  });
});

describe("svgToPng with subset fonts", () => {
  it.each(langs.flatMap((lang) => (["light", "dark"] as const).map((scheme) => [lang, scheme] as const)))(
    "draws the %s running total (%s) byte for byte as the whole fonts do (semibold labels stay semibold)",
    async (lang, scheme) => {
      const svg = await readFile(snapshot(lang), "utf8");
      const subset = await svgToPng(svg, { lang, scheme });
      // The way the PNGs were drawn before: resvg given the whole TrueType files.
      const image = await renderAsync(forceColorScheme(svg, scheme), resvgOptionsFor(lang));
      const whole = (await palettePng(image.pixels, image.width, image.height)) ?? image.asPng();
      expect(Buffer.compare(subset, whole)).toBe(0);
    }
  );
});
