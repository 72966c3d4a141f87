/**
 * The command's PNGs are drawn on a worker thread (build/drawPng.ts), from compiled JavaScript; here,
 * under the test runner's TypeScript, svgToPng runs on this thread. Both must give the same bytes: every
 * PNG of the English, Arabic and Chinese editions (three font chains) of the run's shared build of the real
 * data is drawn again here from its SVG and compared.
 */
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pngSource, svgToPng } from "../../src/render/png.js";
import type { Lang } from "../../src/text/fonts.js";
import { repoDir } from "../support/fixtures.js";
import { sharedBuild } from "../support/sharedBuild.js";

describe("PNGs drawn on the worker", () => {
  let out: string;

  beforeAll(async () => {
    out = (await sharedBuild()).charts;
  });

  it("came from the worker: the command runs compiled code, where the worker's file exists", () => {
    expect(existsSync(join(repoDir, ".build/src/build/pngWorker.js"))).toBe(true);
  });

  it.each(["en", "ar", "zh"] as const)("are byte for byte what this thread draws, every %s PNG", async (lang: Lang) => {
    const folder = lang === "en" ? out : join(out, lang);
    // The social cards are drawn from the data, not from an SVG file (test/build/socialCards.test.ts).
    const pngs = (await readdir(folder)).filter((file) => file.endsWith(".png") && !file.includes(".card-")).sort();
    expect(pngs.length).toBe(18); // three charts at three widths, light and dark
    for (const file of pngs) {
      const { svgFile, scheme } = pngSource(file)!;
      const here = await svgToPng(await readFile(join(folder, svgFile), "utf8"), { scheme, lang });
      expect(here.equals(await readFile(join(folder, file))), `${lang}/${file}`).toBe(true);
    }
  });
});
