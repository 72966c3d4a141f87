/** What the tests of watch mode's rewrites share: editing the data copy, and comparing a set with a build from scratch. */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import type { Language } from "../../src/editions/languages.js";
import { buildKeeping, recordedFiles } from "../../src/build/buildKeeping.js";
import { buildReport } from "../../src/build/buildReport.js";
import { defaultLocations, digestInputs } from "../../src/freshness/inputs.js";
import { writeCharts } from "../../src/output/writeCharts.js";

/** Every file under a folder, edition folders' included, relative to it and sorted. */
export const filesUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

/** Replaces `from` (which must be there) with `to` in a file of the data folder. */
export async function editData(data: string, file: string, from: string, to: string): Promise<void> {
  const path = join(data, file);
  const text = await readFile(path, "utf8");
  expect(text).toContain(from);
  await writeFile(path, text.replace(from, to));
}

/** Expects `out` to be byte for byte what a build that draws everything writes into `reference`. */
export async function expectForcedBuildOf(data: string, out: string, reference: string, translated: readonly Language[], what: string): Promise<void> {
  const inputs = await digestInputs(defaultLocations(data));
  const full = await buildKeeping(data, reference, inputs, { force: true, translated });
  await writeCharts(reference, recordedFiles(full, inputs, buildReport(full)));
  await expectSameSet(out, reference, what);
}

/** Expects `out` to hold the files `reference` holds, byte for byte. */
export async function expectSameSet(out: string, reference: string, what: string): Promise<void> {
  const names = await filesUnder(out);
  expect(names, what).toEqual(await filesUnder(reference));
  for (const name of names) expect((await readFile(join(out, name))).equals(await readFile(join(reference, name))), `${what}: ${name}`).toBe(true);
}
