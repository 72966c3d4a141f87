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
import { exportCharts, startPngs, type OutputFiles } from "./exportCharts.js";
import { renderCharts } from "./renderCharts.js";

export interface Build {
  dataset: Dataset;
  figures: HeadlineFigures;
  /** Output files by name (SVG, PNG, alt text, CSV, embed snippets, review page), ready to write. */
  files: OutputFiles;
  warnings: Warning[];
}

/** `read` is the data folder already being read (load/readInParallel.ts), if it is. */
export async function buildCharts(dataDir: string, { read }: { read?: Promise<Dataset> } = {}): Promise<Build> {
  // Each chart's PNGs start drawing on other cores as soon as its SVG is done.
  const pngs = new Map<string, Promise<Buffer>>();
  const { dataset, figures, svgs, warnings } = await buildSvgs(dataDir, { read, onChart: (file, svg) => startPngs(file, svg, pngs) });
  return { dataset, figures, files: await exportCharts(dataset, figures, svgs, pngs), warnings };
}

/** Everything up to the SVGs: load, validate, aggregate, check, chart and render (English; editions translate after). */
export async function buildSvgs(
  dataDir: string,
  { read, onChart }: { read?: Promise<Dataset>; onChart?: (file: string, svg: string) => void } = {}
): Promise<Omit<Build, "files"> & { svgs: Map<string, string> }> {
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
  const svgs = await renderCharts(dataset, (warning) => warnings.push(warning), { onChart });
  return { dataset, figures, svgs, warnings };
}
