/**
 * Writes chart files so that a reader of charts/ never sees a half-written file: everything goes to a
 * temporary folder beside charts/ first, and each file is then renamed into place (atomic on one disk).
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

export async function writeCharts(outDir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const target = resolve(outDir);
  await mkdir(target, { recursive: true });
  const staging = await mkdtemp(join(dirname(target), ".charts-staging-"));
  try {
    for (const [name, content] of files) await writeFile(join(staging, name), content, "utf8");
    for (const name of files.keys()) await rename(join(staging, name), join(target, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return [...files.keys()].map((name) => join(outDir, name));
}
