/**
 * A warm render worker (warmRenderers.ts): draws one job per request, reading the data folder again only
 * when the main thread's digest of it changed, and keeping its plots between requests as the main thread
 * keeps its own, so a retitled chart is framed anew around the plot it drew before.
 */
import { parentPort } from "node:worker_threads";
import { PlotMemo } from "../charts/plotMemo.js";
import type { Dataset } from "../data/types.js";
import { readDataset } from "../load/readDataset.js";
import { drawJob } from "./drawJob.js";
import type { WarmReply, WarmRequest } from "./warmRenderers.js";

const plots = new PlotMemo();
let read: { dataDir: string; dataDigest: string; dataset: Promise<Dataset> } | undefined;

parentPort!.on("message", async ({ id, job, dataDigest }: WarmRequest) => {
  let reply: WarmReply;
  try {
    if (!read || read.dataDir !== job.dataDir || read.dataDigest !== dataDigest) read = { dataDir: job.dataDir, dataDigest, dataset: readDataset(job.dataDir) };
    reply = { id, result: await drawJob(await read.dataset, job, plots) };
  } catch (error) {
    read = undefined; // read again next time: the folder may have been mid-save
    reply = { id, error: String(error) };
  }
  parentPort!.postMessage(reply);
});
