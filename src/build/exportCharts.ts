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
import { reviewPage, type ReviewChart } from "../export/reviewPage.js";
import { pngVersions, svgToPng } from "../render/png.js";
import { chartFileName, containerName } from "./renderCharts.js";

export type OutputFiles = Map<string, string | Buffer>;

/** A chart's PNGs (light and dark), by file name; drawn on libuv's threads, so they can start early. */
export function startPngs(file: string, svg: string, pngs: Map<string, Promise<Buffer>> = new Map()): Map<string, Promise<Buffer>> {
  for (const { file: name, scheme } of pngVersions(file)) {
    const png = svgToPng(svg, { scheme });
    // Awaited later (exportCharts); until then a failure must not count as unhandled, which would end
    // the process, watch mode included, instead of reaching the caller's error handling.
    png.catch(() => {});
    pngs.set(name, png);
  }
  return pngs;
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
      if (!pngs.has(pngLight) && !withoutMissingPngs) startPngs(file, svg, pngs);
      versions.push({ file, width, svg, pngLight, pngDark });
    }
    const { headline } = chartText(dataset, figures, id);
    const alt = altText(dataset, figures, id);
    const dataFile = `${id}.csv`;
    const table = chartData(dataset, figures, id);
    const { sourceUrl, baseUrl } = dataset.story;
    const snippet = embedSnippet({
      svgs: versions.map((v) => v.svg),
      width: widths[0]!,
      container: containerName(id, chartVersion(dataset, id)),
      headline,
      sourceUrl,
      dataFile,
      table: readerTable(dataset, figures, id),
      baseUrl,
    });
    files.set(`${id}.alt.txt`, `${alt}\n`);
    files.set(dataFile, toCsv(table));
    files.set(`${id}.html`, snippet);
    review.push({ id, headline, alt, snippet, snippetFile: `${id}.html`, dataFile, versions: versions.map((v) => ({ width: v.width, svg: v.file, pngLight: v.pngLight, pngDark: v.pngDark })) });
  }
  for (const [name, png] of pngs) files.set(name, await png);
  files.set("index.html", reviewPage(chartText(dataset, figures, chartIds[0]).headline, dataset.story.asOf, review, fileSizes(files)));
  return files;
}


