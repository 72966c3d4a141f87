/**
 * Watch mode's rebuild on the same graph as a one-off build (buildKeeping.ts): only the outputs whose
 * inputs the edit touched are drawn, the rest kept from the output folder, and the folder is swapped in
 * whole, twice: first the new SVGs and pages with every PNG that did not change (the PNGs being redrawn
 * are left out, never left stale, and the record marks them pending), then, once they are drawn, the
 * complete set. So the charts a journalist is looking at change within tens of milliseconds of a save,
 * and a reader never sees an SVG beside a PNG of other data. A newer edit's set supersedes an older one's
 * second swap; swaps never overlap.
 */
import type { OutputFiles } from "../pipeline/exportCharts.js";
import { writeCharts } from "../pipeline/writeCharts.js";
import type { Language } from "../editions/languages.js";
import { buildKeeping, keptFiles, recordedFiles, type KeepingBuild } from "./buildKeeping.js";
import { buildReport } from "./buildReport.js";
import { defaultLocations, digestInputs, type InputDigests } from "./inputs.js";
import { writtenOutputs } from "./writtenOutputs.js";
import { EditionPagesMemo } from "../editions/editionPages.js";
import { PlotMemo } from "../charts/plotMemo.js";

export interface Rewrite {
  build: KeepingBuild;
  /** Resolves when the complete set (PNGs included) is swapped in, or superseded by a newer rewrite. */
  complete: Promise<void>;
}

export function keepingRewriter(dataDir: string, outDir: string, translated?: readonly Language[]): () => Promise<Rewrite> {
  let latest = 0;
  let swaps: Promise<unknown> = Promise.resolve();
  // The next rewrite keeps what this one swapped in by its stat, without reading it (writtenOutputs.ts).
  const written = writtenOutputs();
  // Editions whose inputs a save did not touch keep their pages (editions/editionPages.ts).
  const pages = new EditionPagesMemo();
  // A retitled chart's plot is taken again and framed anew (charts/plotMemo.ts).
  const plots = new PlotMemo();
  const swap = (files: OutputFiles, isLatest: () => boolean, linkKept: ReadonlySet<string>) => {
    const write = async () => {
      await writeCharts(outDir, files, { linkKept });
      written.remember(outDir, files);
    };
    const done = swaps.then(() => (isLatest() ? write() : undefined));
    swaps = done.catch(() => {});
    return done;
  };
  // The code, fonts and packages this process loaded are the ones it draws with, whatever is saved on disk
  // later: digested once, at the start. The data (and any other group) is digested on every rebuild.
  let loaded: InputDigests | undefined;
  return async () => {
    const generation = ++latest;
    const isLatest = () => generation === latest;
    const inputs = await digestInputs(defaultLocations(dataDir), loaded);
    loaded ??= { code: inputs.code!, fonts: inputs.fonts!, lockfile: inputs.lockfile! };
    const build = await buildKeeping(dataDir, outDir, inputs, { pngsLater: true, translated, written, pages, plots });
    const pending = build.later?.pending ?? [];
    const kept = keptFiles(build);
    await swap(recordedFiles(build, inputs, buildReport(build, pending), pending), () => true, kept);
    const complete = pending.length
      ? build.later!.complete().then(async (files) => {
          const whole = { ...build, files };
          await swap(recordedFiles(whole, inputs, buildReport(whole)), isLatest, kept);
        })
      : Promise.resolve();
    return { build, complete };
  };
}
