/**
 * An Arabic and a Chinese chart-like SVG through embedFontsFor and svgToPng: each font of the chain
 * gets its own subset with only the characters it draws, the Arabic subset still joins its letters, the
 * output is deterministic, and resvg draws the same SVG with the TrueType chain (PNGs in out/type/).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { chartDocument, svgElement } from "../../src/charts/dom.js";
import { fontChain, type Lang } from "../../src/text/fonts.js";
import { embedFontsFor } from "../../src/render/embedFonts.js";
import { Resvg } from "@resvg/resvg-js";
import { svgToPng } from "../../src/render/png.js";
import { resvgOptionsFor } from "../../src/render/resvgFonts.js";
import { measureFor } from "../../src/text/shapedText.js";
import { anchorFor, lineForSvg, svgRootDirection } from "../../src/text/rtlText.js";
import { repoDir } from "../support/fixtures.js";

const headline = { ar: "مقتل 3 من حرس الحدود في هجوم على معسكر Shohin SM", zh: "塔吉克斯坦与阿富汗边境冲突已造成5名中国公民死亡。" };
// A word in a script the first font lacks, to be drawn from the fallback: Cyrillic for Arabic.
const note = { ar: "المصدر: ГКНБ Таджикистана", zh: "来源：ГКНБ，2026年1月18日" };

function chartSvg(lang: "ar" | "zh"): SVGSVGElement {
  const document = chartDocument();
  const svg = svgElement(document, "svg", { xmlns: "http://www.w3.org/2000/svg", width: 640, height: 100, viewBox: "0 0 640 100", ...svgRootDirection }) as SVGSVGElement;
  const x = lang === "ar" ? 620 : 20;
  const headlineText = svgElement(document, "text", { x, y: 40, "font-size": 24, "font-weight": 700, "text-anchor": anchorFor("start", lang) });
  headlineText.textContent = lineForSvg(headline[lang], lang);
  const noteText = svgElement(document, "text", { x, y: 80, "font-size": 16, "text-anchor": anchorFor("start", lang) });
  noteText.textContent = lineForSvg(note[lang], lang);
  svg.append(svgElement(document, "rect", { width: 640, height: 100, fill: "#fff" }), headlineText, noteText);
  return svg;
}

/** The @font-face rules of an SVG: family, weight and the subset's bytes. */
function faces(svg: SVGSVGElement): { family: string; weight: number; font: fontkit.Font }[] {
  const css = svg.querySelector("style")!.textContent!;
  return [...css.matchAll(/font-family:"([^"]+)";font-weight:(\d+);src:url\(data:font\/woff2;base64,([^)]+)\)/g)].map(([, family, weight, base64]) => ({
    family: family!,
    weight: Number(weight),
    font: fontkit.create(Buffer.from(base64!, "base64")) as fontkit.Font,
  }));
}

describe("embedFontsFor", () => {
  it("embeds Noto Sans Arabic for the Arabic and Source Sans 3 for the Cyrillic, and the Arabic still joins", async () => {
    const svg = chartSvg("ar");
    await embedFontsFor(svg, "ar");
    const embedded = faces(svg);
    expect(embedded.map(({ family, weight, font }) => [family.replace(/^chart-[0-9a-f]{12}/, "chart"), weight, font.familyName])).toEqual([
      ["chart-1", 400, "Noto Sans Arabic"],
      ["chart-2", 400, "Source Sans 3"],
      ["chart-1", 700, "Noto Sans Arabic"],
    ]);
    const family = embedded[0]!.family.replace(/-1$/, "");
    expect(svg.getAttribute("font-family")).toBe(`'${family}-1', '${family}-2', 'Noto Sans Arabic', 'Source Sans 3', sans-serif`);
    const whole = fontkit.openSync(fontChain("ar", "bold")[0]!.file) as fontkit.Font;
    const subset = embedded[2]!.font;
    expect(subset.layout(headline.ar).glyphs.map((g) => g.advanceWidth)).toEqual(whole.layout(headline.ar).glyphs.map((g) => g.advanceWidth));
    expect(embedded[1]!.font.hasGlyphForCodePoint("Г".codePointAt(0)!)).toBe(true);
    expect(embedded[0]!.font.hasGlyphForCodePoint("Г".codePointAt(0)!)).toBe(false);
  });

  it("gives the same bytes every time", async () => {
    const [one, two] = [chartSvg("zh"), chartSvg("zh")];
    await embedFontsFor(one, "zh");
    await embedFontsFor(two, "zh");
    expect(one.outerHTML).toBe(two.outerHTML);
    expect(faces(one).map(({ font }) => font.familyName)).toEqual(["Noto Sans SC", "Noto Sans SC"]);
  });

  it("leaves Latin and Cyrillic editions to render/embedFont.ts (one Source Sans 3 family)", async () => {
    const svg = chartSvg("ar");
    await embedFontsFor(svg, "ru");
    expect(svg.getAttribute("font-family")).toMatch(/^'chart-[0-9a-f]{12}', 'Source Sans 3'/);
  });
});

/** The x range of dark pixels in a band of rows (y in SVG px), at zoom 1. */
function inkColumns(svgText: string, lang: Lang, rows: [number, number]): { min: number; max: number } {
  const image = new Resvg(svgText, resvgOptionsFor(lang, 1)).render();
  const { pixels, width } = image;
  let min = Infinity;
  let max = -Infinity;
  for (let y = rows[0]; y < rows[1]; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[(y * width + x) * 4]! < 128) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
  }
  return { min, max };
}

describe("svgToPng in an edition's fonts", () => {
  it.each(["ar", "zh"] as const)("draws the %s SVG with the language's fonts, as wide as measured (PNG in out/type/)", async (lang) => {
    const svg = chartSvg(lang);
    await embedFontsFor(svg, lang);
    await mkdir(join(repoDir, "out", "type"), { recursive: true });
    await writeFile(join(repoDir, "out", "type", `embedded-${lang}.png`), await svgToPng(svg.outerHTML, { lang }));
    // The note line: Arabic right-aligned at 620, Chinese from 20; its ink spans fontkit's width, less side bearings.
    const ink = inkColumns(svg.outerHTML, lang, [60, 95]);
    const width = measureFor(lang).textWidth(lineForSvg(note[lang], lang), { size: 16, weight: "regular" });
    const [start, end] = lang === "ar" ? [620 - width, 620] : [20, 20 + width];
    expect(ink.min).toBeGreaterThanOrEqual(start - 1);
    expect(ink.min).toBeLessThan(start + 3);
    expect(ink.max).toBeLessThanOrEqual(end + 1);
    expect(ink.max).toBeGreaterThan(end - 4);
  });
});
