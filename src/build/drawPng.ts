/**
 * PNGs drawn on a worker thread, so that the main thread only draws SVGs. resvg itself draws on libuv's
 * pool, but what surrounds it does not: fetching the pixels, counting their colours and packing the
 * palette PNG (render/palettePng.ts) took about 3 s of the main thread in a five-edition build, while
 * the main thread is what a build waits on (BENCHMARKS.md). One worker, started as a build begins (so it
 * has loaded while the first SVG is drawn) and never keeping a process alive while it has nothing to do.
 *
 * The worker runs the same function (render/png.ts), so the bytes are the same as drawn here
 * (test/build/drawPng.test.ts). It needs compiled JavaScript (scripts/run.mjs makes .build/): where
 * this module runs as TypeScript source (the test runner), PNGs are drawn on this thread. If the worker
 * dies, what it had is drawn here.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { RecentMemo } from "../recentMemo.js";
import { digestOf } from "../input/sourceDigest.js";
import { svgToPng, type Scheme } from "../render/png.js";
import type { Lang } from "../text/fonts.js";

export interface PngJob {
  id: number;
  svg: string;
  scheme: Scheme;
  lang: Lang;
}

export type PngReply = { id: number; png: Uint8Array } | { id: number; error: string };

interface Waiting {
  job: PngJob;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

const workerFile = new URL("./pngWorker.js", import.meta.url);
const canUseWorker = workerFile.protocol === "file:" && existsSync(fileURLToPath(workerFile));

let worker: Worker | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 0;

// Watch mode asks again for the PNGs of a save superseded before they were drawn (the next save's set
// needs them too): each SVG's PNG is drawn once, the drawing under way or done taken again. Without this,
// saving every few seconds while the first set's 60 PNGs were drawing queued all 60 again on every save,
// and a save took seconds instead of a tenth of one. Two five-edition sets' worth.
const drawn = new RecentMemo<Promise<Buffer>>(192);

/** The PNG of an SVG in a scheme, in its edition's fonts: on the PNG worker when there is one. */
export function drawPng(svg: string, scheme: Scheme, lang: Lang): Promise<Buffer> {
  const key = `${digestOf(svg)} ${scheme} ${lang}`;
  let png = drawn.get(key);
  if (!png) {
    const drawing = (png = draw(svg, scheme, lang));
    drawn.set(key, drawing);
    // A failure (out of memory, say) is not remembered: asked again, it is drawn again.
    drawing.catch(() => drawn.get(key) === drawing && drawn.delete(key));
  }
  return png;
}

function draw(svg: string, scheme: Scheme, lang: Lang): Promise<Buffer> {
  if (!canUseWorker) return svgToPng(svg, { scheme, lang });
  return new Promise((resolve, reject) => {
    const job = { id: nextId++, svg, scheme, lang };
    waiting.set(job.id, { job, resolve, reject });
    const thread = pngWorker();
    thread.ref();
    thread.postMessage(job);
  });
}

/** Starts the PNG worker ahead of the first PNG, so its start overlaps the drawing of the first SVG. */
export function startPngWorker(): void {
  if (canUseWorker) pngWorker();
}

function pngWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(workerFile);
  started.on("message", (reply: PngReply) => {
    const job = waiting.get(reply.id);
    if (!job) return;
    waiting.delete(reply.id);
    if ("png" in reply) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    else job.reject(new Error(reply.error));
    // Idle, the worker must not keep a finished build's process alive.
    if (!waiting.size) started.unref();
  });
  const drawHere = () => {
    if (worker === started) worker = undefined;
    for (const [id, { job, resolve, reject }] of waiting) {
      waiting.delete(id);
      svgToPng(job.svg, { scheme: job.scheme, lang: job.lang }).then(resolve, reject);
    }
  };
  started.on("error", drawHere);
  started.on("exit", drawHere);
  started.unref();
  worker = started;
  return started;
}
