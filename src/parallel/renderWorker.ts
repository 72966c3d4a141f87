/**
 * A render worker: reads the data folder itself (a Dataset does not cross threads as it is) and draws
 * the SVGs it is given, with the digests of what each chart read, so the main thread can check that it
 * drew from the same data (a save between two reads must never mix sets).
 */
import { parentPort, workerData } from "node:worker_threads";
import { chartIds } from "../data/types.js";
import type { Warning } from "../load/problems.js";
import { readDataset } from "../load/readDataset.js";
import { chartInputDigest } from "../render/dataVersion.js";
import { renderCharts } from "../pipeline/renderCharts.js";
import type { RenderJob, RenderResult } from "./renderInParallel.js";

const { dataDir, files } = workerData as RenderJob;
const dataset = await readDataset(dataDir);
const warnings: Warning[] = [];
const svgs = await renderCharts(dataset, (warning) => warnings.push(warning), { select: (file) => files.includes(file) });
const result: RenderResult = { svgs: [...svgs], warnings, digests: Object.fromEntries(chartIds.map((id) => [id, chartInputDigest(dataset, id)])) };
parentPort!.postMessage(result);
