/**
 * The outputs a build may keep instead of drawing: those whose input digest (outputKeys.ts) is the one
 * the build record says they were built from, and whose bytes in the output folder are still what was
 * written. Anything in doubt is drawn: no record, no digest recorded, a file edited or missing.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Warning } from "../input/problems.js";
import { readBuildRecord, type BuildRecord } from "./buildRecord.js";
import { digestOf } from "./digest.js";
import type { WrittenOutputs } from "./writtenOutputs.js";

export interface KeptOutput {
  content: string | Buffer;
  /** What drawing it said (a chart's compromises), to be said again. */
  warnings: Warning[];
}

/**
 * `written`: what watch mode last swapped in, taken from memory while its files are unchanged on disk.
 * `recorded`: the folder's record as this build read it, shared by its editions (read here if not given).
 */
export async function keptOutputs(
  outDir: string,
  keys: ReadonlyMap<string, string>,
  written?: WrittenOutputs,
  recorded: Promise<Readonly<BuildRecord<unknown>> | undefined> = readBuildRecord(outDir)
): Promise<Map<string, KeptOutput>> {
  const kept = new Map<string, KeptOutput>();
  const record = await recorded;
  if (!record) return kept;
  // Read all at once (watch mode waits on this with every save), kept in the keys' order.
  const read = await Promise.all(
    [...keys].map(async ([file, key]) => {
      const recorded = record.outputs[file];
      if (!recorded || recorded.key !== key) return undefined;
      const path = join(outDir, file);
      const content = written?.unchanged(path) ?? (await readFile(path).catch(() => undefined));
      return content && digestOf(content) === recorded.digest ? ([file, { content, warnings: recorded.warnings ?? [] }] as const) : undefined;
    })
  );
  for (const entry of read) if (entry) kept.set(...entry);
  return kept;
}
