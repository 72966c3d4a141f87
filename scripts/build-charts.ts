/**
 * npm run charts: build every chart from data/ and replace charts/ with them.
 * Exit codes: 0 built, 1 problems in the data, 2 wrong command-line usage. Errors go to stderr.
 */
import { parseArgs } from "node:util";
import { deathsByCategory } from "../src/aggregate/deathsByCategory.js";
import { join } from "node:path";
import { headlineFigures } from "../src/aggregate/headlineFigures.js";
import type { Dataset } from "../src/data/types.js";
import { writeCharts } from "../src/build/writeCharts.js";
import { DataError, formatWarning } from "../src/load/problems.js";
import { readInParallel } from "../src/load/readInParallel.js";

// The build and watch modules are imported below, after the data has started reading: loading the
// charting libraries takes about a second, and a large events.csv is read on other threads meanwhile.

const usage = "Usage: npm run charts [-- --data <folder>] [--out <folder>] [--lang <en|fr|ru>[,…]] [--watch]";

let options: { data: string; out: string; watch: boolean; lang?: string[] };
try {
  options = parseArgs({
    options: {
      data: { type: "string", default: "data" },
      out: { type: "string", default: "charts" },
      watch: { type: "boolean", default: false },
      lang: { type: "string", multiple: true },
    },
  }).values as typeof options;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { askedLanguages } = await import("../src/editions/buildEditions.js");
const asked = askedLanguages(options.lang?.flatMap((lang) => lang.split(",")).filter(Boolean), options.data);
if (asked.error) {
  console.error(`${asked.error}\n${usage}`);
  process.exit(2);
}

if (options.watch) {
  const { watchCharts } = await import("../src/build/watch.js");
  watchCharts(options.data, options.out, { log: console.log, error: console.error }, asked.translated);
  console.log(`Watching ${options.data}/ for changes; Ctrl-C to stop.`);
} else {
  await buildOnce();
}

async function buildOnce(): Promise<void> {
  const onSingleThread = process.env.CHARTS_READ_THREADS ? (why: string) => console.error(`events.csv read on one thread after all: ${why}`) : undefined;
  const read = readInParallel(options.data, { onSingleThread });
  read.catch(() => {}); // a DataError is handled where the build awaits it, not as an unhandled rejection meanwhile
  try {
    const { buildEditions } = await import("../src/editions/buildEditions.js");
    const { languages } = await import("../src/editions/languages.js");
    const build = await buildEditions(options.data, { read, english: asked.english, translated: asked.translated });
    const everything = !options.lang;
    let written: string[];
    if (asked.english) {
      // Editions not asked for this time keep their folders; all of them are rebuilt by a plain `npm run charts`.
      const keep = everything ? [] : languages.map((l) => l.lang).filter((lang) => !asked.translated.some((l) => l.lang === lang));
      written = await writeCharts(options.out, build.files, { keep });
    } else {
      written = [];
      for (const { lang } of asked.translated) {
        const own = new Map([...build.files].filter(([name]) => name.startsWith(`${lang}/`)).map(([name, content]) => [name.slice(lang.length + 1), content]));
        written.push(...(await writeCharts(join(options.out, lang), own)));
      }
    }
    console.log(`Wrote ${written.length} files (open ${options.out}/index.html to review them):\n${written.map((file) => `  ${file}`).join("\n")}`);
    printFigures(build);
    for (const edition of build.editions) console.log(`Edition ${edition.lang} (${edition.name}): ${edition.status}`);
    if (!options.lang) for (const language of build.notBuilt) console.log(`Edition ${language.lang} (${language.name}): not built; its script needs a font of its own`);
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
function printFigures({ dataset }: { dataset: Dataset }): void {
  const figures = headlineFigures(dataset);
  const { story } = dataset;
  console.log(`Killed in itemised incidents: ${figures.itemisedKilled} in ${figures.itemisedIncidents} incidents (${story.since} to ${story.asOf})`);
  const { tally } = figures;
  if (tally) {
    const incidents = tally.incidentsAtLeast == null ? "" : ` in at least ${tally.incidentsAtLeast} incidents`;
    console.log(`Reported tally: at least ${tally.killedAtLeast} killed${incidents} (${tally.source})`);
    if (figures.unitemisedKilled) {
      console.log(`Not itemised: ${figures.unitemisedKilled}, shown on both charts as unattributed; at least ${figures.killedAtLeast} killed in all`);
    }
  }
  console.log("Deaths by category (itemised):");
  for (const { category, killed } of deathsByCategory(dataset.incidents, dataset.categories)) console.log(`  ${category.label}: ${killed}`);
  if (story.figures.length) console.log(`Story figures checked against the data: ${story.figures.length}, all agree`);
}
