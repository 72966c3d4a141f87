/**
 * Replaces the output folder as a whole, so a reader of charts/ sees either the old set of charts or
 * the new one, never a mix or a half-written file: the new set is written to a staging folder beside
 * it, then swapped in by renaming. Files of the old set that the new one no longer makes go with it.
 */
import { chmod, cp, mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** `keep`: folders of the old set carried into the new one unchanged (editions not rebuilt this time). */
export async function writeCharts(outDir: string, files: ReadonlyMap<string, string | Buffer>, { keep = [] }: { keep?: readonly string[] } = {}): Promise<string[]> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const staging = await mkdtemp(join(parent, `.${basename(target)}-new-`));
  try {
    for (const [name, content] of files) {
      // Translated editions sit in a folder each (charts/fr/…).
      if (name.includes("/")) await mkdir(dirname(join(staging, name)), { recursive: true });
      await writeFile(join(staging, name), content);
    }
    for (const folder of keep) await cp(join(target, folder), join(staging, folder), { recursive: true }).catch(() => {});
    await chmod(staging, 0o755); // mkdtemp makes it private; charts/ is for publishing
    await swapIn(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return [...files.keys()].map((name) => join(outDir, name));
}

// Two renames on one disk: the old folder steps aside, the new one takes its name, the old one is removed.
// Should the second rename fail, the old folder is put back.
async function swapIn(staging: string, target: string): Promise<void> {
  const exists = await stat(target).then(
    () => true,
    () => false
  );
  if (!exists) return rename(staging, target);
  const old = `${staging}-old`;
  await rename(target, old);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(old, target);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * Replaces some files of an existing output folder one by one, each through a temporary file and a
 * rename, so no reader sees a half-written file. For watch mode's quick first write of the SVGs.
 */
export async function replaceFiles(outDir: string, files: ReadonlyMap<string, string | Buffer>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const [name, content] of files) {
    const temporary = join(outDir, `.${name}.${process.pid}.tmp`);
    await writeFile(temporary, content);
    await rename(temporary, join(outDir, name));
  }
}
