/**
 * Watch mode: the process stays warm and rebuilds whenever a file under data/ changes, and swaps in a
 * complete new set each time (build/writeCharts.ts), as a one-off build does: a reader of charts/ never
 * sees new SVGs beside old PNGs and pages, even if watch mode is killed mid-write. An edit that breaks the
 * data prints its problems and leaves the last good charts in place. A data folder that is deleted and
 * restored (a branch switch, a sync tool) is watched again once it is back.
 */
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";
import { headlineFigures, type HeadlineFigures } from "../aggregate/headlineFigures.js";
import { deathsByCategory } from "../aggregate/deathsByCategory.js";
import type { Dataset } from "../data/types.js";
import { DataError, formatWarning } from "../load/problems.js";
import { buildEditions } from "../editions/buildEditions.js";
import type { Language } from "../editions/languages.js";
import { translationPath, translationsFolder } from "../editions/askedLanguages.js";
import { describeSystemError } from "./exitCodes.js";
import { outputMarker, writeCharts } from "./writeCharts.js";

export interface WatchReport {
  log: (line: string) => void;
  error: (line: string) => void;
  /** Print stack traces of unexpected errors. */
  debug?: boolean;
}

/** How often to look whether the data folder was replaced or restored, which inotify does not report. */
const rearmEveryMs = 250;

/**
 * `translated`: the editions rebuilt with English on a data change; a change to one translation file
 * rebuilds that edition alone (the rest of charts/ is carried over as it is).
 */
export function watchCharts(dataDir: string, outDir: string, { log, error, debug = false }: WatchReport, translated: readonly Language[] = []): { close: () => void } {
  let previous: Record<string, number> | undefined;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  async function rebuild(reason: string, only?: Language): Promise<void> {
    const start = performance.now();
    try {
      const build = only ? await rebuildEdition(only) : await buildEditions(dataDir, { translated });
      const { dataset, files, warnings } = build;
      const figures = headlineFigures(dataset);
      if (!only) await writeCharts(outDir, files);
      const ms = (performance.now() - start).toFixed(0);
      if (only) {
        // Its figures are English's, unchanged: only its words were edited.
        log(`Rebuilt the ${only.lang} edition in ${ms} ms after ${reason}`);
        for (const warning of warnings) error(`  Warning: ${formatWarning(warning)}`);
        return;
      }
      log(`Charts rewritten in ${ms} ms after ${reason}`);
      const current = summary(dataset, figures);
      const changes = previous ? Object.keys(current).filter((k) => current[k] !== previous![k]).map((k) => `${k}: ${previous![k] ?? "–"} → ${current[k]}`) : [];
      log(`Rebuilt after ${reason}: ${files.size} files in ${ms} ms`);
      if (!previous) log(`  ${Object.entries(current).map(([k, v]) => `${k}: ${v}`).join("; ")}`);
      else log(changes.length ? `  Changed: ${changes.join("; ")}` : "  Headline figures unchanged");
      previous = current;
      for (const warning of warnings) error(`  Warning: ${formatWarning(warning)}`);
    } catch (e) {
      // Keep watching whatever went wrong: the next save may fix it.
      const message =
        e instanceof DataError
          ? e.message
          : (describeSystemError(e) ?? `Unexpected error: ${debug ? ((e as Error).stack ?? e) : `${(e as Error).message ?? e} (run with --debug for details)`}`);
      error(`Not rebuilt after ${reason}; ${outDir}/ keeps the last charts written.\n${message}`);
    }
  }

  // One edition alone, written into the whole set: the other editions and English are carried over.
  async function rebuildEdition(language: Language) {
    const build = await buildEditions(dataDir, { english: false, translated: [language] });
    const prefix = `${language.lang}/`;
    const files = new Map([...build.files].filter(([name]) => name.startsWith(prefix)));
    await writeCharts(outDir, files, { keep: keptBeside(outDir, language.lang) });
    return { ...build, files, figures: headlineFigures(build.dataset) };
  }

  const schedule = (reason: string) => {
    // Editors save in bursts (truncate, write, rename, chmod) well under a millisecond apart; rebuilding on
    // the first event could read a half-saved file and print errors that are not there. 5 ms of quiet after
    // the last event is enough, and keeps the wait out of the journalist's way.
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(() => rebuild(reason))), 5);
  };

  // The watcher follows the folder it was started on; if data/ is deleted that folder is gone for good,
  // so the folder's identity is checked now and then and a new watcher started on whatever is there now.
  let watcher: FSWatcher | undefined;
  let watched: string | undefined; // the folder watched: inode and birth time (an inode number may be reused)
  let firstLook = true;
  const arm = () => {
    const inode = inodeOf(dataDir);
    if (inode === watched && (watcher || inode === undefined)) return;
    const reappeared = !firstLook && inode !== undefined;
    firstLook = false;
    watcher?.close();
    watcher = undefined;
    watched = inode;
    if (inode === undefined) return;
    try {
      watcher = watch(dataDir, (_, file) => schedule(`a change to ${file ?? dataDir}`));
      watcher.on("error", () => {
        watcher?.close();
        watcher = undefined;
      });
    } catch {
      watched = undefined; // gone again before it could be watched: try on the next look
      return;
    }
    if (reappeared) schedule(`${dataDir} reappeared`);
  };
  // A translation file's change rebuilds that edition alone; the folder is looked for again with data/.
  const editionTimers = new Map<string, NodeJS.Timeout>();
  let translations: FSWatcher | undefined;
  let translationsWatched: string | undefined;
  const armTranslations = () => {
    const folder = join(dataDir, translationsFolder);
    const inode = inodeOf(folder);
    if (inode === translationsWatched && (translations || inode === undefined)) return;
    translations?.close();
    translations = undefined;
    translationsWatched = inode;
    if (inode === undefined) return;
    try {
      translations = watch(folder, (_, file) => {
        const language = translated.find((l) => file === `${l.lang}.json`);
        if (!language) return;
        clearTimeout(editionTimers.get(language.lang));
        const reason = `a change to ${translationPath(dataDir, language.lang)}`;
        editionTimers.set(language.lang, setTimeout(() => (running = running.then(() => rebuild(reason, language))), 5));
      });
      translations.on("error", () => {
        translations?.close();
        translations = undefined;
      });
    } catch {
      translationsWatched = undefined;
    }
  };
  running = rebuild("start");
  arm();
  armTranslations();
  const rearm = setInterval(() => {
    arm();
    armTranslations();
  }, rearmEveryMs);
  return {
    close: () => {
      clearInterval(rearm);
      clearTimeout(timer);
      for (const editionTimer of editionTimers.values()) clearTimeout(editionTimer);
      watcher?.close();
      translations?.close();
    },
  };
}

/** Everything in the output folder but one edition's: what a one-edition rebuild carries over. */
function keptBeside(outDir: string, lang: string): string[] {
  try {
    return readdirSync(outDir).filter((name) => name !== lang && name !== outputMarker);
  } catch {
    return [];
  }
}

function inodeOf(path: string): string | undefined {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? `${stats.ino}:${stats.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** The figures a journalist checks against the copy, flat, so a rebuild can say what changed. */
function summary(dataset: Dataset, figures: HeadlineFigures): Record<string, number> {
  const flat: Record<string, number> = {
    "killed (itemised)": figures.itemisedKilled,
    "deadly incidents": figures.itemisedDeadlyIncidents,
    incidents: figures.itemisedIncidents,
    "killed (at least)": figures.killedAtLeast,
  };
  for (const { category, killed } of deathsByCategory(dataset.incidents, dataset.categories)) flat[category.label] = killed;
  return flat;
}
