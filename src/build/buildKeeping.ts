/**
 * A build that draws only what changed: every SVG and PNG whose input digest (outputKeys.ts) matches the
 * build record in the output folder, and whose bytes there are still as written, is kept; the rest is
 * drawn. The pages around them (alt text, CSV, snippets, review page) are cheap and always written anew.
 * The result is a whole set as a build from scratch would make it, byte for byte, ready for writeCharts's
 * swap, with its build record (which names each output's input digest, for the next build).
 */
import type { Dataset } from "../dataset/types.js";
import { buildEditions, type EditionsBuild } from "./buildEditions.js";
import type { Language } from "../editions/languages.js";
import type { EditionPagesMemo } from "./editionPages.js";
import type { PlotMemo } from "../charts/plotMemo.js";
import { readBuildRecord, withBuildRecord } from "../freshness/buildRecord.js";
import { recordedInputs, type InputDigests } from "../freshness/inputs.js";
import { keptOutputs } from "../freshness/keptOutputs.js";
import { outputKeys } from "../freshness/outputKeys.js";
import type { WrittenOutputs } from "../freshness/writtenOutputs.js";

export interface KeepingBuild extends EditionsBuild {
  /** The date each edition's set shows (the record keeps it for the next build's review index). */
  editionDates: Record<string, string>;
  /** The input digest of every SVG and PNG. */
  keys: Map<string, string>;
}

/** `force`: keep nothing (the record is still written). */
export async function buildKeeping(
  dataDir: string,
  outDir: string,
  inputs: InputDigests,
  {
    read,
    force = false,
    pngsLater = false,
    english,
    translated,
    hold,
    written,
    pages,
    plots,
  }: {
    read?: Promise<Dataset>;
    force?: boolean;
    pngsLater?: boolean;
    english?: boolean;
    translated?: readonly Language[];
    /** Hold an edition whose file lacks texts, rather than fail (build/buildEditions.ts). */
    hold?: boolean;
    /** What watch mode last wrote to outDir (keptOutputs.ts). */
    written?: WrittenOutputs;
    /** Watch mode's pages of earlier rewrites (build/editionPages.ts). */
    pages?: EditionPagesMemo;
    /** Watch mode's plots of earlier rewrites (charts/plotMemo.ts). */
    plots?: PlotMemo;
  } = {}
): Promise<KeepingBuild> {
  const keys = new Map<string, string>();
  // Read once for every edition's outputs (five times a save before), and for the dates of held editions.
  let recorded: ReturnType<typeof readBuildRecord> | undefined;
  const previous = () => (recorded ??= readBuildRecord(outDir));
  const build = await buildEditions(dataDir, {
    read,
    pngsLater,
    english,
    translated,
    hold,
    heldAsOf: async (lang) => (await previous())?.editionDates?.[lang],
    pages,
    plots,
    // Called once per edition with its dataset: each edition's outputs have keys of their own.
    keep: async (dataset) => {
      const editionKeys = outputKeys(dataset, inputs);
      for (const [file, key] of editionKeys) keys.set(file, key);
      return force ? new Map() : keptOutputs(outDir, editionKeys, written, previous());
    },
  });
  // What each edition's set shows: today's data, or a held edition's last complete set.
  const asOf = build.dataset.story.asOf;
  const editionDates: Record<string, string> = Object.fromEntries([
    ...(english === false ? [] : [["en", asOf]]),
    ...build.editions.map(({ lang }) => [lang, asOf]),
    ...build.held.flatMap(({ lang, asOf: held }) => (held ? [[lang, held]] : [])),
  ]);
  return { ...build, keys, editionDates };
}

/** The build's files with the record the next build compares against. */
export function recordedFiles<Report>(build: KeepingBuild, inputs: InputDigests, report: Report, pending: readonly string[] = []): Map<string, string | Buffer> {
  return withBuildRecord(build.files, inputs, report, recordedInputs(inputs), { keys: build.keys, warnings: build.warnings, pending, editionDates: build.editionDates, held: build.held.map(({ lang }) => lang) });
}

/** The outputs kept from the output folder (checked against its record), which writeCharts may link. */
export function keptFiles(build: KeepingBuild): Set<string> {
  const redrawn = new Set(build.redrawn);
  return new Set([...build.keys.keys()].filter((name) => !redrawn.has(name)));
}

/** One line on what was drawn, for a build that kept something; undefined when everything was drawn. */
export function redrawnLine(build: KeepingBuild): string | undefined {
  const drawable = build.keys.size;
  const { redrawn } = build;
  if (redrawn.length === drawable) return undefined;
  if (!redrawn.length) return `Redrew no chart: every SVG and PNG was kept, only the pages around them were written.`;
  return `Redrew ${redrawn.length} of ${drawable} SVGs and PNGs (what their inputs changed): ${redrawn.join(", ")}; kept the rest.`;
}
