/**
 * The print PDFs and the outlined-text SVGs of every edition, read back from the shared build as a print
 * desk's and a thumbnailer's tools read them: poppler (pdfinfo, pdffonts, pdftotext, pdftoppm) for the
 * PDFs, resvg and ImageMagick's own renderer for the outlined SVGs. Needs poppler-utils and convert
 * (.ci/run installs them).
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { chartIds, type Dataset } from "../../src/dataset/types.js";
import { printSvg } from "../../src/build/printOutputs.js";
import { languageOf } from "../../src/editions/languages.js";
import { translateDataset } from "../../src/editions/translateDataset.js";
import { readTranslations } from "../../src/editions/translations.js";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { readDataset } from "../../src/input/readDataset.js";
import { outlinedName, outlinedSvg } from "../../src/render/outlinedSvg.js";
import { printPdfName } from "../../src/render/printPdf.js";
import { elementsNamed, inherited, parseSvgTree } from "../../src/render/svgTree.js";
import { svgToPng } from "../../src/render/png.js";
import { defaultPrintWidths, printedPt, printMinimumPt, ptPerMm, roomierPrintWidths } from "../../src/style/printStyle.js";
import type { Lang } from "../../src/text/fonts.js";
import { decodePng } from "../support/decodePng.js";
import { sharedBuild } from "../support/sharedBuild.js";
import { run, runWithTools } from "../support/tools.js";

const editions: [Lang, string][] = [
  ["en", ""],
  ["fr", "fr/"],
  ["ru", "ru/"],
  ["ar", "ar/"],
  ["zh", "zh/"],
];
/** The family every embedded font of an edition's PDFs belongs to. */
const families: Record<Lang, string> = { en: "SourceSans3", fr: "SourceSans3", ru: "SourceSans3", ar: "NotoSansArabic", zh: "NotoSansSC" };

let charts: string;
let datasets: Map<Lang, Dataset>;

beforeAll(async () => {
  const shared = await sharedBuild();
  charts = shared.charts;
  const english = await readDataset(shared.data);
  const asked = editions.slice(1).map(([lang]) => languageOf(lang)!);
  const checked = await readTranslations(shared.data, asked, english, headlineFigures(english));
  datasets = new Map([["en", english], ...asked.map((language) => [language.lang as Lang, translateDataset(english, language, checked.files.get(language.lang)!)] as const)]);
}, 180_000);

/** Every stream of a PDF, inflated where it is compressed, as Latin-1 text. */
function streams(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  const found: string[] = [];
  for (const match of text.matchAll(/<<((?:(?!>>\s*stream)[\s\S])*)>>\s*stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    const bytes = pdf.subarray(start, end);
    found.push((match[1]!.includes("/FlateDecode") ? inflateSync(bytes) : bytes).toString("latin1"));
  }
  return found;
}

/**
 * The characters of a text, white space and bidi controls aside, sorted: what two renderings of the same
 * words share whatever order an extractor reads their lines in. Hyphens aside too: pdftotext joins a word
 * broken after a hyphen at a line's end and drops the hyphen.
 */
const characters = (text: string) => [...text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069-]/gu, "")].sort().join("");

/** The share of 4×4 px blocks whose mean grey differs by more than a fifth: where two renderings draw different things, not the same edges differently. */
function differingBlocks(a: { width: number; height: number; rgba: Buffer }, b: { width: number; height: number; rgba: Buffer }): number {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const mean = (image: typeof a, x0: number, y0: number) => {
    let sum = 0;
    for (let y = y0; y < y0 + 4; y++) for (let x = x0; x < x0 + 4; x++) for (let c = 0; c < 3; c++) sum += image.rgba[(y * image.width + x) * 4 + c]!;
    return sum / 48;
  };
  let blocks = 0;
  let differing = 0;
  for (let y = 0; y + 4 <= height; y += 4) {
    for (let x = 0; x + 4 <= width; x += 4) {
      blocks++;
      if (Math.abs(mean(a, x, y) - mean(b, x, y)) > 51) differing++;
    }
  }
  return differing / blocks;
}

/** The words a print SVG draws as text (halos, the stroked copies behind labels, aside). */
function svgWords(svg: string): string {
  const texts = elementsNamed(parseSvgTree(svg), "text").filter((text) => inherited(text, "stroke") === undefined);
  const flatten = (node: (typeof texts)[number]): string => node.children.map((child) => (typeof child === "string" ? child : flatten(child))).join("");
  return texts.map(flatten).join(" ");
}

describe.runIf(runWithTools("pdfinfo", "pdffonts", "pdftotext", "pdftoppm"))("print PDFs", () => {
  const pdfs = editions.flatMap(([lang, folder]) => chartIds.flatMap((id) => defaultPrintWidths.map((mm) => ({ lang, folder, id, mm, name: `${folder}${printPdfName(id, mm)}` }))));

  it.each(pdfs)("$name: the column's width in mm, the edition's fonts embedded, CMYK colour only", async ({ lang, folder, id, mm }) => {
    const path = join(charts, folder, printPdfName(id, mm));
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(run("pdfinfo", [path]).toString())!;
    expect(Number(size[1])).toBeCloseTo(mm * ptPerMm, 2);
    const fonts = run("pdffonts", [path]).toString().split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toContain(families[lang]);
      expect(font.split(/\s+/).slice(-5, -2), `embedded, subset, with a Unicode map: ${font}`).toEqual(["yes", "yes", "yes"]);
    }
    const all = [await readFile(path, "latin1"), ...streams(await readFile(path))].join("\n");
    expect(all).toContain("/DeviceCMYK");
    expect(all).not.toMatch(/\/DeviceRGB|\/DeviceGray|\/CalRGB|\/ICCBased/);
    for (const content of streams(await readFile(path)).filter((stream) => /^[\t\n\r\x20-\x7e]*$/.test(stream))) {
      // rg/RG and g/G set RGB and grey; sc/scn (in the CMYK space set by cs) take four inks.
      expect(content).not.toMatch(/(^|\s)[\d.]+ [\d.]+ [\d.]+ (rg|RG)\s/);
      expect(content).not.toMatch(/(^|\n)[\d.]+ (g|G)\n/);
      for (const [, operands] of content.matchAll(/(?:^|\n)([\d. ]*) (?:sc|scn|SC|SCN)\n/g)) expect(operands!.trim().split(" ")).toHaveLength(4);
      // Text is set in the page's space (render/printPdf.ts), so its font size is the size it prints at.
      // 7 pt, or where a label needed a roomier drawing, what the widest of those prints at (printStyle.ts).
      const floor = Math.min(printMinimumPt, printedPt(12, mm, Math.max(...roomierPrintWidths)));
      for (const [, size] of content.matchAll(/\/F\d+ ([\d.]+) Tf/g)) expect(Number(size)).toBeGreaterThanOrEqual(floor - 0.01);
    }
  });

  it.each(editions)("%s: each chart's PDF reads back with the same characters as the print SVG it is drawn from", async (lang, folder) => {
    for (const id of chartIds) {
      const mm = defaultPrintWidths[0]!;
      const extracted = run("pdftotext", ["-enc", "UTF-8", join(charts, folder, printPdfName(id, mm)), "-"]).toString();
      expect(characters(extracted), id).toBe(characters(svgWords(printSvg(datasets.get(lang)!, id, mm))));
    }
  });

  // Latin, and the two scripts whose shaping and order the PDF places itself.
  it.each(editions.filter(([lang]) => ["en", "ar", "zh"].includes(lang)))("%s: the one-column map PDF, rendered by poppler, draws what its SVG draws", async (lang, folder) => {
    const id = "incident-map";
    const mm = defaultPrintWidths[0]!;
    const svg = printSvg(datasets.get(lang)!, id, mm);
    const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);
    // resvg, given the font files, sets this unstyled SVG's Arabic headline in the regular weight; its
    // outlined version (checked against resvg's text below) draws each weight as the page does.
    const expected = decodePng(await svgToPng(outlinedSvg(svg), { zoom: 2 }));
    const rendered = decodePng(run("pdftoppm", ["-png", "-singlefile", "-scale-to-x", String(width * 2), "-scale-to-y", "-1", join(charts, folder, printPdfName(id, mm))]));
    expect(rendered.width).toBe(expected.width);
    expect(Math.abs(rendered.height - expected.height)).toBeLessThanOrEqual(1);
    expect(differingBlocks(rendered, expected)).toBeLessThan(0.005);
  });
});

describe("outlined SVGs", () => {
  // The phone versions: the most lines per pixel; every outlined file is checked for text below.
  const outlined = editions.flatMap(([lang, folder]) => chartIds.map((id) => ({ lang, name: `${folder}${id}-320px.svg` })));

  it.each(outlined)("$name: beside it, without text, draws the same pixels in resvg as its SVG's PNG", async ({ name }) => {
    const svg = await readFile(join(charts, outlinedName(name)), "utf8");
    expect(svg).not.toMatch(/<text\b/);
    expect(svg).not.toContain("@font-face");
    const expected = decodePng(await readFile(join(charts, name.replace(/\.svg$/, ".png"))));
    const drawn = decodePng(await svgToPng(svg, { zoom: 2 }));
    expect([drawn.width, drawn.height]).toEqual([expected.width, expected.height]);
    let differing = 0;
    for (let i = 0; i < drawn.rgba.length; i += 4) if ([0, 1, 2].some((c) => Math.abs(drawn.rgba[i + c]! - expected.rgba[i + c]!) > 64)) differing++;
    // Glyph outlines rounded to 0.01 px, and a line or two of Arabic a pixel or two apart where resvg orders a digit differently.
    expect(differing / (drawn.width * drawn.height)).toBeLessThan(0.002);
  });

  it.runIf(runWithTools("convert")).each(["ar/cumulative-deaths-320px.svg", "zh/incident-map-320px.svg"])(
    "%s: ImageMagick's own renderer draws its Arabic or Chinese headline, where it drops the SVG's",
    async (name) => {
      const ink = (png: Buffer) => {
        const { width, rgba } = decodePng(png);
        // The headline's two lines: the first 60 px at 1×.
        let dark = 0;
        for (let i = 0; i < width * 60 * 4; i += 4) if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 3 * 128) dark++;
        return dark;
      };
      const outlinedInk = ink(run("convert", [`msvg:${join(charts, outlinedName(name))}`, "png:-"]));
      const resvgInk = ink(await svgToPng(await readFile(join(charts, name), "utf8"), { zoom: 1, lang: name.slice(0, 2) as Lang }));
      const svgInk = ink(run("convert", [`msvg:${join(charts, name)}`, "png:-"]));
      // ImageMagick's antialiasing inks more pixels than resvg's; what matters is that the letters are there.
      expect(outlinedInk / resvgInk).toBeGreaterThan(0.8);
      expect(svgInk / resvgInk, "the SVG itself loses its letters in ImageMagick (else this test proves nothing)").toBeLessThan(0.5);
    }
  );

  it("is written for every SVG of every edition, and for nothing else, without text or style sheet", async () => {
    for (const [, folder] of editions) {
      const files = await readdir(join(charts, folder));
      const svgs = files.filter((file) => file.endsWith(".svg") && !file.endsWith(".outlined.svg"));
      expect(files.filter((file) => file.endsWith(".outlined.svg")).sort()).toEqual(svgs.map(outlinedName).sort());
      for (const svg of svgs) expect(await readFile(join(charts, folder, outlinedName(svg)), "utf8")).not.toMatch(/<text\b|<style\b/);
    }
  });
});
