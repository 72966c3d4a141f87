import { Resvg, renderAsync } from "@resvg/resvg-js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forceColorScheme } from "../../src/render/forceColorScheme.js";
import { palettePng } from "../../src/render/palettePng.js";
import { svgToPng } from "../../src/render/png.js";
import { fontName } from "../../src/style/houseStyle.js";
import { fontPaths } from "../../src/text/fontFiles.js";
import { decodePng } from "../support/decodePng.js";
import { readDataset } from "../../src/input/readDataset.js";
import { renderCharts } from "../../src/build/renderCharts.js";
import { dataDir } from "../support/fixtures.js";

/** What the build wrote before palette PNGs: resvg's own RGBA PNG, drawn with the same options. */
async function resvgPng(svg: string, scheme: "light" | "dark"): Promise<Buffer> {
  const image = await renderAsync(forceColorScheme(svg, scheme), {
    fitTo: { mode: "zoom", value: 2 },
    font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: fontName },
  });
  return image.asPng();
}

/** Pixels as another decoder sees them: resvg (the Rust png crate) drawing the PNG 1:1 as an <image>. */
function pixelsThroughResvg(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
  return new Resvg(svg).render().pixels; // premultiplied, which for opaque pixels is the colour itself
}

describe("chart PNGs", async () => {
  // Every English chart and width as the build draws it from data/.
  const charts = await renderCharts(await readDataset(dataDir));
  const svgs = [...charts.keys()].sort();

  it.each(svgs.flatMap((name) => (["light", "dark"] as const).map((scheme) => [name, scheme] as const)))(
    "%s (%s) has exactly resvg's pixels, as a palette PNG in at most half the bytes when its colours fit one",
    async (name, scheme) => {
      const svg = charts.get(name)!;
      const before = await resvgPng(svg, scheme);
      const after = await svgToPng(svg, { scheme });
      const old = decodePng(before);
      const now = decodePng(after);
      expect(old.colorType).toBe(6);
      expect([now.width, now.height]).toEqual([old.width, old.height]);
      expect(now.rgba.equals(old.rgba)).toBe(true);
      const colours = new Set<number>();
      for (let i = 0; i < old.rgba.length; i += 4) colours.add(old.rgba.readUInt32BE(i));
      if (colours.size <= 256) {
        expect(now.colorType).toBe(3);
        expect(after.length).toBeLessThanOrEqual(0.5 * before.length);
      } else {
        // The map's anti-aliased boundaries blend into thousands of colours: no lossless palette, so
        // resvg's own PNG is kept as it is.
        expect(name).toMatch(/^incident-map/);
        expect(after.equals(before)).toBe(true);
      }
      // That it draws the same bytes again is test/build/drawPng.test.ts's (the worker's and this thread's).
    }
  );

  it("reads back the same through another decoder (resvg's)", async () => {
    const svg = charts.get(svgs[0]!)!;
    const png = await svgToPng(svg, { scheme: "dark" });
    const { width, height, rgba } = decodePng(await resvgPng(svg, "dark"));
    expect(pixelsThroughResvg(png, width, height).equals(rgba)).toBe(true);
  });

  it("keeps resvg's RGBA PNG where pixels are not opaque", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"><rect width="8" height="4" fill="#c00" fill-opacity="0.5"/></svg>';
    expect(decodePng(await svgToPng(svg, { zoom: 1 })).colorType).toBe(6);
  });
});

describe("palettePng", () => {
  /** Random opaque images of up to `colours` colours. */
  const images = (colours: number) =>
    fc
      .record({
        width: fc.integer({ min: 1, max: 23 }),
        height: fc.integer({ min: 1, max: 9 }),
        palette: fc.uniqueArray(fc.integer({ min: 0, max: 0xffffff }), { minLength: 1, maxLength: colours }),
        seed: fc.array(fc.nat(), { minLength: 1, maxLength: 300 }),
      })
      .map(({ width, height, palette, seed }) => {
        const rgba = Buffer.alloc(width * height * 4);
        for (let i = 0; i < width * height; i++) {
          const colour = palette[seed[i % seed.length]! % palette.length]!;
          rgba.set([colour >> 16, (colour >> 8) & 0xff, colour & 0xff, 255], i * 4);
        }
        return { width, height, rgba };
      });

  it("stores every pixel exactly, at the bit depth the colours need (1, 2, 4 or 8)", async () => {
    for (const colours of [2, 4, 16, 256]) {
      await fc.assert(
        fc.asyncProperty(images(colours), async ({ width, height, rgba }) => {
          const png = (await palettePng(rgba, width, height))!;
          const decoded = decodePng(png);
          expect(decoded.colorType).toBe(3);
          expect(decoded.bitDepth).toBeLessThanOrEqual(colours === 2 ? 1 : colours === 4 ? 2 : colours === 16 ? 4 : 8);
          expect([decoded.width, decoded.height]).toEqual([width, height]);
          expect(decoded.rgba.equals(rgba)).toBe(true);
        }),
        { numRuns: 60 }
      );
    }
  });

  it("declines 257 colours and any pixel that is not fully opaque", async () => {
    const many = Buffer.alloc(257 * 4);
    for (let i = 0; i < 257; i++) many.set([i & 0xff, i >> 8, 7, 255], i * 4);
    expect(await palettePng(many, 257, 1)).toBeUndefined();
    expect(await palettePng(many.subarray(0, 256 * 4), 256, 1)).toBeDefined();
    const translucent = Buffer.from([10, 20, 30, 255, 10, 20, 30, 254]);
    expect(await palettePng(translucent, 2, 1)).toBeUndefined();
  });

  it("reads unaligned pixel buffers the same as aligned ones", async () => {
    const pixels = Buffer.from([1, 2, 3, 255, 4, 5, 6, 255, 1, 2, 3, 255]);
    const shifted = Buffer.alloc(pixels.length + 1);
    pixels.copy(shifted, 1);
    expect((await palettePng(shifted.subarray(1), 3, 1))!.equals((await palettePng(pixels, 3, 1))!)).toBe(true);
  });
});
