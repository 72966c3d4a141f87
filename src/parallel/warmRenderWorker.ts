/**
 * A warm render worker (warmRenderers.ts): draws one job per request, reading the data folder again only
 * when the main thread's digest of it changed, and keeping its plots between requests as the main thread
 * keeps its own, so a retitled chart is framed anew around the plot it drew before.
 */
import { parentPort } from "node:worker_threads";
import { PlotMemo } from "../charts/plotMemo.js";
import type { Dataset } from "../data/types.js";
import { readDataset } from "../load/readDataset.js";
import { dataRead, drawJob, jobDataset, sameDataRead } from "./drawJob.js";
import type { WarmReply, WarmRequest } from "./warmRenderers.js";

const plots = new PlotMemo();
let read: { dataDir: string; dataDigest: string; dataset: Promise<Dataset> } | undefined;

parentPort!.on("message", async ({ id, job, dataDigest, expected }: WarmRequest) => {
  let reply: WarmReply;
  const readAgain = () => (read = { dataDir: job.dataDir, dataDigest, dataset: readDataset(job.dataDir) });
  try {
    if (!read || read.dataDir !== job.dataDir || read.dataDigest !== dataDigest) readAgain();
    const readsAsExpected = (dataset: Dataset) => sameDataRead(dataRead(dataset), expected);
    let local = jobDataset(await read!.dataset, job);
    // Read mid-save, or before a save the digest did not see: read again, once. Still other data, and the
    // main thread draws the share itself (renderShared.ts), told so by what this copy reads.
    if (!readsAsExpected(local)) local = jobDataset(await readAgain().dataset, job);
    reply = { id, result: readsAsExpected(local) ? await drawJob(local, job, plots) : { svgs: [], warnings: [], read: dataRead(local) } };
  } catch (error) {
    read = undefined; // read again next time: the folder may have been mid-save
    reply = { id, error: String(error) };
  }
  parentPort!.postMessage(reply);
});
