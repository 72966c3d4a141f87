/** A worker thread that reads one piece of events.csv (see readInParallel.ts and readPart.ts). */
import { parentPort, workerData } from "node:worker_threads";
import { buffersOf } from "../dataset/incidentTable.js";
import { readPart, type PartJob } from "./readPart.js";

const result = await readPart(workerData as PartJob);
// The columns move to the main thread rather than being copied.
parentPort!.postMessage(result, result.ok ? [result.idKeys.buffer as ArrayBuffer, ...buffersOf(result.incidents)] : []);
