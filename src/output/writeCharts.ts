/**
 * Replaces the output folder as a whole. The new set is written to a staging folder beside it, marked
 * complete last, then exchanged with the old folder in one system call (`exchangeFolders`), so a reader of
 * charts/ sees the whole old set or the whole new one at every instant; the old set, now under the
 * staging name, is removed. Where the native exchange is not built or not supported (see
 * exchangeFolders.ts), two renames do it instead, and for the microseconds between them there is no
 * folder at all. Either way charts/ never holds a mix of sets or a half-written file. A build killed at
 * any moment leaves the old set, the new one or both, the one not in place under staging names:
 * `recoverCharts`, which every write runs first and the preview server runs on start, puts a complete
 * set back and removes the rest.
 */
import type { Dirent } from "node:fs";
import { linkSync, lstatSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { cp, lstat, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { exchangeFolders } from "./exchangeFolders.js";
import { activeStaging as active, editionFolders, newStagingPath, outputMarker, outputMarkerText, stagingName, stagingTag } from "./stagingFolders.js";

export { outputMarker, outputMarkerText };

/**
 * `keep`: names (files or folders) of the old set carried into the new one unchanged: the editions a
 * `--lang` build did not rebuild. The new set is still complete when it is swapped in. Only folders and
 * regular files are carried: a symbolic link in the old set (charts/fr linked to a folder elsewhere, a
 * file linked to /etc/passwd) is left out, never copied as a link nor as what it points to, so a set
 * holds only what builds wrote.
 *
 * `linkKept`: files whose content in `files` the caller has just read from the old set and checked
 * against its record (kept outputs, freshness/keptOutputs.ts): they are hard-linked into the new set
 * rather than written again (a rewrite keeps most of 9 MB of PNGs; writing them was most of watch mode's
 * swap). One a hand edit changed since that check is linked as it is now, and the next build finds it
 * differs from the record and draws it again. Written from `files` when it cannot be linked, or when it is
 * not a regular file of the old set (a symbolic link, or in an edition folder that is one): hard-linking
 * a link would carry the link into the new set.
 *
 * `onSwapped`: called the moment the new set is in place, before the old one is removed (watch mode
 * reports its rewrite then; removing 140 files is no reader's business). The promise still resolves
 * only once the old set is gone.
 */
export async function writeCharts(
  outDir: string,
  files: ReadonlyMap<string, string | Buffer>,
  { keep = [], linkKept = new Set(), onSwapped }: { keep?: readonly string[]; linkKept?: ReadonlySet<string>; onSwapped?: () => void } = {}
): Promise<string[]> {
  const target = resolve(outDir);
  await recoverCharts(target);
  const staging = newStagingPath(target);
  active.add(staging);
  try {
    makeStaging(staging, files);
    writeAll(staging, files, (name) => (linkKept.has(name) && regularFileIn(target, name) ? join(target, name) : undefined));
    for (const name of keep) if (!files.has(name)) await cp(join(target, name), join(staging, name), { recursive: true, errorOnExist: false, filter: folderOrFile }).catch(missingIsFine);
    renameSync(join(staging, stagingTag), join(staging, outputMarker)); // complete from here on
    await swapIn(staging, target);
    onSwapped?.();
  } finally {
    // After an exchange this is the old set. Off the main thread, so what onSwapped started goes on.
    await rm(staging, { recursive: true, force: true });
    active.delete(staging);
  }
  return [...files.keys()].map((name) => join(outDir, name));
}

/**
 * The staging folder with its tag and edition folders. Synchronously, as writeAll: watch mode waits on
 * this with every save, and each hop through the thread pool costs more than the call.
 */
function makeStaging(staging: string, files: ReadonlyMap<string, string | Buffer>): void {
  mkdirSync(staging, { mode: 0o755 });
  writeFileSync(join(staging, stagingTag), outputMarkerText);
  // Translated editions sit in a folder each (charts/fr/…).
  for (const folder of editionFolders(files.keys())) mkdirSync(join(staging, folder), { recursive: true });
}

/**
 * Every file written, one after another on this thread: a set is a hundred-odd small files and links,
 * and each call through the thread pool cost more than the work itself. A five-edition set of 140 files,
 * all but its review pages linked: the whole writeCharts took a median of 47 ms through promises eight
 * at a time, 18 ms synchronously (nine runs each). Watch mode waits on this with every save.
 */
function writeAll(folder: string, files: ReadonlyMap<string, string | Buffer>, linkFrom: (name: string) => string | undefined): void {
  for (const [name, content] of files) {
    const source = linkFrom(name);
    if (source) {
      try {
        linkSync(source, join(folder, name));
        continue;
      } catch {
        // Gone or on another file system: written instead.
      }
    }
    writeFileSync(join(folder, name), content);
  }
}

const editionFolder = /^[a-z]{2,3}$/;

/** Only files, or (`editions`) also folders named like an edition's language holding only files. */
async function isSetOfCharts(path: string, entries: Dirent[], editions: boolean): Promise<boolean> {
  for (const entry of entries) {
    if (entry.isFile()) continue;
    if (!editions || !entry.isDirectory() || !editionFolder.test(entry.name)) return false;
    const inside = await readdir(join(path, entry.name), { withFileTypes: true }).catch(() => undefined);
    if (!inside || inside.some((file) => !file.isFile())) return false;
  }
  return true;
}

/**
 * Fails now, with the system's error, if the folder beside the output cannot take a staging folder:
 * a build takes seconds, and a read-only or full disk should not be found out only at its end.
 */
export async function checkWritable(outDir: string): Promise<void> {
  const target = resolve(outDir);
  const probe = newStagingPath(target);
  await mkdir(dirname(target), { recursive: true });
  await mkdir(probe);
  await rm(probe, { recursive: true, force: true });
}

async function swapIn(staging: string, target: string): Promise<void> {
  if (!exists(target)) return rename(staging, target);
  if (exchangeFolders(staging, target)) return; // the old set is now under the staging name, removed by the caller
  const old = `${staging}-old`;
  active.add(old);
  try {
    await rename(target, old);
    try {
      await rename(staging, target);
    } catch (error) {
      await rename(old, target);
      throw error;
    }
    await rm(old, { recursive: true, force: true });
  } finally {
    active.delete(old);
  }
}

/**
 * Puts right what a killed build left beside the output folder: if the folder is missing, the newest
 * complete set a dead writer left takes its place; then every folder a dead writer left is removed.
 * Folders of builds still running (in this process or another) are left alone.
 */
export async function recoverCharts(outDir: string): Promise<void> {
  const target = resolve(outDir);
  const pattern = stagingName(basename(target));
  let names: string[];
  try {
    names = readdirSync(dirname(target)); // on every write: synchronously, as the writing itself
  } catch {
    return; // no parent yet: nothing to recover
  }
  const legacy = legacyName(basename(target));
  const leftovers = [];
  for (const name of names) {
    const match = pattern.exec(name);
    const path = join(dirname(target), name);
    if (match ? active.has(path) || writerAlive(Number(match[1])) : !legacy.test(name) || !(await untouchedFor(path, legacyQuietMs))) continue;
    const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
    // A set holds files, and under our own staging name also an edition's folder (fr/, zh/…) of files.
    if (!entries || !(await isSetOfCharts(path, entries, Boolean(match)))) continue; // not ours to touch
    // An older build's "-old" folder is the whole former charts/ (it was renamed aside in one piece).
    const complete = entries.some((entry) => entry.name === outputMarker) || (!match && name.endsWith("-old"));
    leftovers.push({ path, complete, old: Boolean(match?.[2] ?? name.endsWith("-old")), time: complete ? (await stat(match ? join(path, outputMarker) : path)).mtimeMs : 0 });
  }
  if (!exists(target)) {
    // The set a killed build finished is newer than the one it was replacing.
    const best = leftovers.filter((l) => l.complete).sort((a, b) => Number(a.old) - Number(b.old) || b.time - a.time)[0];
    if (best) {
      await writeFile(join(best.path, outputMarker), outputMarkerText); // an older build's set has none yet
      await rename(best.path, target);
      leftovers.splice(leftovers.indexOf(best), 1);
    }
  }
  for (const { path } of leftovers) await rm(path, { recursive: true, force: true });
}

// Builds before the marker named staging folders `.charts-new-<6 characters>` (mkdtemp) and left them when
// killed. They carry no process id; one untouched for ten minutes belongs to no running build.
const legacyName = (base: string) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-new-[A-Za-z0-9]{6}(-old)?$`);
const legacyQuietMs = 10 * 60_000;

async function untouchedFor(path: string, ms: number): Promise<boolean> {
  const stats = await stat(path).catch(() => undefined);
  return Boolean(stats && Date.now() - stats.mtimeMs > ms);
}

/** Whether the process that named a staging folder is still running (this one counts only for folders it is writing). */
function writerAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, but someone else's
  }
}

/** Synchronously: asked on every write, and a hop through the thread pool costs more than the stat. */
function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}


/** What `keep` copies: folders and regular files, never a symbolic link (nor a socket or a pipe). */
async function folderOrFile(source: string): Promise<boolean> {
  const stats = await lstat(source).catch(() => undefined);
  return Boolean(stats && (stats.isDirectory() || stats.isFile()));
}

/**
 * Whether `name` ("a.png", "fr/a.png") is a regular file of the set in `target`, reached through no link.
 * Synchronously, as writeAll: two lstats at most a file.
 */
function regularFileIn(target: string, name: string): boolean {
  try {
    const folder = name.includes("/") ? name.slice(0, name.lastIndexOf("/")) : "";
    if (folder && !lstatSync(join(target, folder)).isDirectory()) return false;
    return lstatSync(join(target, name)).isFile();
  } catch {
    return false;
  }
}

/** A kept file or folder the old set did not have is simply not carried over. */
function missingIsFine(error: NodeJS.ErrnoException): void {
  if (error.code !== "ENOENT") throw error;
}
