/**
 * What a render worker draws (renderWorker.ts, one job and gone; warmRenderWorker.ts, watch mode's, one
 * job per save): some of the SVGs of the dataset it read itself (a Dataset does not cross threads as it
 * is), in English or translated by a checked translation file (plain data, which does), with the digests
 * of what each chart read, so the main thread can check that it drew from the same data.
 */
import { chartIds, type Dataset } from "../data/types.js";
import type { PlotMemo } from "../charts/plotMemo.js";
import { languageOf } from "../editions/languages.js";
import { translateDataset } from "../editions/translateDataset.js";
import type { TranslationFile } from "../editions/translationFile.js";
import type { Warning } from "../load/problems.js";
import { chartInputDigest } from "../render/dataVersion.js";
import { renderCharts } from "../pipeline/renderCharts.js";
import type { RenderResult } from "./renderShared.js";

export interface RenderJob {
  dataDir: string;
  files: string[];
  /** The edition to draw, as its checked file; English without. */
  edition?: { lang: string; translation: TranslationFile };
}

/** What the main thread's dataset reads, to be drawn from the same (renderShared.ts checks the same). */
export interface DataRead {
  digests: Record<string, string>;
  widths: number[];
}

/** The dataset's (or its edition's) digests and widths: what a helper's drawing must match. */
export function dataRead(dataset: Dataset): DataRead {
  return { digests: Object.fromEntries(chartIds.map((id) => [id, chartInputDigest(dataset, id)])), widths: [...dataset.story.widths] };
}

export function sameDataRead(a: DataRead, b: DataRead): boolean {
  return chartIds.every((id) => a.digests[id] === b.digests[id]) && a.widths.join() === b.widths.join();
}

/** The dataset `job` draws: `dataset` in English, or translated into the job's edition. */
export function jobDataset(dataset: Dataset, { edition }: RenderJob): Dataset {
  const language = edition && languageOf(edition.lang);
  if (edition && !language) throw new Error(`no edition "${edition.lang}" to draw`);
  return language ? translateDataset(dataset, language, edition.translation) : dataset;
}

export async function drawJob(local: Dataset, { files }: RenderJob, plots?: PlotMemo): Promise<RenderResult> {
  const warnings: Warning[] = [];
  const svgs = await renderCharts(local, (warning) => warnings.push(warning), { select: (file) => files.includes(file), plots });
  return { svgs: [...svgs], warnings, read: dataRead(local) };
}
