/**
 * The whole build short of writing: load → validate → aggregate → check → chart → render → export.
 * Throws a DataError (every problem, located) when the data cannot be charted or disagrees with the
 * story's own figures; returns the files and any warnings otherwise.
 */
import type { Dataset } from "../data/types.js";
import { headlineFigures, type HeadlineFigures } from "../aggregate/headlineFigures.js";
import { dataWarnings } from "../check/dataWarnings.js";
import { checkStoryFigures, storyFigureWarnings } from "../check/storyFigures.js";
import { embedWarnings } from "../export/embedWarnings.js";
import { dataFileLabel, dataFiles } from "../load/dataFiles.js";
import { readDataset } from "../load/readDataset.js";
import { DataError, type Warning } from "../load/problems.js";
import { pngSource, pngVersions, svgToPng, type Scheme } from "../render/png.js";
import { exportCharts, startPngs, type OutputFiles } from "./exportCharts.js";
import { renderInParallel } from "../parallel/renderInParallel.js";
import { renderCharts } from "./renderCharts.js";

export interface Build {
  dataset: Dataset;
  figures: HeadlineFigures;
  /** Output files by name (SVG, PNG, alt text, CSV, embed snippets, review page), ready to write. */
  files: OutputFiles;
  warnings: Warning[];
  /** The SVGs and PNGs drawn by this build; the others were kept (`keep`). */
  redrawn: string[];
  /**
   * With `pngsLater`: `files` lack the PNGs to be drawn (listed here), which `complete` starts drawing
   * and resolves to every file once they are done. For watch mode, which swaps in the SVGs first and
   * keeps the cores for them until then.
   */
  later?: { pending: string[]; complete: () => Promise<OutputFiles> };
}

/** Given the dataset, the outputs that need not be drawn again (freshness/keptOutputs.ts). */
export type Keep = (dataset: Dataset) => Promise<ReadonlyMap<string, { content: string | Buffer; warnings: readonly Warning[] }>>;

/** `read` is the data folder already being read (load/readInParallel.ts), if it is. */
export async function buildCharts(
  dataDir: string,
  { read, keep, pngsLater = false, threads = 1 }: { read?: Promise<Dataset>; keep?: Keep; pngsLater?: boolean; threads?: number } = {}
): Promise<Build> {
  // Each chart's PNGs start drawing on other cores as soon as its SVG is done.
  const started = new Map<string, Promise<Buffer>>();
  const redrawn: string[] = [];
  const onChart = (file: string, svg: string) => {
    redrawn.push(file);
    if (!pngsLater) startPngs(file, svg, started);
  };
  const { dataset, figures, svgs, warnings, kept } = await buildSvgs(dataDir, { read, onChart, keep, threads });
  // A kept SVG's PNGs are kept too when they are still as written; any other is drawn from it. In the
  // SVGs' order, whatever was kept: the order of the files is the order of the summary and the record.
  const pngs = new Map<string, Promise<Buffer>>();
  for (const [file, svg] of svgs) {
    for (const { file: png, scheme } of pngVersions(file)) {
      const content = kept.get(png)?.content;
      if (!started.has(png) && content) {
        pngs.set(png, Promise.resolve(Buffer.from(content)));
        continue;
      }
      redrawn.push(png);
      if (started.has(png)) pngs.set(png, started.get(png)!);
      else if (!pngsLater) pngs.set(png, startPng(svg, scheme));
    }
  }
  if (pngsLater) {
    const files = await exportCharts(dataset, figures, svgs, new Map(pngs), { withoutMissingPngs: true });
    const pending = [...svgs.keys()].flatMap((file) => pngVersions(file).map((png) => png.file)).filter((png) => !pngs.has(png));
    const complete = () => {
      for (const png of pending) pngs.set(png, startPng(svgs.get(pngSource(png)!.svgFile)!, pngSource(png)!.scheme));
      return exportCharts(dataset, figures, svgs, orderedAs(svgs, pngs));
    };
    return { dataset, figures, files, warnings, redrawn, later: { pending, complete } };
  }
  return { dataset, figures, files: await exportCharts(dataset, figures, svgs, pngs), warnings, redrawn };
}

/** Everything up to the SVGs: load, validate, aggregate, check, chart and render. */
async function buildSvgs(
  dataDir: string,
  { read, onChart, keep, threads = 1 }: { read?: Promise<Dataset>; onChart?: (file: string, svg: string) => void; keep?: Keep; threads?: number } = {}
): Promise<Omit<Build, "files" | "redrawn"> & { svgs: Map<string, string>; kept: Awaited<ReturnType<Keep>> }> {
  const dataset = await (read ?? readDataset(dataDir));
  const figures = headlineFigures(dataset);
  const storyFile = dataFileLabel(dataDir, dataFiles.story);
  const mismatches = checkStoryFigures(dataset, figures, storyFile);
  if (mismatches.length) throw new DataError(mismatches);
  const warnings = [
    ...dataWarnings(dataset, dataFileLabel(dataDir, dataFiles.events)),
    ...storyFigureWarnings(dataset, figures, storyFile),
    ...embedWarnings(dataset.story, storyFile),
  ];
  const kept = keep ? await keep(dataset) : new Map();
  const onWarning = (warning: Warning) => void warnings.push(warning);
  // More than one thread: the SVGs are shared out to workers (parallel/renderInParallel.ts), same bytes.
  const svgs = threads > 1 ? await renderInParallel(dataDir, dataset, threads, onWarning, { onChart, kept }) : await renderCharts(dataset, onWarning, { onChart, kept });
  return { dataset, figures, svgs, warnings, kept };
}

/** One PNG drawn from its SVG; a failure is the caller's when it awaits it, never an unhandled rejection. */
function startPng(svg: string, scheme: Scheme): Promise<Buffer> {
  const png = svgToPng(svg, { scheme });
  png.catch(() => {});
  return png;
}

/** The PNGs in the SVGs' order (light, then dark), however they were started: the files' order is the summary's. */
function orderedAs(svgs: ReadonlyMap<string, string>, pngs: ReadonlyMap<string, Promise<Buffer>>): Map<string, Promise<Buffer>> {
  return new Map([...svgs.keys()].flatMap((file) => pngVersions(file).map(({ file: png }) => [png, pngs.get(png)!] as const)));
}
