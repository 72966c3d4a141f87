import { fileURLToPath } from "node:url";
import type { Dataset } from "../../src/dataset/types.js";
import { readDataset } from "../../src/input/readDataset.js";

export const fixtureDir = fileURLToPath(new URL("../fixtures/story-2026-01-18", import.meta.url));
/** The story after three synthetic later incidents (one with no deaths), the tally left as it was. */
export const laterFixtureDir = fileURLToPath(new URL("../fixtures/story-later", import.meta.url));
export const dataDir = fileURLToPath(new URL("../../data", import.meta.url));
export const repoDir = fileURLToPath(new URL("../..", import.meta.url));

export function readFixture(): Promise<Dataset> {
  return readDataset(fixtureDir);
}

import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A scratch copy of the fixture with only the translation files of `languages` (all four unless given).
 * English alone (`[]`) wherever editions are not what a test is about: a build of it draws one edition,
 * not five.
 */
export async function fixtureCopy({ languages }: { languages?: readonly string[] } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "charts-fixture-"));
  await cp(fixtureDir, dir, { recursive: true });
  if (languages) {
    for (const lang of ["fr", "ru", "ar", "zh"].filter((l) => !languages.includes(l))) await rm(join(dir, "translations", `${lang}.json`));
  }
  return dir;
}

/** A scratch copy of the fixture with one file's text changed, for testing what bad input reports. */
export async function fixtureWith(file: string, edit: (text: string) => string | Uint8Array, options: { languages?: readonly string[] } = {}): Promise<string> {
  const dir = await fixtureCopy(options);
  await writeFile(join(dir, file), edit(await readFile(join(dir, file), "utf8")));
  return dir;
}
