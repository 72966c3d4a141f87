/**
 * npm run charts: build every chart from data/ and replace charts/ with them.
 * Exit codes: 0 built, 1 problems in the data, 2 wrong command-line usage, 3 the files could not be read
 * or written (permissions, disk full), 4 an unexpected error (a bug: run with --debug for its details).
 * Errors go to stderr, one located line each; exit codes are set and the process left to end by itself,
 * so everything written to a pipe arrives before it does.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { deathsByCategory } from "../src/aggregate/deathsByCategory.js";
import type { Build } from "../src/build/buildCharts.js";
import { describeSystemError, exitCodes } from "../src/build/exitCodes.js";
import { refuseOutDir } from "../src/build/outputFolder.js";
import { checkWritable, writeCharts } from "../src/build/writeCharts.js";
import { DataError, formatWarning } from "../src/load/problems.js";
import { readInParallel } from "../src/load/readInParallel.js";

// The build and watch modules are imported below, after the data has started reading: loading the
// charting libraries takes about a second, and a large events.csv is read on other threads meanwhile.

const usage = `Usage: npm run charts [-- --data <folder>] [--out <folder>] [--watch] [--debug]
  --data <folder>  where the data files are (default: data)
  --out <folder>   where the charts go (default: charts); replaced whole, so it must be a folder a build made, or empty or new
  --watch          rebuild whenever a file in the data folder changes
  --debug          show the program's own details (stack traces) with unexpected errors
Exit codes: 0 built, 1 problems in the data, 2 wrong command line, 3 files could not be read or written, 4 unexpected error.`;

const projectDir = fileURLToPath(new URL("..", import.meta.url)).replace(/\/\.build\/?$/, "");

let options: { data: string; out: string; watch: boolean; debug: boolean; help: boolean } | undefined;
try {
  options = parseArgs({
    options: {
      data: { type: "string", default: "data" },
      out: { type: "string", default: "charts" },
      watch: { type: "boolean", default: false },
      debug: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }).values as typeof options;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exitCode = exitCodes.usage;
}

if (options?.help) console.log(usage);
else if (options) {
  const refused = refuseOutDir(options.out, { dataDir: options.data, projectDir });
  if (refused) {
    console.error(`Nothing built: ${refused}.`);
    process.exitCode = exitCodes.usage;
  } else if (!existsSync(options.data)) {
    console.error(`Nothing built: there is no data folder at ${resolve(options.data)}. Run the command in the project's folder, or pass --data <folder>.`);
    process.exitCode = exitCodes.data;
  } else if (options.watch) {
    const { watchCharts } = await import("../src/build/watch.js");
    watchCharts(options.data, options.out, { log: console.log, error: console.error, debug: options.debug });
    console.log(`Watching ${options.data}/ for changes; Ctrl-C to stop.`);
  } else {
    process.exitCode = await buildOnce(options);
  }
}

async function buildOnce({ data, out, debug }: { data: string; out: string; debug: boolean }): Promise<number> {
  const onSingleThread = process.env.CHARTS_READ_THREADS ? (why: string) => console.error(`events.csv read on one thread after all: ${why}`) : undefined;
  const read = readInParallel(data, { onSingleThread });
  read.catch(() => {}); // a DataError is handled where the build awaits it, not as an unhandled rejection meanwhile
  try {
    await checkWritable(out);
    const { buildCharts } = await import("../src/build/buildCharts.js");
    const build = await buildCharts(data, { read });
    const written = await writeCharts(out, build.files);
    console.log(`Wrote ${written.length} files (open ${out}/index.html to review them):\n${written.map((file) => `  ${file}`).join("\n")}`);
    printFigures(build);
    for (const warning of build.warnings) console.error(`Warning: ${formatWarning(warning)}`);
    return exitCodes.built;
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`The charts were not built; ${out}/ is unchanged.\n${error.message}`);
      return exitCodes.data;
    }
    const systemError = describeSystemError(error);
    if (debug) console.error((error as Error).stack ?? error);
    if (systemError) {
      console.error(`The charts were not built; ${out}/ keeps its last complete set. ${systemError}`);
      return exitCodes.io;
    }
    console.error(`The charts were not built; ${out}/ keeps its last complete set. Unexpected error: ${(error as Error).message ?? error}${debug ? "" : " (run with --debug for details)"}`);
    return exitCodes.unexpected;
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
