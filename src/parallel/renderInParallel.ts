/**
 * The SVGs drawn on several threads: the files to draw (every chart at every width, less those kept;
 * an edition would be one more axis of the same list) are dealt out in turn, the first share drawn on
 * this thread and the others each on a worker (renderWorker.ts), started at once so that loading jsdom
 * and Plot there overlaps with this thread's work. The result, warnings included, is put back in the
 * order one thread draws in, so the output is byte for byte a one-thread build's. A worker that fails,
 * or read other data than this thread did (a save between the two reads), has its share drawn here.
 */
import { Worker } from "node:worker_threads";
import { chartIds, type ChartId, type Dataset } from "../data/types.js";
import type { Warning } from "../load/problems.js";
import { chartInputDigest } from "../render/dataVersion.js";
import { chartFileName, renderCharts } from "../pipeline/renderCharts.js";

export interface RenderJob {
  dataDir: string;
  files: string[];
}

export interface RenderResult {
  svgs: [string, string][];
  warnings: Warning[];
  /** What each chart read (render/dataVersion.ts), to check the worker's data was this thread's. */
  digests: Record<string, string>;
}

type Kept = ReadonlyMap<string, { content: string | Buffer; warnings: readonly Warning[] }>;

export async function renderInParallel(
  dataDir: string,
  dataset: Dataset,
  threads: number,
  onWarning: (warning: Warning) => void,
  { onChart = () => {}, kept = new Map() }: { onChart?: (file: string, svg: string) => void; kept?: Kept } = {}
): Promise<Map<string, string>> {
  const order = chartFiles(dataset);
  const toDraw = order.filter((file) => !kept.has(file));
  const shares = Array.from({ length: Math.max(1, Math.min(threads, toDraw.length)) }, (): string[] => []);
  toDraw.forEach((file, i) => shares[i % shares.length]!.push(file));
  if (shares.length === 1) return renderCharts(dataset, onWarning, { onChart, kept });

  const workers = shares.slice(1).map((files) => renderInWorker({ dataDir, files }));
  const svgs = new Map<string, string>();
  const warnings = new Map<string, Warning[]>();
  const note = (warning: Warning) => warnings.set(warning.file, [...(warnings.get(warning.file) ?? []), warning]);
  const drawHere = async (files: string[]) => {
    const drawn = await renderCharts(dataset, note, { select: (file) => files.includes(file) });
    for (const [file, svg] of drawn) svgs.set(file, svg), onChart(file, svg);
  };
  await drawHere(shares[0]!);
  for (const [i, worker] of workers.entries()) {
    const result = await worker;
    const sameData = result && Object.entries(result.digests).every(([id, digest]) => digest === chartInputDigest(dataset, id as ChartId));
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

function renderInWorker(job: RenderJob): Promise<RenderResult | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./renderWorker.js", import.meta.url), { workerData: job });
    worker.once("message", (result: RenderResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
}
