/**
 * The proof that Arabic and Chinese lines draw as measured, in order, with the embedded subsets: an SVG
 * with an Arabic line mixing Latin and digits and a Chinese line, written by rtlText.ts's rules, drawn by
 * resvg (from TrueType subsets: it reads no @font-face) and by Chromium (from the WOFF2 subsets embedded
 * in the SVG's @font-face). Parts of the Arabic line are coloured, so where each lands can be read off the
 * pixels. PNGs are left in out/type/ to look at.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { Resvg } from "@resvg/resvg-js";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fontChain, fontFilesFor, type Lang } from "../../src/text/fonts.js";
import { anchorFor, lineForSvg, svgRootDirection } from "../../src/text/rtlText.js";
import { measureFor, shapeRuns } from "../../src/text/shapedText.js";
import { subsetFace } from "../../src/render/subsetFace.js";
import { repoDir } from "../support/fixtures.js";
import { chartDocument } from "../../src/charts/dom.js";
import { appendTextBlock } from "../../src/charts/textBlock.js";
import { mirrorForRightToLeft } from "../../src/editions/rightToLeft.js";
import { serializeSvg } from "../../src/render/serialize.js";

const arabic = { before: "مقتل ", digit: "3", middle: " من حرس الحدود في هجوم على معسكر ", latin: "Shohin SM" };
const arabicLine = arabic.before + arabic.digit + arabic.middle + arabic.latin;
const chineseLine = "塔吉克斯坦与阿富汗边境冲突已造成5名中国公民死亡。";
const size = 24;
const width = 640;
const right = width - 20;
const outDir = join(repoDir, "out", "type");

const colours = { digit: "#0000ff", latin: "#ff0000", text: "#000000" };

/** The test SVG: each face embedded as WOFF2, Arabic right-aligned at `right` by the rtlText.ts rules. */
function testSvg(faces: { family: string; woff2: Buffer }[]): string {
  const css = faces.map(({ family, woff2 }) => `@font-face{font-family:"${family}";src:url(data:font/woff2;base64,${woff2.toString("base64")}) format("woff2")}`).join("");
  // The coloured parts are tspans inside the isolate, so the line is still one bidi paragraph.
  const isolated = lineForSvg(arabicLine, "ar");
  const arabicText = isolated
    .replace(arabic.digit, `<tspan fill="${colours.digit}">${arabic.digit}</tspan>`)
    .replace(arabic.latin, `<tspan fill="${colours.latin}">${arabic.latin}</tspan>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="120" viewBox="0 0 ${width} 120" direction="${svgRootDirection.direction}">`,
    `<style>${css}</style><rect width="${width}" height="120" fill="#ffffff"/>`,
    `<text x="${right}" y="40" font-family="Noto Sans Arabic" font-size="${size}" fill="${colours.text}" text-anchor="${anchorFor("start", "ar")}">${arabicText}</text>`,
    `<text x="20" y="95" font-family="Noto Sans SC" font-size="${size}" fill="${colours.text}">${lineForSvg(chineseLine, "zh")}</text>`,
    `</svg>`,
  ].join("");
}

/** The x range of pixels of one colour in a band of rows. */
function columnsOf(pixels: Buffer, imageWidth: number, rows: [number, number], colour: string, zoom: number): { min: number; max: number } | undefined {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  let min = Infinity;
  let max = -Infinity;
  for (let y = rows[0] * zoom; y < rows[1] * zoom; y++) {
    for (let x = 0; x < imageWidth; x++) {
      const at = (y * imageWidth + x) * 4;
      // Only near-pure pixels: antialiased edges blend with the white ground.
      if (Math.abs(pixels[at]! - r!) < 40 && Math.abs(pixels[at + 1]! - g!) < 40 && Math.abs(pixels[at + 2]! - b!) < 40) {
        min = Math.min(min, x / zoom);
        max = Math.max(max, x / zoom);
      }
    }
  }
  return min === Infinity ? undefined : { min, max };
}

let svg: string;
let ttfFiles: string[];
const arabicWidth = measureFor("ar").textWidth(arabicLine, { size, weight: "regular" });
const chineseWidth = measureFor("zh").textWidth(chineseLine, { size, weight: "regular" });

beforeAll(async () => {
  await mkdir(outDir, { recursive: true });
  const lines: [Lang, string][] = [["ar", arabicLine], ["zh", chineseLine]];
  const faces = await Promise.all(lines.map(async ([lang, text]) => ({ lang, face: fontChain(lang, "regular")[0]!, text })));
  const woff2 = await Promise.all(faces.map(({ face, lang, text }) => subsetFace(face, lang, text, "woff2")));
  svg = testSvg(faces.map(({ face }, i) => ({ family: face.family, woff2: woff2[i]! })));
  await writeFile(join(outDir, "rtl-and-chinese.svg"), svg);
  ttfFiles = [];
  for (const { face, lang, text } of faces) {
    const file = join(outDir, `${lang}-subset.ttf`);
    await writeFile(file, await subsetFace(face, lang, text, "truetype"));
    ttfFiles.push(file);
  }
});

describe("the embedded subsets shape as the whole fonts do", () => {
  it("keeps the Arabic joining forms and ligatures (same glyphs, same advance as the whole font)", async () => {
    const face = fontChain("ar", "regular")[0]!;
    const whole = fontkit.openSync(face.file) as fontkit.Font;
    const subset = fontkit.create(await subsetFace(face, "ar", arabicLine, "woff2")) as fontkit.Font;
    const wholeRun = whole.layout(arabicLine);
    const subsetRun = subset.layout(arabicLine);
    expect(subsetRun.glyphs.map((g) => g.advanceWidth)).toEqual(wholeRun.glyphs.map((g) => g.advanceWidth));
    expect(subsetRun.glyphs.some((g) => g.id === 0)).toBe(false);
    // The joined forms are really there: the whole font names them, and they are narrower than the letters alone.
    expect(wholeRun.glyphs.filter((g) => /\.(init|medi|fina)$/.test(g.name)).length).toBeGreaterThan(20);
    const isolatedForms = [...arabicLine].reduce((sum, c) => sum + whole.glyphForCodePoint(c.codePointAt(0)!).advanceWidth, 0);
    expect(wholeRun.advanceWidth).toBeLessThan(isolatedForms);
  });

  it("would lose them with the Latin feature list render/embedFont.ts uses (so the test above can fail)", async () => {
    const face = fontChain("ar", "regular")[0]!;
    const { default: subsetFont } = await import("subset-font");
    const latinOnly = await subsetFont(await import("node:fs/promises").then((fs) => fs.readFile(face.file)), arabicLine, {
      targetFormat: "woff2",
      keepFeatures: ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk"],
      noHinting: true,
    });
    const subset = fontkit.create(latinOnly) as fontkit.Font;
    const whole = fontkit.openSync(face.file) as fontkit.Font;
    expect(subset.layout(arabicLine).advanceWidth).not.toBe(whole.layout(arabicLine).advanceWidth);
  });

  it("draws every Chinese character from Noto Sans SC, none as .notdef", async () => {
    const face = fontChain("zh", "regular")[0]!;
    const subset = fontkit.create(await subsetFace(face, "zh", chineseLine, "woff2")) as fontkit.Font;
    expect(subset.layout(chineseLine).glyphs.some((g) => g.id === 0)).toBe(false);
    expect(shapeRuns(chineseLine, "zh", "regular").map((run) => run.face.family)).toEqual(["Noto Sans SC"]);
  });
});

describe("resvg", () => {
  const zoom = 2;
  let pixels: Buffer;
  let imageWidth: number;

  beforeAll(async () => {
    const image = new Resvg(svg, { fitTo: { mode: "zoom", value: zoom }, font: { fontFiles: ttfFiles, loadSystemFonts: false, defaultFontFamily: "Noto Sans Arabic" } }).render();
    pixels = image.pixels;
    imageWidth = image.width;
    await writeFile(join(outDir, "resvg.png"), image.asPng());
  });

  it("right-aligns the Arabic line, as wide as fontkit measured it", () => {
    const ink = columnsOf(pixels, imageWidth, [10, 55], colours.text, zoom)!;
    const latin = columnsOf(pixels, imageWidth, [10, 55], colours.latin, zoom)!;
    // Ink stops short of the advance by the side bearings: a pixel or two at 24 px.
    expect(ink.max).toBeGreaterThan(right - 4);
    expect(ink.max).toBeLessThanOrEqual(right + 1);
    expect(Math.min(ink.min, latin.min)).toBeCloseTo(right - arabicWidth, -1);
  });

  it("reads right to left with the Latin at the left end and the digit after the first word", () => {
    const ink = columnsOf(pixels, imageWidth, [10, 55], colours.text, zoom)!;
    const latin = columnsOf(pixels, imageWidth, [10, 55], colours.latin, zoom)!;
    const digit = columnsOf(pixels, imageWidth, [10, 55], colours.digit, zoom)!;
    expect(latin.max).toBeLessThan(ink.min);
    expect(digit.min).toBeGreaterThan(ink.min);
    // مقتل lies to the right of the digit: about its measured width of ink.
    const firstWord = measureFor("ar").textWidth(arabic.before, { size, weight: "regular" });
    expect(ink.max - digit.max).toBeCloseTo(firstWord, -1);
  });

  it("draws the Chinese line as wide as fontkit measured it", () => {
    const ink = columnsOf(pixels, imageWidth, [65, 110], colours.text, zoom)!;
    expect(ink.min).toBeGreaterThanOrEqual(20);
    // The full stop 。 sits at the left of its em: the ink ends inside the last advance.
    const beforeStop = measureFor("zh").textWidth(chineseLine.slice(0, -1), { size, weight: "regular" });
    expect(ink.max).toBeGreaterThan(20 + beforeStop);
    expect(ink.max).toBeLessThan(20 + chineseWidth);
  });
});

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumThere = existsSync(executablePath);
if (!chromiumThere) {
  if (process.env.CI) throw new Error(`CI needs Chromium at ${executablePath} for the RTL rendering test`);
  console.warn(`SKIPPED the Chromium RTL checks: no Chromium at ${executablePath}.`);
}

describe.skipIf(!chromiumThere)("Chromium, with the embedded WOFF2 subsets, inline in a right-to-left page", () => {
  let browser: import("playwright-core").Browser;
  afterAll(() => browser?.close());

  it("draws the Arabic line in order and both lines at fontkit's widths", async () => {
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
    const page = await browser.newPage({ viewport: { width, height: 120 }, deviceScaleFactor: 2 });
    // The page is right to left: the root's direction="ltr" keeps the anchors where they were written.
    await page.setContent(`<!DOCTYPE html><html dir="rtl" lang="ar"><body style="margin:0">${svg}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const layout = await page.$$eval("text", (texts) =>
      texts.map((text) => {
        const element = text as SVGTextElement;
        const family = getComputedStyle(element).fontFamily;
        const extentOf = (i: number) => element.getExtentOfChar(i);
        const content = element.textContent ?? "";
        const charX = (needle: string) => (content.includes(needle) ? extentOf(content.indexOf(needle)).x : NaN);
        const { x, width } = element.getBBox();
        return { family, width: element.getComputedTextLength(), box: { x, width }, s: charX("S"), digit: charX("3"), first: charX("م") };
      })
    );
    await page.screenshot({ path: join(outDir, "chromium.png") });
    const [arabicLayout, chineseLayout] = layout;
    expect(arabicLayout!.width).toBeCloseTo(arabicWidth, 0);
    expect(chineseLayout!.width).toBeCloseTo(chineseWidth, 0);
    expect(arabicLayout!.box.x + arabicLayout!.box.width).toBeCloseTo(right, 0);
    // Right to left: the first word's first letter at the right, then the digit, then the Latin at the left end.
    expect(arabicLayout!.first).toBeGreaterThan(arabicLayout!.digit);
    expect(arabicLayout!.digit).toBeGreaterThan(arabicLayout!.s);
    expect(arabicLayout!.s).toBeCloseTo(right - arabicWidth, 0);
    // The widths prove the embedded faces were used: no system font on this machine has both scripts at these widths.
    const fonts = await page.evaluate(() => [...document.fonts].map((f) => `${f.family}:${f.status}`));
    expect(fonts).toEqual(["Noto Sans Arabic:loaded", "Noto Sans SC:loaded"]);
  });
});

describe("a wrapped Arabic block as the charts write it, drawn by resvg", () => {
  it("ends every line at the right margin, not a space short of it (the space between lines opens the next)", () => {
    const document = chartDocument();
    const block = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    block.setAttribute("width", "320");
    block.setAttribute("height", "110");
    const style = { size: 20, lineHeight: 30, weight: "regular", color: "#000000", widthFactor: 1 } as const;
    // Built by the charts' own steps: lines, a frame block's class, mirrored to the right edge, serialised.
    appendTextBlock(block, ["إحصاء فرانس برس استنادًا", "إلى بيانات رسمية", "مقتل 2 من حرس الحدود"], style, 16, 10, "note");
    mirrorForRightToLeft(block, 320);
    const image = new Resvg(serializeSvg(block), { background: "#ffffff", fitTo: { mode: "zoom", value: 2 }, font: { fontFiles: fontFilesFor("ar"), loadSystemFonts: false, defaultFontFamily: "Noto Sans Arabic" } }).render();
    const margin = 320 - 16;
    const ends = [0, 1, 2].map((line) => columnsOf(image.pixels, image.width, [10 + line * 30, 10 + (line + 1) * 30], colours.text, 2)!.max);
    // Ink stops short of the advance by the last letter's side bearing: a pixel or so at 20 px.
    for (const end of ends) expect(end).toBeGreaterThan(margin - 2.5);
    for (const end of ends) expect(end).toBeLessThanOrEqual(margin + 0.5);
  });
});
