/**
 * Everything a newsroom needs per chart, around the SVGs: PNGs (2×, light and dark), the alt text (and the
 * social cards' beside them), the data as CSV, the embed snippet, and what the review pages show of it
 * (build/buildEditions.ts assembles them). Pure: files in memory.
 */
import { chartIds, type Dataset } from "../dataset/types.js";
import type { HeadlineFigures } from "../figures/headlineFigures.js";
import { chartPieces } from "../output/chartPieces.js";
import type { ReviewChart, ReviewPageEdition } from "../output/reviewPage.js";
import type { ReviewEdition } from "../output/reviewIndex.js";
import type { Lang } from "../text/fonts.js";
import type { Warning } from "../input/problems.js";
import { editionOf } from "../editions/edition.js";
import { languageOf } from "../editions/languages.js";
import { pngVersions, type Scheme } from "../render/png.js";
import { drawPng } from "./drawPng.js";
import { cardAltFileName, chartFileName } from "../output/chartNames.js";
import { cardFormatsFor } from "../charts/cardFrame.js";
import { outlinedName } from "../render/outlinedSvg.js";
import { outlinedVersion, printPdfs } from "./printOutputs.js";

export type OutputFiles = Map<string, string | Buffer>;

/** A chart's PNGs (light and dark), by file name; drawn on libuv's threads, so they can start early. */
export function startPngs(file: string, svg: string, pngs: Map<string, Promise<Buffer>> = new Map(), lang: string = "en"): Map<string, Promise<Buffer>> {
  for (const { file: name, scheme } of pngVersions(file)) pngs.set(name, startPng(svg, scheme, lang));
  return pngs;
}

/** One PNG drawn from its SVG in its edition's fonts (`lang`, the edition's); a failure is the caller's when it awaits it. */
export function startPng(svg: string, scheme: Scheme, lang: string = "en"): Promise<Buffer> {
  const png = drawPng(svg, scheme, lang as Lang);
  // Awaited later (exportCharts); until then a failure must not count as unhandled, which would end
  // the process, watch mode included, instead of reaching the caller's error handling.
  png.catch(() => {});
  return png;
}

/** The review of every edition, at the top of charts/. */
export const reviewIndexFile = "index.html";

/**
 * An edition's review page: one whose files are at the top of charts/ (English, where embeds expect
 * them) has `<lang>.html` there, one in its folder `<lang>/index.html`. Either sits beside the files
 * it shows, so its links are plain names.
 */
export function reviewPageName(lang: string, inFolder: boolean): string {
  return inFolder ? `${lang}/index.html` : `${lang}.html`;
}

/** The line of the index of editions for one built edition, and what its own page says of itself. */
export function reviewEntries(dataset: Dataset, page: string, translation?: string): { entry: ReviewEdition; edition: ReviewPageEdition } {
  const { lang, dir } = editionOf(dataset);
  const name = languageOf(lang)?.name ?? "English";
  const index = page.includes("/") ? "../index.html" : "index.html";
  return {
    entry: { lang, dir, name, page, asOf: dataset.story.asOf, status: "current", translation },
    edition: { lang, dir, name, translation, index },
  };
}

/** One edition's files (the dataset's language), and its charts as the review page lists them. */
export async function exportEdition(
  dataset: Dataset,
  figures: HeadlineFigures,
  svgs: ReadonlyMap<string, string>,
  pngs: Map<string, Promise<Buffer>> = new Map(),
  { withoutMissingPngs = false }: { withoutMissingPngs?: boolean } = {}
): Promise<{ files: OutputFiles; review: ReviewChart[]; warnings: Warning[] }> {
  const edition = editionOf(dataset);
  const files: OutputFiles = new Map();
  const widths = [...dataset.story.widths].sort((a, b) => b - a);
  const review: ReviewChart[] = [];
  // What the print drawings had to give up (a label left out at a column's width), said as the SVGs' are.
  const warnings: Warning[] = [];
  for (const id of chartIds) {
    const versions: { file: string; width: number; height: number; svg: string; pngLight: string; pngDark: string }[] = [];
    for (const width of widths) {
      const file = chartFileName(id, width, widths);
      const svg = svgs.get(file)!;
      const pngLight = file.replace(/\.svg$/, ".png");
      const pngDark = file.replace(/\.svg$/, ".dark.png");
      files.set(file, svg);
      if (!pngs.has(pngLight) && !withoutMissingPngs) startPngs(file, svg, pngs, edition.lang);
      versions.push({ file, width, height: svgHeight(svg, width), svg, pngLight, pngDark });
    }
    const { headline, alt, cardAlt, dataFile, csv, snippet } = chartPieces(dataset, figures, id, versions.map((v) => v.svg), widths);
    files.set(`${id}.alt.txt`, `${alt}\n`);
    // Beside each social card (its PNG is drawn with the others, build/renderCards.ts).
    for (const format of cardFormatsFor(dataset)) files.set(cardAltFileName(id, format), `${cardAlt}\n`);
    files.set(dataFile, csv);
    files.set(`${id}.html`, snippet);
    // For print and for renderers without the fonts (build/printOutputs.ts). Watch mode's first swap
    // leaves them for later, with the PNGs: a save shows its SVGs without waiting for a print drawing.
    if (!withoutMissingPngs) {
      for (const { file, svg } of versions) files.set(outlinedName(file), outlinedVersion(svg));
      for (const { name, pdf, warnings: said } of await printPdfs(dataset, id, headline)) {
        files.set(name, pdf);
        for (const message of said) warnings.push({ file: name, message });
      }
    }
    review.push({ id, headline, alt, snippet, snippetFile: `${id}.html`, dataFile, versions: versions.map((v) => ({ width: v.width, height: v.height, svg: v.file, pngLight: v.pngLight, pngDark: v.pngDark })) });
  }
  for (const [name, png] of pngs) files.set(name, await png);
  return { files, review, warnings };
}



/** The height the SVG is drawn at for its width, from its root's viewBox (the review page's <img> says it). */
export function svgHeight(svg: string, width: number): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const box = /\bviewBox="[\d.-]+[ ,]+[\d.-]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(root);
  return box ? Math.round((width * Number(box[2])) / Number(box[1])) : Math.round(width * 0.75);
}
