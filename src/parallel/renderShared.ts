/**
 * The SVGs drawn on this thread and others at once: the files to draw (every chart at every width, less
 * those kept) are dealt out in turn, the first share drawn here and each other share handed to a helper
 * (a cold worker per share in a one-off build, coldRenderers.ts; watch mode's warm workers,
 * warmRenderers.ts), every helper started before this thread's own share. The result, warnings included,
 * is put back in the order one thread draws in, so the output is byte for byte a one-thread build's. A
 * helper that fails, or read other data than this thread did (a save between the two reads), has its
 * share drawn here.
 */
import { chartIds, type Dataset } from "../data/types.js";
import type { PlotMemo } from "../charts/plotMemo.js";
import type { Warning } from "../load/problems.js";
import { dataRead, sameDataRead, type DataRead } from "./drawJob.js";
import { chartFileName, renderCharts } from "../pipeline/renderCharts.js";

export interface RenderResult {
  svgs: [string, string][];
  warnings: Warning[];
  /** What each chart read (render/dataVersion.ts) and the widths, to check the helper's data was this thread's. */
  read: DataRead;
}

/** Draws these files of the same dataset elsewhere; undefined if it could not. */
export type DrawElsewhere = (files: string[]) => Promise<RenderResult | undefined>;

type Kept = ReadonlyMap<string, { content: string | Buffer; warnings: readonly Warning[] }>;

export async function renderShared(
  dataset: Dataset,
  onWarning: (warning: Warning) => void,
  helpers: readonly DrawElsewhere[],
  { onChart = () => {}, kept = new Map(), plots }: { onChart?: (file: string, svg: string) => void; kept?: Kept; plots?: PlotMemo } = {}
): Promise<Map<string, string>> {
  const order = chartFiles(dataset);
  const toDraw = order.filter((file) => !kept.has(file));
  const shares = Array.from({ length: Math.max(1, Math.min(helpers.length + 1, toDraw.length)) }, (): string[] => []);
  toDraw.forEach((file, i) => shares[i % shares.length]!.push(file));
  if (shares.length === 1) return renderCharts(dataset, onWarning, { onChart, kept, plots });

  const elsewhere = shares.slice(1).map((files, i) => helpers[i]!(files));
  const svgs = new Map<string, string>();
  const warnings = new Map<string, Warning[]>();
  const note = (warning: Warning) => warnings.set(warning.file, [...(warnings.get(warning.file) ?? []), warning]);
  const drawHere = async (files: string[]) => {
    const drawn = await renderCharts(dataset, note, { select: (file) => files.includes(file), plots });
    for (const [file, svg] of drawn) svgs.set(file, svg), onChart(file, svg);
  };
  await drawHere(shares[0]!);
  const read = dataRead(dataset);
  for (const [i, helper] of elsewhere.entries()) {
    const result = await helper;
    // The same data and widths (which name the files and set their snippet ranges), and every file asked for.
    const drawn = new Set(result?.svgs.map(([file]) => file));
    const sameData = result && sameDataRead(result.read, read) && shares[i + 1]!.every((file) => drawn.has(file));
    if (!result || !sameData) {
      // Not an error (the set comes out the same), but worth a line: the threads paid for nothing.
      process.emitWarning(`a render worker ${result ? "read other data (saved during the build)" : "failed"}; its charts were drawn on the main thread`);
      await drawHere(shares[i + 1]!);
      continue;
    }
    for (const warning of result.warnings) note(warning);
    for (const [file, svg] of result.svgs) svgs.set(file, svg), onChart(file, svg);
  }
  // Back in one thread's order, warnings too.
  const files = new Map<string, string>();
  for (const file of order) {
    const keep = kept.get(file);
    for (const warning of keep ? keep.warnings : (warnings.get(file) ?? [])) onWarning(warning);
    files.set(file, keep ? keep.content.toString() : svgs.get(file)!);
  }
  return files;
}

/** Every chart file, in the order renderCharts draws them: chart by chart, widest first. */
function chartFiles(dataset: Dataset): string[] {
  const widths = [...dataset.story.widths].sort((a, b) => b - a);
  return chartIds.flatMap((id) => widths.map((width) => chartFileName(id, width, widths)));
}
