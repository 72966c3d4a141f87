/**
 * Watch mode: the process stays warm and rebuilds whenever a file under data/ changes, drawing only what
 * the edit touched, and swaps in complete sets (build/writeCharts.ts), as a one-off build does: a reader of
 * charts/ never sees new SVGs beside old PNGs and pages, even if watch mode is killed mid-write. One line
 * per rebuild says what was redrawn and which headline figures changed. An edit that breaks the
 * data prints its problems and leaves the last good charts in place. A data folder that is deleted and
 * restored (a branch switch, a sync tool) is watched again once it is back.
 */
import { statSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";
import type { HeadlineFigures } from "../figures/headlineFigures.js";
import { deathsByCategory } from "../figures/deathsByCategory.js";
import type { Dataset } from "../dataset/types.js";
import { DataError, formatWarning } from "../input/problems.js";
import type { KeepingBuild } from "./buildKeeping.js";
import { keepingRewriter } from "./watchRewrite.js";
import { describeSystemError } from "./exitCodes.js";
import type { Language } from "../editions/languages.js";
import { translationPath, translationsFolder } from "../editions/askedLanguages.js";

export interface WatchReport {
  log: (line: string) => void;
  error: (line: string) => void;
  /** Print stack traces of unexpected errors. */
  debug?: boolean;
}

/** How often to look whether the data folder was replaced or restored, which inotify does not report. */
const rearmEveryMs = 250;

/**
 * `translated`: the editions built besides English. A save in data/ or in a translation file rebuilds on
 * the same graph as a one-off build: only what the edit touched is drawn (a translation edit: its edition).
 */
export function watchCharts(
  dataDir: string,
  outDir: string,
  { log, error, debug = false }: WatchReport,
  translated: readonly Language[] = []
): { close: () => void; settled: () => Promise<void> } {
  let previous: Record<string, number> | undefined;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  // Only what the edit touched is drawn; the new SVGs are swapped in before their PNGs (build/watchRewrite.ts).
  const rewrite = keepingRewriter(dataDir, outDir, translated);
  let settling: Promise<void> = Promise.resolve();
  const explain = (e: unknown) =>
    e instanceof DataError
      ? e.message
      : (describeSystemError(e) ?? `Unexpected error: ${debug ? ((e as Error).stack ?? e) : `${(e as Error).message ?? e} (run with --debug for details)`}`);

  async function rebuild(reason: string): Promise<void> {
    const start = performance.now();
    try {
      const { build, complete } = await rewrite();
      const ms = (performance.now() - start).toFixed(0);
      const current = summary(build.dataset, build.figures);
      const changes = previous ? Object.keys(current).filter((k) => current[k] !== previous![k]).map((k) => `${k}: ${previous![k] ?? "–"} → ${current[k]}`) : [];
      const figures = !previous ? Object.entries(current).map(([k, v]) => `${k}: ${v}`).join("; ") : changes.length ? `changed: ${changes.join("; ")}` : "headline figures unchanged";
      log(`Charts rewritten in ${ms} ms after ${reason}: ${redrawnSummary(build)}; ${figures}`);
      previous = current;
      for (const warning of build.warnings) error(`  Warning: ${formatWarning(warning)}`);
      settling = complete.catch((e) => error(`PNGs not written after ${reason}; ${outDir}/ has the new SVGs and pages, and the next build draws the PNGs.\n${explain(e)}`));
    } catch (e) {
      // Keep watching whatever went wrong: the next save may fix it.
      error(`Not rebuilt after ${reason}; ${outDir}/ keeps the last charts written.\n${explain(e)}`);
    }
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
        editionTimers.set(
          language.lang,
          setTimeout(() => {
            editionTimers.delete(language.lang);
            running = running.then(() => rebuild(reason));
          }, 5)
        );
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
    /** Resolves once the rebuilds asked for so far are written, PNGs included. */
    settled: () => running.then(() => settling),
    close: () => {
      clearInterval(rearm);
      clearTimeout(timer);
      for (const editionTimer of editionTimers.values()) clearTimeout(editionTimer);
      watcher?.close();
      translations?.close();
    },
  };
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

/** "redrew 3 SVGs (6 PNGs and 2 review pages follow), kept 12 of 18 SVGs and PNGs". */
function redrawnSummary({ redrawn, keys, later }: KeepingBuild): string {
  const svgs = redrawn.filter((file) => file.endsWith(".svg")).length;
  const pending = later?.pending ?? [];
  const pngs = pending.filter((file) => file.endsWith(".png")).length;
  const pages = pending.filter((file) => file.endsWith(".html")).length; // the review pages showing those PNGs
  const follow = pngs ? ` (${counted(pngs, "PNG")}${pages ? ` and ${counted(pages, "review page")}` : ""} follow)` : "";
  return `redrew ${counted(svgs, "SVG")}${follow}, kept ${keys.size - redrawn.length} of ${keys.size} SVGs and PNGs`;
}

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
