/**
 * Everything a newsroom needs per chart, around the SVGs: PNGs (2×, light and dark), the alt text, the
 * data as CSV, the embed snippet, and the review page that shows it all. Pure: files in memory.
 */
import { chartIds, type Dataset } from "../data/types.js";
import type { HeadlineFigures } from "../aggregate/headlineFigures.js";
import { chartText } from "../charts/chartText.js";
import { altText } from "../describe/altText.js";
import { chartData } from "../export/chartData.js";
import { toCsv } from "../export/csv.js";
import { embedSnippet } from "../export/embedSnippet.js";
import { fileSizes } from "../export/fileSizes.js";
import { readerTable } from "../export/readerTable.js";
import { chartVersion } from "../render/dataVersion.js";
import { reviewPage, shownFiles, type ReviewChart } from "../export/reviewPage.js";
import type { Lang } from "../type/fonts.js";
import { editionOf } from "../editions/edition.js";
import { pngVersions, type Scheme } from "../render/png.js";
import { drawPng } from "../parallel/drawPng.js";
import { chartFileName, containerName } from "./renderCharts.js";

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

/**
 * `pngs` may hold PNGs already started (see startPngs); the rest start here, or with `withoutMissingPngs`
 * are left out (watch mode's first swap, before the PNGs being drawn are done).
 */
export async function exportCharts(
  dataset: Dataset,
  figures: HeadlineFigures,
  svgs: ReadonlyMap<string, string>,
  pngs: Map<string, Promise<Buffer>> = new Map(),
  { withoutMissingPngs = false }: { withoutMissingPngs?: boolean } = {}
): Promise<OutputFiles> {
  const { files, review } = await exportEdition(dataset, figures, svgs, pngs, { withoutMissingPngs });
  files.set("index.html", reviewPage(review[0]!.headline, dataset.story.asOf, review, await fileSizes(files, shownFiles(review))));
  return files;
}

/** One edition's files (the dataset's language), and its charts as the review page lists them. */
export async function exportEdition(
  dataset: Dataset,
  figures: HeadlineFigures,
  svgs: ReadonlyMap<string, string>,
  pngs: Map<string, Promise<Buffer>> = new Map(),
  { withoutMissingPngs = false }: { withoutMissingPngs?: boolean } = {}
): Promise<{ files: OutputFiles; review: ReviewChart[] }> {
  const edition = editionOf(dataset);
  const translated = edition.lang !== "en";
  const files: OutputFiles = new Map();
  const widths = [...dataset.story.widths].sort((a, b) => b - a);
  const review: ReviewChart[] = [];
  for (const id of chartIds) {
    const versions: { file: string; width: number; svg: string; pngLight: string; pngDark: string }[] = [];
    for (const width of widths) {
      const file = chartFileName(id, width, widths);
      const svg = svgs.get(file)!;
      const pngLight = file.replace(/\.svg$/, ".png");
      const pngDark = file.replace(/\.svg$/, ".dark.png");
      files.set(file, svg);
      if (!pngs.has(pngLight) && !withoutMissingPngs) startPngs(file, svg, pngs, edition.lang);
      versions.push({ file, width, svg, pngLight, pngDark });
    }
    const { headline } = chartText(dataset, figures, id);
    const alt = altText(dataset, figures, id);
    const dataFile = `${id}.csv`;
    const table = chartData(dataset, figures, id);
    const words = translated
      ? { lang: edition.lang, dir: edition.dir, sources: edition.message("ui.embed.sources"), getData: edition.message("ui.embed.getData"), tableCaption: edition.message("ui.embed.tableCaption", { headline }) }
      : undefined;
    const { sourceUrl } = dataset.story;
    // A translated edition is published in its own folder under the story's address (charts/fr/…).
    const baseUrl = translated && dataset.story.baseUrl ? `${dataset.story.baseUrl.replace(/\/?$/, "/")}${edition.lang}/` : dataset.story.baseUrl;
    const snippet = embedSnippet({
      svgs: versions.map((v) => v.svg),
      width: widths[0]!,
      container: containerName(id, chartVersion(dataset, id)),
      headline,
      sourceUrl,
      dataFile,
      table: readerTable(dataset, figures, id),
      baseUrl,
      edition: words,
    });
    files.set(`${id}.alt.txt`, `${alt}\n`);
    files.set(dataFile, toCsv(table));
    files.set(`${id}.html`, snippet);
    review.push({ id, headline, alt, snippet, snippetFile: `${id}.html`, dataFile, versions: versions.map((v) => ({ width: v.width, svg: v.file, pngLight: v.pngLight, pngDark: v.pngDark })) });
  }
  for (const [name, png] of pngs) files.set(name, await png);
  return { files, review };
}


