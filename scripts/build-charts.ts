/**
 * npm run charts: build every chart from data/ and replace charts/ with them.
 * Exit codes: 0 built, 1 problems in the data, 2 wrong command-line usage, 3 the files could not be read
 * or written (permissions, disk full), 4 an unexpected error (a bug: run with --debug for its details).
 * Errors go to stderr, one located line each; exit codes are set and the process left to end by itself,
 * so everything written to a pipe arrives before it does.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Language } from "../src/editions/languages.js";
import { describeSystemError, exitCodes } from "../src/build/exitCodes.js";
import { refuseOutDir } from "../src/output/outputFolder.js";
import { checkWritable, outputMarker, writeCharts } from "../src/output/writeCharts.js";
import { buildRecordFile } from "../src/freshness/buildRecord.js";
import { defaultLocations, digestInputs } from "../src/freshness/inputs.js";
import { keepOrRepair } from "../src/freshness/upToDate.js";
import { openDigestCache } from "../src/freshness/digestCache.js";
import type { Report } from "../src/build/buildReport.js";
import { DataError } from "../src/input/problems.js";

// The build and watch modules are imported below, only when needed: loading the charting libraries takes
// about a second, which a build with nothing to do does without.

const usage = `Usage: npm run charts [-- --data <folder>] [--out <folder>] [--lang <en|fr|ru|ar|zh>[,…]] [--watch] [--force] [--debug]
  --data <folder>  where the data files are (default: data)
  --out <folder>   where the charts go (default: charts); replaced whole, so it must be a folder a build made, or empty or new
  --lang <list>    build only these editions (default: English and every language with a translation file); the others are kept as they are
  --watch          rebuild whenever a file in the data folder changes
  --force          draw everything even if nothing changed since the last build (charts/.manifest.json)
  --debug          show the program's own details (stack traces) with unexpected errors
Exit codes: 0 built, 1 problems in the data, 2 wrong command line, 3 files could not be read or written, 4 unexpected error.`;

const projectDir = fileURLToPath(new URL("..", import.meta.url)).replace(/\/\.build\/?$/, "");

let options: { data: string; out: string; watch: boolean; force: boolean; debug: boolean; help: boolean; lang?: string[] } | undefined;
try {
  options = parseArgs({
    options: {
      data: { type: "string", default: "data" },
      out: { type: "string", default: "charts" },
      watch: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      debug: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      lang: { type: "string", multiple: true },
    },
  }).values as typeof options;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exitCode = exitCodes.usage;
}

if (options?.help) console.log(usage);
else if (options) {
  const refused = refusal(options);
  if (refused !== undefined) {
    process.exitCode = refused;
  } else if (!existsSync(options.data)) {
    console.error(`Nothing built: there is no data folder at ${resolve(options.data)}. Run the command in the project's folder, or pass --data <folder>.`);
    process.exitCode = exitCodes.data;
  } else {
    const { askedLanguages } = await import("../src/editions/askedLanguages.js");
    const asked = askedLanguages(options.lang?.flatMap((lang) => lang.split(",")).filter(Boolean), options.data);
    if (asked.error) {
      console.error(`${asked.error}\n${usage}`);
      process.exitCode = exitCodes.usage;
    } else if (options.watch) {
      const { watchCharts } = await import("../src/build/watch.js");
      const watcher = watchCharts(options.data, options.out, { log: console.log, error: console.error, debug: options.debug }, asked.translated);
      console.log(`Watching ${options.data}/ for changes; Ctrl-C to stop.`);
      // A save's PNGs and the review pages showing them follow its SVGs by a moment. Stopping then would
      // leave them pending until the next build, so the set being written is finished first.
      let stopping = false;
      const stop = (code: number) => {
        if (stopping) process.exit(code); // asked twice: at once
        stopping = true;
        watcher.close();
        console.error(`Stopping once the charts being written are in ${options!.out}/ (again to stop at once).`);
        void watcher.settled().finally(() => process.exit(code));
      };
      process.on("SIGINT", () => stop(130));
      process.on("SIGTERM", () => stop(143));
    } else {
      process.exitCode = await buildOnce({ ...options, asked, everything: !options.lang });
    }
  }
}

/**
 * The exit code, with its one line said, when --out may not be used. Looking at the folders can itself
 * fail (a folder the user cannot read): that is an I/O fault like any other, not a crash.
 */
function refusal({ out, data, debug }: { out: string; data: string; debug: boolean }): number | undefined {
  try {
    const refused = refuseOutDir(out, { dataDir: data, projectDir });
    if (!refused) return undefined;
    console.error(`Nothing built: ${refused}.`);
    return exitCodes.usage;
  } catch (error) {
    if (debug) console.error((error as Error).stack ?? error);
    const systemError = describeSystemError(error);
    console.error(`Nothing built: ${systemError ?? `unexpected error: ${(error as Error).message}`}`);
    return systemError ? exitCodes.io : exitCodes.unexpected;
  }
}


function printReport({ files, figures, editions = [], warnings }: Report, done: string, out: string): void {
  console.log(`${done} ${files.length} files (open ${out}/index.html to review them):\n${files.map((file) => `  ${join(out, file)}`).join("\n")}`);
  for (const line of figures) console.log(line);
  for (const line of editions) console.log(line);
  for (const warning of warnings) console.error(`Warning: ${warning}`);
}

interface BuildOptions {
  data: string;
  out: string;
  force: boolean;
  debug: boolean;
  asked: { english: boolean; translated: Language[] };
  /** No --lang: every edition, and the build record (a partial build writes none, so the next full one draws all). */
  everything: boolean;
}

async function buildOnce({ data, out, force, debug, asked, everything }: BuildOptions): Promise<number> {
  try {
    // Digested before anything is read: an input edited during the build leaves the record stale.
    // Files unchanged since an earlier build are not hashed again (their digests are remembered).
    const digests = openDigestCache(out);
    const inputs = await digestInputs(defaultLocations(data), {}, digests);
    const kept = force || !everything ? undefined : await keepOrRepair<Report>(out, inputs, digests);
    digests.save();
    if (kept) {
      console.log(kept.message);
      printReport(kept.report, kept.done, out);
      return exitCodes.built;
    }
    await checkWritable(out);
    const { buildKeeping, keptFiles, recordedFiles, redrawnLine } = await import("../src/build/buildKeeping.js");
    // Only what changed is drawn; the rest is kept from out/ (its record says what built it).
    const build = await buildKeeping(data, out, inputs, { force, english: asked.english, translated: asked.translated, hold: everything });
    const { buildReport } = await import("../src/build/buildReport.js");
    const report = buildReport(build);
    if (everything) {
      // A held edition keeps the folder it has (build/buildEditions.ts): its last complete set, whole.
      await writeCharts(out, recordedFiles(build, inputs, report), { linkKept: keptFiles(build), keep: build.held.map(({ lang }) => lang) });
    } else {
      // Only the editions asked for are replaced; the rest of the set is carried over as it is, and no
      // record is written (the next full build checks every edition).
      const rebuilt = new Set([...(asked.english ? [...build.files.keys()].filter((name) => !name.includes("/")) : []), ...asked.translated.map((l) => l.lang)]);
      const files = asked.english ? build.files : new Map([...build.files].filter(([name]) => name.includes("/")));
      await writeCharts(out, files, { keep: keptNames(out, rebuilt) });
    }
    printReport(report, "Wrote", out);
    const redrawn = redrawnLine(build);
    if (redrawn) console.log(redrawn);
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

/** What a --lang build carries over from the last set: everything it did not rebuild, but the build record. */
function keptNames(out: string, rebuilt: ReadonlySet<string>): string[] {
  let present: string[];
  try {
    present = readdirSync(out);
  } catch {
    return [];
  }
  return present.filter((name) => !rebuilt.has(name) && name !== outputMarker && name !== buildRecordFile);
}
