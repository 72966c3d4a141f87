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

import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A scratch copy of the fixture with one file's text changed, for testing what bad input reports. */
export async function fixtureWith(file: string, edit: (text: string) => string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "charts-fixture-"));
  await cp(fixtureDir, dir, { recursive: true });
  await writeFile(join(dir, file), edit(await readFile(join(dir, file), "utf8")));
  return dir;
}
