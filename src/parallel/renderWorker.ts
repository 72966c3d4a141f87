/** A render worker for one job (coldRenderers.ts): reads the data folder, draws its share, and is gone. */
import { parentPort, workerData } from "node:worker_threads";
import { readDataset } from "../load/readDataset.js";
import { drawJob, jobDataset, type RenderJob } from "./drawJob.js";

const job = workerData as RenderJob;
parentPort!.postMessage(await drawJob(jobDataset(await readDataset(job.dataDir), job), job));
