/**
 * One measurement in a fresh process (npm run bench runs it): load + validate + aggregate + render the
 * SVGs for a data folder; prints times, peak memory and SVG bytes as JSON.
 */
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { deathsByCategory } from "../../src/figures/deathsByCategory.js";
import { runningToll } from "../../src/figures/runningToll.js";
import { renderCharts } from "../../src/build/renderCharts.js";
import { readDataset } from "../../src/input/readDataset.js";

const dir = process.argv[2]!;
const t0 = performance.now();
const dataset = await readDataset(dir);
const t1 = performance.now();
headlineFigures(dataset);
runningToll(dataset.incidents, dataset.categories);
deathsByCategory(dataset.incidents, dataset.categories);
const t2 = performance.now();
const svgs = await renderCharts({ ...dataset, story: { ...dataset.story, embedFont: false } });
const t3 = performance.now();
const svgBytes = Object.fromEntries([...svgs].filter(([name]) => !name.includes("px")).map(([name, svg]) => [name, Buffer.byteLength(svg)]));
console.log(
  JSON.stringify({ loadValidateMs: t1 - t0, aggregateMs: t2 - t1, renderMs: t3 - t2, totalMs: t3 - t0, maxRssMiB: process.resourceUsage().maxRSS / 1024, svgBytes })
);
