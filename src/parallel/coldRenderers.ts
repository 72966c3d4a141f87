/**
 * A one-off build's helpers for its SVGs on several threads (renderShared.ts): each share but the first
 * goes to a worker of its own (renderWorker.ts), started at once so that loading jsdom and Plot there
 * overlaps with this thread's work, and gone once it has drawn.
 */
import { Worker } from "node:worker_threads";
import type { RenderJob } from "./drawJob.js";
import type { DrawElsewhere, RenderResult } from "./renderShared.js";

/** `threads` − 1 helpers, each drawing its share of the English SVGs in a cold worker that reads `dataDir`. */
export function coldHelpers(dataDir: string, threads: number): DrawElsewhere[] {
  return Array.from({ length: threads - 1 }, () => (files: string[]) => renderInWorker({ dataDir, files }));
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
