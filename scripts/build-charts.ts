/**
 * npm run charts: load → validate → aggregate → chart → render → write.
 * Exit codes: 0 built, 1 problems in the data, 2 wrong command-line usage.
 */
import { parseArgs } from "node:util";
import { deathsByCategory } from "../src/aggregate/deathsByCategory.js";
import { headlineFigures } from "../src/aggregate/headlineFigures.js";
import { renderCharts } from "../src/build/renderCharts.js";
import { writeCharts } from "../src/build/writeCharts.js";
import { readDataset } from "../src/load/readDataset.js";
import { DataError } from "../src/load/problems.js";

const usage = "Usage: npm run charts [-- --data <folder>] [--out <folder>]";

let options: { data: string; out: string };
try {
  options = parseArgs({ options: { data: { type: "string", default: "data" }, out: { type: "string", default: "charts" } } }).values as typeof options;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

try {
  const dataset = await readDataset(options.data);
  const files = renderCharts(dataset);
  const written = await writeCharts(options.out, files);
  const figures = headlineFigures(dataset);
  console.log(`Wrote ${written.length} charts:\n${written.map((file) => `  ${file}`).join("\n")}`);
  console.log(`Killed in itemised incidents: ${figures.itemisedKilled} in ${figures.itemisedIncidents} incidents (${dataset.story.since} to ${dataset.story.asOf})`);
  if (figures.tally) {
    const { tally } = figures;
    const incidents = tally.incidentsAtLeast == null ? "" : ` in at least ${tally.incidentsAtLeast} incidents`;
    console.log(`Reported tally: at least ${tally.killedAtLeast} killed${incidents} (${tally.source})`);
    if (figures.unitemisedKilled) console.log(`Not itemised: ${figures.unitemisedKilled}, shown on both charts as unattributed`);
  }
  console.log("Deaths by category (itemised):");
  for (const { category, killed } of deathsByCategory(dataset.incidents, dataset.categories)) {
    console.log(`  ${category.label}: ${killed}`);
  }
} catch (error) {
  if (error instanceof DataError) {
    console.error(`The charts were not built; ${options.out}/ is unchanged.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
