/**
 * Watch mode's rebuild on the same graph as a one-off build (buildKeeping.ts): only the outputs whose
 * inputs the edit touched are drawn, the rest kept from the output folder, and the folder is swapped in
 * whole, twice: first the new SVGs and pages with every PNG that did not change (the PNGs being redrawn,
 * and the review pages that show them, are left out, never left stale, and the record marks them
 * pending), then, once they are drawn, the complete set. So the SVGs and snippets change within tens of
 * milliseconds of a save, the review pages and PNGs a moment later, and a reader never sees an SVG
 * beside a PNG of other data. A newer edit's set supersedes an older one's second swap; swaps never
 * overlap. Every file a save left as it was (the other editions' pages, the kept charts) is linked from
 * the set being replaced, not written again, and a rewrite counts as done once its set is in place:
 * removing the set it replaced comes after.
 */
import type { Dataset } from "../dataset/types.js";
import type { OutputFiles } from "./exportCharts.js";
import { writeCharts } from "../output/writeCharts.js";
import type { Language } from "../editions/languages.js";
import { buildKeeping, keptFiles, recordedFiles, type KeepingBuild } from "./buildKeeping.js";
import { buildReport } from "./buildReport.js";
import { defaultLocations, digestInputs, type InputDigests } from "../freshness/inputs.js";
import { writtenOutputs } from "../freshness/writtenOutputs.js";
import { EditionPagesMemo } from "./editionPages.js";
import { PlotMemo } from "../charts/plotMemo.js";

/** Rewrites the output folder for the data as saved now. */
export type Rewriter = () => Promise<Rewrite>;

export interface Rewrite {
  build: KeepingBuild;
  /** Resolves when the complete set (PNGs included) is swapped in, or superseded by a newer rewrite. */
  complete: Promise<void>;
}

export function keepingRewriter(dataDir: string, outDir: string, translated?: readonly Language[]): Rewriter {
  let latest = 0;
  let swaps: Promise<unknown> = Promise.resolve();
  // The next rewrite keeps what this one swapped in by its stat, without reading it (writtenOutputs.ts).
  const written = writtenOutputs();
  // Editions whose inputs a save did not touch keep their pages (build/editionPages.ts).
  const pages = new EditionPagesMemo();
  // A retitled chart's plot is taken again and framed anew (charts/plotMemo.ts).
  const plots = new PlotMemo();
  // `inPlace` once the set is in place; `done` once the set it replaced is removed too, which the next swap waits for.
  // `held`: the editions a save could not write, whose folders are carried over from the set in place.
  const swap = (files: OutputFiles, isLatest: () => boolean, kept: ReadonlySet<string>, held: readonly string[]) => {
    let swapped!: () => void;
    const inPlace = new Promise<void>((resolve) => (swapped = resolve));
    const write = async () => {
      const linkKept = new Set([...kept, ...written.sameAsWritten(outDir, files, kept)]);
      await writeCharts(outDir, files, { linkKept, onSwapped: swapped, keep: held });
      written.remember(outDir, files);
    };
    const done = swaps.then(() => (isLatest() ? write() : swapped()));
    swaps = done.catch(() => {});
    return { inPlace: Promise.race([inPlace, done]), done };
  };
  // The code, fonts and packages this process loaded are the ones it draws with, whatever is saved on disk
  // later: digested once, at the start. The data (and any other group) is digested on every rebuild.
  let loaded: InputDigests | undefined;
  // The dataset read from data/ as it was at the last rewrite: a translation saved, it is not read again.
  let lastRead: { data: string; dataset: Dataset } | undefined;
  const rewrite = async () => {
    const generation = ++latest;
    const isLatest = () => generation === latest;
    // A swap still removing the set it replaced moves the change times of the files it had linked: its
    // outputs are remembered as written once it is done, and kept by their stat from then on.
    await swaps;
    const inputs = await digestInputs(defaultLocations(dataDir), loaded);
    loaded ??= { code: inputs.code!, fonts: inputs.fonts!, lockfile: inputs.lockfile! };
    const read = lastRead && lastRead.data === inputs.data ? Promise.resolve(lastRead.dataset) : undefined;
    const build = await buildKeeping(dataDir, outDir, inputs, { read, pngsLater: true, translated, written, pages, plots, hold: true });
    lastRead = { data: inputs.data!, dataset: build.dataset };
    const pending = build.later?.pending ?? [];
    const kept = keptFiles(build);
    const heldFolders = build.held.map(({ lang }) => lang);
    const first = swap(recordedFiles(build, inputs, buildReport(build, pending), pending), () => true, kept, heldFolders);
    await first.inPlace;
    // Started after this rewrite has returned: starting the PNGs and assembling the pages around them
    // costs milliseconds, and the SVGs in place are what the watch line reports.
    const complete = pending.length
      ? afterThisTurn()
          .then(() => build.later!.complete())
          .then(async (files) => {
            const whole = { ...build, files };
            await swap(recordedFiles(whole, inputs, buildReport(whole)), isLatest, kept, heldFolders).done;
          })
      : first.done.then(() => {});
    return { build, complete };
  };
  return rewrite;
}

/** Resolves in the event loop's next turn: after the caller has been handed the rewrite and said so. */
const afterThisTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
