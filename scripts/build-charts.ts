/**
 * npm run charts: build every chart from data/ and replace charts/ with them.
 * Exit codes: 0 built, 1 problems in the data, 2 wrong command-line usage. Errors go to stderr.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { deathsByCategory } from "../src/aggregate/deathsByCategory.js";
import type { Build } from "../src/build/buildCharts.js";
import { writeCharts } from "../src/build/writeCharts.js";
import { withBuildRecord } from "../src/freshness/buildRecord.js";
import { defaultLocations, digestInputs } from "../src/freshness/inputs.js";
import { keepOrRepair } from "../src/freshness/upToDate.js";
import { DataError, formatWarning } from "../src/load/problems.js";

// The build and watch modules are imported below, after the data has started reading: loading the
// charting libraries takes about a second, and a large events.csv is read on other threads meanwhile.

const usage = "Usage: npm run charts [-- --data <folder>] [--out <folder>] [--watch] [--force]";

let options: { data: string; out: string; watch: boolean; force: boolean };
try {
  options = parseArgs({
    options: { data: { type: "string", default: "data" }, out: { type: "string", default: "charts" }, watch: { type: "boolean", default: false }, force: { type: "boolean", default: false } },
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

/** What a build prints, kept in the build record so that a build with nothing to do prints the same. */
interface Report {
  files: string[];
  figures: string[];
  warnings: string[];
}

function printReport({ files, figures, warnings }: Report, done: string): void {
  console.log(`${done} ${files.length} files (open ${options.out}/index.html to review them):\n${files.map((file) => `  ${join(options.out, file)}`).join("\n")}`);
  for (const line of figures) console.log(line);
  for (const warning of warnings) console.error(`Warning: ${warning}`);
}

async function buildOnce(): Promise<void> {
  // Digested before anything is read: an input edited during the build leaves the record stale.
  const inputs = await digestInputs(defaultLocations(options.data));
  const kept = options.force ? undefined : await keepOrRepair<Report>(options.out, inputs);
  if (kept) {
    console.log(kept.message);
    return printReport(kept.report, kept.done);
  }
  const { readInParallel } = await import("../src/load/readInParallel.js"); // not needed by a build with nothing to do
  const onSingleThread = process.env.CHARTS_READ_THREADS ? (why: string) => console.error(`events.csv read on one thread after all: ${why}`) : undefined;
  const read = readInParallel(options.data, { onSingleThread });
  read.catch(() => {}); // a DataError is handled where the build awaits it, not as an unhandled rejection meanwhile
  try {
    const { buildCharts } = await import("../src/build/buildCharts.js");
    const build = await buildCharts(options.data, { read });
    const report: Report = { files: [...build.files.keys()], figures: figureLines(build), warnings: build.warnings.map(formatWarning) };
    await writeCharts(options.out, withBuildRecord(build.files, inputs, report));
    printReport(report, "Wrote");
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`The charts were not built; ${options.out}/ is unchanged.\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

/** The headline figures, for checking against the article's copy. */
function figureLines({ dataset, figures }: Build): string[] {
  const lines: string[] = [];
  const { story } = dataset;
  lines.push(`Killed in itemised incidents: ${figures.itemisedKilled} in ${figures.itemisedIncidents} incidents (${story.since} to ${story.asOf})`);
  const { tally } = figures;
  if (tally) {
    const incidents = tally.incidentsAtLeast == null ? "" : ` in at least ${tally.incidentsAtLeast} incidents`;
    lines.push(`Reported tally: at least ${tally.killedAtLeast} killed${incidents} (${tally.source})`);
    if (figures.unitemisedKilled) {
      lines.push(`Not itemised: ${figures.unitemisedKilled}, shown on both charts as unattributed; at least ${figures.killedAtLeast} killed in all`);
    }
  }
  lines.push("Deaths by category (itemised):");
  for (const { category, killed } of deathsByCategory(dataset.incidents, dataset.categories)) lines.push(`  ${category.label}: ${killed}`);
  if (story.figures.length) lines.push(`Story figures checked against the data: ${story.figures.length}, all agree`);
  return lines;
}
