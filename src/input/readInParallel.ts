/**
 * Reads a large events.csv on several threads: a conflict export of a million rows takes seconds to
 * check on one. The file is cut into pieces of whole records (splitRecords.ts), each read and checked by
 * a worker as usual (readPart.ts) while the main thread goes on loading the charting libraries, and the
 * pieces' columns are joined into one table over the whole file's text.
 *
 * Only data that reads cleanly takes this path: if any piece has a problem, or an id appears in two
 * pieces, the folder is read again on this thread, so errors are found, ordered and worded exactly as
 * a single reader words them. Small files are read on this thread from the start.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { IncidentTable } from "../dataset/incidentTable.js";
import type { Dataset } from "../dataset/types.js";
import type { PartJob, PartResult } from "./readPart.js";
import { dataFiles } from "./dataFiles.js";
import { hasPlainLineEnds, plainLineEnds } from "./plainLineEnds.js";
import { digestOf, registerSourceDigest, textDigest } from "./sourceDigest.js";
import { splitRecords } from "./splitRecords.js";

/** Below this, starting workers costs more than it saves. */
const parallelFrom = 32 * 2 ** 20;

/**
 * How many threads to read events.csv on: CHARTS_READ_THREADS when set (1 turns this off), else one
 * per core up to four for a file of 32 MiB or more (about 250,000 rows; below that the workers' start-up
 * eats the gain).
 */
export function readThreads(eventsBytes: number): number {
  const asked = Number(process.env.CHARTS_READ_THREADS);
  // More threads than cores only add start-up and memory; sixteen bounds a typo.
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return eventsBytes >= parallelFrom ? Math.min(availableParallelism(), 4) : 1;
}

/**
 * The dataset, read on several threads when events.csv is large. `onSingleThread` hears why a read that
 * was split went back to one thread (for CHARTS_READ_THREADS users who want to know). `readPiece` reads
 * a piece, by default in a worker (tests read them in turn on this thread); it stops when `stop` aborts.
 */
export async function readInParallel(
  dataDir: string,
  { onSingleThread, readPiece = readPieceInWorker }: { onSingleThread?: (why: string) => void; readPiece?: (job: PartJob, stop: AbortSignal) => Promise<PartResult> } = {}
): Promise<Dataset> {
  const fallBack = (why: string) => {
    onSingleThread?.(why);
    return readOnThisThread(dataDir);
  };
  let bytes: Uint8Array<SharedArrayBuffer> | undefined;
  try {
    bytes = readShared(join(dataDir, dataFiles.events));
  } catch {
    return readOnThisThread(dataDir); // which says what is wrong with the file
  }
  if (!bytes) return readOnThisThread(dataDir);
  const split = splitRecords(bytes, readThreads(bytes.length));
  if (!split || split.pieces.length < 2) return fallBack("no place to cut events.csv between records");

  // The first piece that fails stops the others: the whole file is then read again on this thread.
  const stop = new AbortController();
  let firstFailure: string | undefined;
  const file = bytes.buffer;
  const parts = split.pieces.map(async ({ from, to, lineBreaksBefore }) => {
    const result = await readPiece({ dataDir, file, headerEnd: split.headerEnd, from, to, firstLine: lineBreaksBefore + 1 }, stop.signal).catch(
      (error: Error): PartResult => ({ ok: false, why: `a piece could not be read: ${error.message}` })
    );
    if (!result.ok && !stop.signal.aborted) {
      firstFailure = result.why;
      stop.abort();
    }
    return result;
  });

  // The bytes' digest while the workers read; the whole text (for the table's offsets) only once they are
  // done, so it is never in memory beside their pieces' text (twice the file, for text beyond Latin-1).
  let digest = hasPlainLineEnds(bytes) ? digestOf(bytes) : undefined;
  const results = await Promise.all(parts);
  if (firstFailure) return fallBack(firstFailure);
  const read = results as Extract<PartResult, { ok: true }>[];
  if (sharesAKey(read.map((part) => part.idKeys))) return fallBack("an id may appear in two pieces");
  // Each piece read story.json, categories.csv and tallies.csv itself; an edit meanwhile could make them differ.
  const others = JSON.stringify(read[0]!.others);
  if (read.some((part) => JSON.stringify(part.others) !== others)) return fallBack("the data changed while it was read");

  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fallBack("events.csv is not UTF-8");
  }
  digest ??= textDigest(bytes, decoded);
  const text = plainLineEnds(decoded);
  // Each piece's text follows the header and the pieces before it in the whole text.
  const headerLength = plainLineEnds(new TextDecoder().decode(bytes.subarray(0, split.headerEnd))).length;
  const textShifts: number[] = [];
  let at = headerLength;
  for (const part of read) {
    textShifts.push(at);
    at += part.textLength;
  }
  if (at !== text.length) return fallBack("the pieces' text does not add up to the file's");
  const incidents = IncidentTable.joined(
    text,
    read.map((part) => part.incidents),
    textShifts
  );
  registerSourceDigest(incidents, digest);
  const { story, categories, tallies } = read[0]!.others;
  return { story, categories, incidents, tallies };
}

// Imported when needed: checking needs zod, a tenth of a second that would delay the workers' start.
async function readOnThisThread(dataDir: string): Promise<Dataset> {
  const { readDataset } = await import("./readDataset.js");
  return readDataset(dataDir);
}

/** The file's bytes in memory the workers share; undefined when it is too small to be worth splitting. */
function readShared(path: string): Uint8Array<SharedArrayBuffer> | undefined {
  const fd = openSync(path, "r");
  try {
    // The size of the file opened, not of the path: an editor that saves by renaming swaps the file under it.
    const size = fstatSync(fd).size;
    if (readThreads(size) < 2) return undefined;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const read = readSync(fd, bytes, at, size - at, at);
      if (read === 0) throw new Error(`${path} shrank while being read`);
      at += read;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

function readPieceInWorker(job: PartJob, stop: AbortSignal): Promise<PartResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./readPartWorker.js", import.meta.url), { workerData: job });
    stop.addEventListener("abort", () => void worker.terminate(), { once: true });
    // A worker that fails for any other reason also sends the read back to this thread.
    worker.once("message", resolve);
    worker.once("error", (error) => resolve({ ok: false, why: `a worker failed: ${error.message}` }));
    worker.once("exit", (code) => resolve({ ok: false, why: `a worker stopped (exit code ${code})` }));
  });
}

/** Whether any key is in two of the sorted arrays. */
function sharesAKey(sorted: Float64Array[]): boolean {
  for (let a = 0; a < sorted.length; a++) {
    for (let b = a + 1; b < sorted.length; b++) {
      const [x, y] = [sorted[a]!, sorted[b]!];
      for (let i = 0, j = 0; i < x.length && j < y.length; ) {
        if (x[i] === y[j]) return true;
        if (x[i]! < y[j]!) i++;
        else j++;
      }
    }
  }
  return false;
}
