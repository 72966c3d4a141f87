/**
 * Watch mode's render workers, started with it and kept between saves, so a save's SVGs are drawn on
 * more than one core (renderShared.ts) without paying, on every save, the most of a second a worker takes
 * to load jsdom, Plot and the fonts. Each remembers the dataset it read until the data's digest changes,
 * and its plots (charts/plotMemo.ts), as the main thread does. A worker holds the process open only while
 * it draws: an idle one never keeps watch mode, or a test, from exiting. One that dies has its shares
 * drawn on the main thread from then on.
 *
 * Used only when `--threads 2` or more is asked for. On the 2-core machines we have it does not pay
 * (BENCHMARKS.md, "Watch mode's save path"): two threads drawing at once each run at about half speed.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Dataset } from "../data/types.js";
import { dataRead, type DataRead, type RenderJob } from "./drawJob.js";
import type { DrawElsewhere, RenderResult } from "./renderShared.js";

/**
 * The most incidents a dataset may have to be drawn with help. Reading 1,000 takes a worker about 15 ms
 * (BENCHMARKS.md, the scaling table: 10,000 in 130–250 ms), less than the charts it takes off the main
 * thread after a data edit; a million would take seconds and as much memory again as the main thread's.
 * A story told in incidents has tens.
 */
const sharedUpTo = 1_000;

/** main → worker */
export interface WarmRequest {
  id: number;
  job: RenderJob;
  /** The data folder's digest (freshness/inputs.ts) as the main thread read it: another one means read again. */
  dataDigest: string;
  /** What the main thread's dataset reads: a worker whose copy reads otherwise reads the folder again. */
  expected: DataRead;
}

/** worker → main */
export type WarmReply = { id: number; result: RenderResult } | { id: number; error: string };

interface Helper {
  worker: Worker;
  alive: boolean;
  waiting: Map<number, (result: RenderResult | undefined) => void>;
}

export class WarmRenderers {
  readonly #helpers: Helper[];
  #next = 0;
  /** SVGs the workers have drawn so far (tests check that they drew at all). */
  drawn = 0;

  /**
   * `workerFile`: the worker's compiled JavaScript (scripts/run.mjs makes .build/); where there is none
   * (the TypeScript sources run as they are, in tests) no worker starts and every share is drawn here.
   */
  constructor(count: number, readonly workerFile: URL = new URL("./warmRenderWorker.js", import.meta.url)) {
    const canStart = workerFile.protocol === "file:" && existsSync(fileURLToPath(workerFile));
    this.#helpers = canStart ? Array.from({ length: count }, () => this.#start()) : [];
  }

  /**
   * One drawer per live worker for `drawn`, the dataset this thread draws (`edition` translated it), or
   * none for a large one: a worker reads the data folder itself after each data edit, and holds a copy.
   */
  helpers(dataDir: string, dataDigest: string, drawn: Dataset, edition?: RenderJob["edition"]): DrawElsewhere[] {
    if (drawn.incidents.length > sharedUpTo) return [];
    const expected = dataRead(drawn);
    return this.#helpers.filter((helper) => helper.alive).map((helper) => (files) => this.#draw(helper, { id: this.#next++, job: { dataDir, files, edition }, dataDigest, expected }));
  }

  async close(): Promise<void> {
    await Promise.all(this.#helpers.map((helper) => ((helper.alive = false), helper.worker.terminate())));
  }

  #start(): Helper {
    const worker = new Worker(this.workerFile);
    const helper: Helper = { worker, alive: true, waiting: new Map() };
    worker.unref();
    worker.on("message", (reply: WarmReply) => {
      const resolve = helper.waiting.get(reply.id);
      helper.waiting.delete(reply.id);
      if (!helper.waiting.size) worker.unref();
      if ("result" in reply) this.drawn += reply.result.svgs.length;
      resolve?.("result" in reply ? reply.result : undefined);
    });
    const gone = () => {
      helper.alive = false;
      for (const resolve of helper.waiting.values()) resolve(undefined);
      helper.waiting.clear();
    };
    worker.on("error", gone);
    worker.on("exit", gone);
    return helper;
  }

  #draw(helper: Helper, request: WarmRequest): Promise<RenderResult | undefined> {
    if (!helper.alive) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      helper.waiting.set(request.id, resolve);
      helper.worker.ref();
      helper.worker.postMessage(request);
    });
  }
}
