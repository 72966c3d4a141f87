/**
 * Watch mode: the process stays warm and rebuilds whenever a file under data/ changes. Both charts'
 * default SVGs are written first (edit → chart), then the other widths, PNGs, snippets and review page. An edit that breaks the data
 * prints its problems and leaves the last good charts in place.
 */
import { watch, type FSWatcher } from "node:fs";
import { join } from "node:path";
import type { HeadlineFigures } from "../aggregate/headlineFigures.js";
import { deathsByCategory } from "../aggregate/deathsByCategory.js";
import type { Dataset } from "../data/types.js";
import { DataError, formatWarning, type Warning } from "../load/problems.js";
import { withTranslatedEditions } from "../editions/buildEditions.js";
import type { Language } from "../editions/languages.js";
import { translationPath, translationsFolder } from "../editions/translations.js";
import { readDataset } from "../load/readDataset.js";
import { headlineFigures } from "../aggregate/headlineFigures.js";
import { exportEdition, startPngs } from "./exportCharts.js";
import { buildSvgs } from "./buildCharts.js";
import { renderCharts } from "./renderCharts.js";
import { replaceFiles, writeCharts } from "./writeCharts.js";

export interface WatchReport {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** `translated`: the editions rebuilt with English, and each alone when its translation file changes. */
export function watchCharts(dataDir: string, outDir: string, { log, error }: WatchReport, translated: readonly Language[] = []): { close: () => void } {
  let previous: Record<string, number> | undefined;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  async function rebuild(reason: string): Promise<void> {
    const start = performance.now();
    try {
      // The default (widest) version of both charts first: that is what the journalist is looking at.
      const { dataset, figures, svgs: widest, warnings } = await buildSvgs(dataDir, { widestOnly: true });
      await replaceFiles(outDir, widest);
      const chartsMs = performance.now() - start;
      log(`Charts rewritten in ${chartsMs.toFixed(0)} ms after ${reason}`);
      // Then the other widths (the widest are done), PNGs and pages.
      const pngs = new Map<string, Promise<Buffer>>();
      for (const [file, svg] of widest) startPngs(file, svg, pngs);
      const others = dataset.story.widths.filter((width) => width !== Math.max(...dataset.story.widths));
      const rest = await renderCharts(dataset, (warning) => warnings.push(warning), { onChart: (file, svg) => startPngs(file, svg, pngs), only: others });
      await replaceFiles(outDir, rest);
      const svgs = new Map([...widest, ...rest]);
      const { files } = await withTranslatedEditions(dataDir, dataset, figures, translated, await exportEdition(dataset, figures, svgs, pngs), warnings);
      await writeCharts(outDir, files);
      const current = summary(dataset, figures);
      const changes = previous ? Object.keys(current).filter((k) => current[k] !== previous![k]).map((k) => `${k}: ${previous![k] ?? "–"} → ${current[k]}`) : [];
      log(`Rebuilt after ${reason}: charts in ${chartsMs.toFixed(0)} ms, everything in ${(performance.now() - start).toFixed(0)} ms`);
      if (!previous) log(`  ${Object.entries(current).map(([k, v]) => `${k}: ${v}`).join("; ")}`);
      else log(changes.length ? `  Changed: ${changes.join("; ")}` : "  Headline figures unchanged");
      previous = current;
      for (const warning of warnings) error(`  Warning: ${formatWarning(warning)}`);
    } catch (e) {
      // Keep watching whatever went wrong: the next save may fix it.
      const message = e instanceof DataError ? e.message : `Unexpected error: ${(e as Error).stack ?? e}`;
      error(`Not rebuilt after ${reason}; ${outDir}/ keeps the last charts written.\n${message}`);
    }
  }

  // Editors save in bursts (truncate, write, rename, chmod) well under a millisecond apart; rebuilding on
  // the first event could read a half-saved file and print errors that are not there. 5 ms of quiet after
  // the last event is enough, and keeps the wait out of the journalist's way.
  const watcher = watch(dataDir, (_, file) => {
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(() => rebuild(`a change to ${file ?? dataDir}`))), 5);
  });
  // A translation file's change rebuilds that edition alone, into its own folder.
  async function rebuildEdition(language: Language): Promise<void> {
    const start = performance.now();
    try {
      const dataset = await readDataset(dataDir);
      const warnings: Warning[] = [];
      const { files } = await withTranslatedEditions(dataDir, dataset, headlineFigures(dataset), [language], { files: new Map(), review: [] }, warnings);
      const prefix = `${language.lang}/`;
      await writeCharts(join(outDir, language.lang), new Map([...files].filter(([name]) => name.startsWith(prefix)).map(([name, content]) => [name.slice(prefix.length), content])));
      log(`Rebuilt the ${language.lang} edition in ${(performance.now() - start).toFixed(0)} ms after a change to ${translationPath(dataDir, language.lang)}`);
      for (const warning of warnings) error(`  Warning: ${formatWarning(warning)}`);
    } catch (e) {
      const message = e instanceof DataError ? e.message : `Unexpected error: ${(e as Error).stack ?? e}`;
      error(`The ${language.lang} edition was not rebuilt; ${outDir}/${language.lang}/ keeps the last charts written.\n${message}`);
    }
  }
  const editionTimers = new Map<string, NodeJS.Timeout>();
  let translations: FSWatcher | undefined;
  try {
    translations = watch(join(dataDir, translationsFolder), (_, file) => {
      const language = translated.find((l) => file === `${l.lang}.json`);
      if (!language) return;
      clearTimeout(editionTimers.get(language.lang));
      editionTimers.set(language.lang, setTimeout(() => (running = running.then(() => rebuildEdition(language))), 5));
    });
  } catch {
    // No translations folder: an English-only story.
  }
  running = rebuild("start");
  return {
    close: () => {
      watcher.close();
      translations?.close();
    },
  };
}

/** The figures a journalist checks against the copy, flat, so a rebuild can say what changed. */
function summary(dataset: Dataset, figures: HeadlineFigures): Record<string, number> {
  const flat: Record<string, number> = {
    "killed (itemised)": figures.itemisedKilled,
    incidents: figures.itemisedIncidents,
    "killed (at least)": figures.killedAtLeast,
  };
  for (const { category, killed } of deathsByCategory(dataset.incidents, dataset.categories)) flat[category.label] = killed;
  return flat;
}
