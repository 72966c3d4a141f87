/**
 * A one-off build's SVGs on several threads (renderShared.ts): each share but the first goes to a worker
 * of its own (renderWorker.ts), started at once so that loading jsdom and Plot there overlaps with this
 * thread's work, and gone once it has drawn.
 */
import { Worker } from "node:worker_threads";
import type { Dataset } from "../data/types.js";
import type { Warning } from "../load/problems.js";
import type { RenderJob } from "./drawJob.js";
import { renderShared, type RenderResult } from "./renderShared.js";

type Kept = ReadonlyMap<string, { content: string | Buffer; warnings: readonly Warning[] }>;

export function renderInParallel(
  dataDir: string,
  dataset: Dataset,
  threads: number,
  onWarning: (warning: Warning) => void,
  options: { onChart?: (file: string, svg: string) => void; kept?: Kept } = {}
): Promise<Map<string, string>> {
  const helpers = Array.from({ length: threads - 1 }, () => (files: string[]) => renderInWorker({ dataDir, files }));
  return renderShared(dataset, onWarning, helpers, options);
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
