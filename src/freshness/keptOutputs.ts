/**
 * The outputs a build may keep instead of drawing: those whose input digest (outputKeys.ts) is the one
 * the build record says they were built from, and whose bytes in the output folder are still what was
 * written. Anything in doubt is drawn: no record, no digest recorded, a file edited or missing.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Warning } from "../load/problems.js";
import { readBuildRecord } from "./buildRecord.js";
import { digestOf } from "./digest.js";

export interface KeptOutput {
  content: Buffer;
  /** What drawing it said (a chart's compromises), to be said again. */
  warnings: Warning[];
}

export async function keptOutputs(outDir: string, keys: ReadonlyMap<string, string>): Promise<Map<string, KeptOutput>> {
  const kept = new Map<string, KeptOutput>();
  const record = await readBuildRecord(outDir);
  if (!record) return kept;
  for (const [file, key] of keys) {
    const recorded = record.outputs[file];
    if (!recorded || recorded.key !== key) continue;
    const content = await readFile(join(outDir, file)).catch(() => undefined);
    if (content && digestOf(content) === recorded.digest) kept.set(file, { content, warnings: recorded.warnings ?? [] });
  }
  return kept;
}
