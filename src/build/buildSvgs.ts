/**
 * The pipeline up to the SVGs, for one dataset: load → validate → aggregate → check → chart → render.
 * buildEditions.ts runs it once and translates after; buildCharts.ts is the English edition alone.
 */
import type { Dataset } from "../dataset/types.js";
import { headlineFigures, type HeadlineFigures } from "../figures/headlineFigures.js";
import { dataWarnings } from "../figures/dataWarnings.js";
import { latestUnannotated } from "../charts/incidentKey.js";
import { checkStoryFigures, storyFigureWarnings } from "../figures/storyFigures.js";
import { embedWarnings } from "../output/embedWarnings.js";
import { dataFileLabel, dataFiles } from "../input/dataFiles.js";
import { readDataset } from "../input/readDataset.js";
import { DataError, type Warning } from "../input/problems.js";
import type { OutputFiles } from "./exportCharts.js";
import type { PlotMemo } from "../charts/plotMemo.js";
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
   * With `pngsLater`: `files` lack the PNGs to be drawn and the review pages that show them (listed
   * here), which `complete` starts drawing and resolves to every file once they are done. For watch
   * mode, which swaps in the SVGs first and keeps the cores for them until then.
   */
  later?: { pending: string[]; complete: () => Promise<OutputFiles> };
}

/** Given the dataset, the outputs that need not be drawn again (freshness/keptOutputs.ts). */
export type Keep = (dataset: Dataset) => Promise<ReadonlyMap<string, { content: string | Buffer; warnings: readonly Warning[] }>>;

/** Everything up to the SVGs: load, validate, aggregate, check, chart and render (English; editions translate after). */
export async function buildSvgs<Checked = void>(
  dataDir: string,
  {
    read,
    onChart,
    keep,
    plots,
    beforeDrawing,
    draw = true,
  }: {
    read?: Promise<Dataset>;
    onChart?: (file: string, svg: string) => void;
    keep?: Keep;
    plots?: PlotMemo;
    /** Further checks of the data before anything is drawn (the editions' translation files): a build that fails, fails before drawing. */
    beforeDrawing?: (dataset: Dataset, figures: HeadlineFigures) => Promise<Checked>;
    /** False: read and check only (a build of other editions alone draws no English). */
    draw?: boolean;
  } = {}
): Promise<Omit<Build, "files" | "redrawn"> & { svgs: Map<string, string>; kept: Awaited<ReturnType<Keep>>; checked: Checked }> {
  const dataset = await (read ?? readDataset(dataDir));
  const figures = headlineFigures(dataset);
  const storyFile = dataFileLabel(dataDir, dataFiles.story);
  const mismatches = checkStoryFigures(dataset, figures, storyFile);
  if (mismatches.length) throw new DataError(mismatches);
  // Without checks, Checked is void and undefined is its value.
  const checked = (await beforeDrawing?.(dataset, figures)) as Checked;
  const warnings = [
    ...dataWarnings(dataset, dataFileLabel(dataDir, dataFiles.events)),
    ...latestUnannotated(dataset, dataFileLabel(dataDir, dataFiles.events)),
    ...storyFigureWarnings(dataset, figures, storyFile),
    ...embedWarnings(dataset.story, storyFile),
  ];
  const kept = keep ? await keep(dataset) : new Map();
  const onWarning = (warning: Warning) => void warnings.push(warning);
  const svgs = draw ? await renderCharts(dataset, onWarning, { onChart, kept, plots }) : new Map<string, string>();
  return { dataset, figures, svgs, warnings, kept, checked };
}
