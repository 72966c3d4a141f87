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
import { openSync, readSync, closeSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { IncidentTable } from "../data/incidentTable.js";
import type { Dataset } from "../data/types.js";
import { plainLineEnds } from "./plainLineEnds.js";
import type { PartJob, PartResult } from "./readPart.js";
import { dataFiles } from "./dataFiles.js";
import { digestOf, hasPlainLineEnds, registerSourceDigest, textDigest } from "./sourceDigest.js";
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
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return eventsBytes >= parallelFrom ? Math.min(availableParallelism(), 4) : 1;
}

/**
 * The dataset, read on several threads when events.csv is large. `onSingleThread` hears why a read that
 * was split went back to one thread (for CHARTS_READ_THREADS users who want to know). `readPiece` reads
 * a piece, by default in a worker (tests read them in turn on this thread).
 */
export async function readInParallel(
  dataDir: string,
  { onSingleThread, readPiece = readPieceInWorker }: { onSingleThread?: (why: string) => void; readPiece?: (job: PartJob) => Promise<PartResult> } = {}
): Promise<Dataset> {
  const path = join(dataDir, dataFiles.events);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return readOnThisThread(dataDir); // which says the file is missing
  }
  const threads = readThreads(size);
  if (threads < 2) return readOnThisThread(dataDir);
  const fallBack = (why: string) => {
    onSingleThread?.(why);
    return readOnThisThread(dataDir);
  };

  const file = new SharedArrayBuffer(size);
  const bytes = new Uint8Array(file);
  readWhole(path, bytes);
  const split = splitRecords(bytes, threads);
  if (!split || split.pieces.length < 2) return fallBack("too few records to split");
  const { headerEnd, headerLineBreaks } = split;
  const parts = split.pieces.map(({ from, to, lineBreaksBefore }, k) =>
    k === 0
      ? readPiece({ dataDir, file, headerEnd, from: headerEnd, to, firstLine: headerLineBreaks + 1 })
      : readPiece({ dataDir, file, headerEnd, from, to, firstLine: lineBreaksBefore + 1 })
  );

  // The bytes' digest while the workers read; the whole text (for the table's offsets) only once they are
  // done, so it is never in memory beside their pieces' text (twice the file, for text beyond Latin-1).
  const plain = hasPlainLineEnds(bytes);
  let digest = plain ? digestOf(bytes) : "";
  const results = await Promise.all(parts);
  const failed = results.find((result) => !result.ok);
  if (failed && !failed.ok) return fallBack(failed.why);
  const read = results as Extract<PartResult, { ok: true }>[];
  if (sharesAKey(read.map((part) => part.idKeys))) return fallBack("an id may appear in two pieces");

  let text: string;
  try {
    text = plainLineEnds(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return fallBack("events.csv is not UTF-8");
  }
  if (!plain) digest = textDigest(bytes, text);
  // Each piece's text follows the header and the pieces before it in the whole text.
  const headerLength = plainLineEnds(new TextDecoder().decode(bytes.subarray(0, headerEnd))).length;
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
  const { story, categories, tallies } = read[0]!;
  return { story, categories, tallies, incidents };
}

// Imported when needed: checking needs zod, a tenth of a second that would delay the workers' start.
async function readOnThisThread(dataDir: string): Promise<Dataset> {
  const { readDataset } = await import("./readDataset.js");
  return readDataset(dataDir);
}

function readWhole(path: string, into: Uint8Array): void {
  const fd = openSync(path, "r");
  try {
    for (let at = 0; at < into.length; ) {
      const read = readSync(fd, into, at, into.length - at, at);
      if (read === 0) throw new Error(`${path} shrank while being read`);
      at += read;
    }
  } finally {
    closeSync(fd);
  }
}

function readPieceInWorker(job: PartJob): Promise<PartResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./readPartWorker.js", import.meta.url), { workerData: job });
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
