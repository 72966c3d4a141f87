/**
 * npm run charts: build every chart from data/ and replace charts/ with them.
 * Exit codes: 0 built, 1 problems in the data, 2 wrong command-line usage. Errors go to stderr.
 */
import { parseArgs } from "node:util";
import { deathsByCategory } from "../src/aggregate/deathsByCategory.js";
import type { Build } from "../src/build/buildCharts.js";
import { writeCharts } from "../src/build/writeCharts.js";
import { DataError, formatWarning } from "../src/load/problems.js";
import { readInParallel } from "../src/load/readInParallel.js";

// The build and watch modules are imported below, after the data has started reading: loading the
// charting libraries takes about a second, and a large events.csv is read on other threads meanwhile.

const usage = "Usage: npm run charts [-- --data <folder>] [--out <folder>] [--watch]";

let options: { data: string; out: string; watch: boolean };
try {
  options = parseArgs({
    options: { data: { type: "string", default: "data" }, out: { type: "string", default: "charts" }, watch: { type: "boolean", default: false } },
  }).values as typeof options;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

if (options.watch) {
  const { watchCharts } = await import("../src/build/watch.js");
  watchCharts(options.data, options.out, { log: console.log, error: console.error });
  console.log(`Watching ${options.data}/ for changes; Ctrl-C to stop.`);
} else {
  await buildOnce();
}

async function buildOnce(): Promise<void> {
  const onSingleThread = process.env.CHARTS_READ_THREADS ? (why: string) => console.error(`events.csv read on one thread after all: ${why}`) : undefined;
  const read = readInParallel(options.data, { onSingleThread });
  read.catch(() => {}); // a DataError is handled where the build awaits it, not as an unhandled rejection meanwhile
  try {
    const { buildCharts } = await import("../src/build/buildCharts.js");
    const build = await buildCharts(options.data, { read });
    const written = await writeCharts(options.out, build.files);
    console.log(`Wrote ${written.length} files (open ${options.out}/index.html to review them):\n${written.map((file) => `  ${file}`).join("\n")}`);
    printFigures(build);
    for (const warning of build.warnings) console.error(`Warning: ${formatWarning(warning)}`);
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`The charts were not built; ${options.out}/ is unchanged.\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

/** The headline figures, for checking against the article's copy. */
function printFigures({ dataset, figures }: Build): void {
  const { story } = dataset;
  // The story's measure is deadly incidents; rows with no deaths are counted apart, never in it.
  const others = figures.itemisedIncidents - figures.itemisedDeadlyIncidents;
  const nonDeadly = others ? ` (and ${others} incident${others === 1 ? "" : "s"} with no deaths)` : "";
  console.log(`Killed in itemised incidents: ${figures.itemisedKilled} in ${figures.itemisedDeadlyIncidents} deadly incidents${nonDeadly} (${story.since} to ${story.asOf})`);
  const { tally } = figures;
  if (tally) {
    const incidents = tally.incidentsAtLeast == null ? "" : ` in at least ${tally.incidentsAtLeast} deadly incidents`;
    console.log(`Reported tally: at least ${tally.killedAtLeast} killed${incidents} (${tally.source})`);
    if (figures.unitemisedKilled) {
      console.log(`Not itemised: ${figures.unitemisedKilled}, shown on both charts as unattributed; at least ${figures.killedAtLeast} killed in at least ${figures.deadlyIncidentsAtLeast} deadly incidents in all`);
    }
  }
  console.log("Deaths by category (itemised):");
  for (const { category, killed } of deathsByCategory(dataset.incidents, dataset.categories)) console.log(`  ${category.label}: ${killed}`);
  if (story.figures.length) console.log(`Story figures checked against the data (tally figures as of their tally's date): ${story.figures.length}, all agree`);
}
