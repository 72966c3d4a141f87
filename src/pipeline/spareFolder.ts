/**
 * A staging folder made ready between watch-mode saves. writeCharts.ts writes each set into a new
 * staging folder and swaps it in whole; making that folder at the save meant five folders and some 140
 * hard links while the journalist waited, about 10 of an English retitle's 60 ms on this machine, where
 * one mkdir takes most of a millisecond. Made after a swap from the set just swapped in, it leaves a
 * save's swap only the files the save changed.
 *
 * Its links share the live files' inodes, so an entry is the output folder's file itself for as long as
 * the folder holds that file. At the swap an entry is kept only for a file the save keeps and that is
 * still that inode; one replaced since (a rename by hand) is linked again, as without a spare. Every
 * other entry is unlinked before its new file is written: writing through a link would change the live
 * set.
 */
import { linkSync, mkdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileStamp } from "../freshness/digestCache.js";
import { activeStaging, editionFolders, newStagingPath, outputMarkerText, stagingTag } from "./stagingFolders.js";

export interface SpareFolder {
  /** The output folder it was made for, resolved. */
  target: string;
  path: string;
  /** Each file linked in, by name, with the inode it shares with the output folder's file. */
  linked: Map<string, bigint>;
  /** The edition folders made in it (fr, zh…). */
  folders: Set<string>;
  /** Its folders' stats once made: a file added or removed by hand since moves one, and it is not used. */
  stamps: Map<string, string>;
}

/** Which of the output folder's files may be linked, and their stamps taken again once they are. */
export interface LinkableOutputs {
  /** The names of the files last written. */
  names(): readonly string[];
  /** Whether the file at `path` is still the one written (its stat is as it was just after). */
  unchanged(path: string): unknown;
  /**
   * Takes the file's stat again, a link having moved its change time, if it is still the inode linked;
   * false (and the file forgotten, to be read again) if it was replaced in between.
   */
  restamp(path: string, inode: bigint): boolean;
}

/**
 * A staging folder beside `outDir` holding links to its files still as written, or undefined if one
 * could not be made (a full disk, say: the next swap makes its own). Synchronous, so no save or swap
 * runs meanwhile.
 */
export function prepareSpare(outDir: string, outputs: LinkableOutputs): SpareFolder | undefined {
  const target = resolve(outDir);
  const spare: SpareFolder = { target, path: newStagingPath(target), linked: new Map(), folders: new Set(), stamps: new Map() };
  activeStaging.add(spare.path);
  try {
    mkdirSync(spare.path, { mode: 0o755 });
    writeFileSync(join(spare.path, stagingTag), outputMarkerText);
    for (const name of outputs.names()) {
      // Named as the outputs were remembered: `outDir` as given, which may be relative (--out charts).
      const from = join(outDir, name);
      if (outputs.unchanged(from) === undefined) continue; // edited by hand since: the save decides
      const folder = dirname(name);
      if (folder !== "." && !spare.folders.has(folder)) {
        mkdirSync(join(spare.path, folder), { recursive: true });
        spare.folders.add(folder);
      }
      const entry = join(spare.path, name);
      linkSync(from, entry);
      const inode = statSync(entry, { bigint: true }).ino;
      if (outputs.restamp(from, inode)) spare.linked.set(name, inode);
      else unlinkSync(entry); // replaced between the link and now: the save decides
    }
    for (const folder of ["", ...spare.folders]) spare.stamps.set(folder, folderStamp(join(spare.path, folder)));
    return spare;
  } catch {
    void removeSpare(spare);
    return undefined;
  }
}

/**
 * Readies the spare for `files`: entries kept (in `linkKept` and still the output folder's file) stay,
 * every other is unlinked, edition folders are made or removed. Returns the names in place, or
 * undefined if the spare cannot be used (gone, or a file added or removed in it by hand); the caller
 * then removes it.
 */
export function readySpare(spare: SpareFolder, files: ReadonlyMap<string, string | Buffer>, linkKept: ReadonlySet<string>): Set<string> | undefined {
  const inPlace = new Set<string>();
  try {
    for (const [folder, stamp] of spare.stamps) if (folderStamp(join(spare.path, folder)) !== stamp) return undefined;
    for (const [name, inode] of spare.linked) {
      if (files.has(name) && linkKept.has(name) && inodeOf(join(spare.target, name)) === inode) inPlace.add(name);
      else unlinkSync(join(spare.path, name));
    }
    const folders = editionFolders(files.keys());
    for (const folder of folders) if (!spare.folders.has(folder)) mkdirSync(join(spare.path, folder), { recursive: true });
    // A folder the new set has no file in (its entries are unlinked above) must not be swapped in empty.
    // (rmdirSync fails on a folder still holding anything: a spare changed by hand is not used.)
    for (const folder of spare.folders) if (!folders.has(folder)) rmdirSync(join(spare.path, folder));
    return inPlace;
  } catch {
    return undefined;
  }
}

/**
 * Removes a spare no write will use (off the main thread). Never fails: a spare it could not remove is
 * no longer this process's, and the next write's recovery (writeCharts.ts) removes it.
 */
export async function removeSpare(spare: SpareFolder): Promise<void> {
  await rm(spare.path, { recursive: true, force: true }).catch(() => {});
  activeStaging.delete(spare.path);
}

const folderStamp = (path: string) => fileStamp(statSync(path, { bigint: true }));

function inodeOf(path: string): bigint | undefined {
  try {
    return statSync(path, { bigint: true }).ino;
  } catch {
    return undefined;
  }
}
