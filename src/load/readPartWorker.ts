/** A worker thread that reads one piece of events.csv (see readInParallel.ts and readPart.ts). */
import { parentPort, workerData } from "node:worker_threads";
import { readPart, type PartJob } from "./readPart.js";

const result = await readPart(workerData as PartJob);
// The columns move to the main thread rather than being copied.
const moved = result.ok ? new Set([result.idKeys.buffer, result.incidents.dateCodes.buffer, result.incidents.lines.buffer, result.incidents.injured.buffer, ...result.incidents.killed.map((column) => column.buffer), ...Object.values(result.incidents.text).flatMap((column) => [column.starts.buffer, column.ends.buffer])]) : [];
parentPort!.postMessage(result, [...moved] as ArrayBuffer[]);
