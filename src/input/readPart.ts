/**
 * One thread's share of reading a large events.csv (see readInParallel.ts): the data folder read and
 * checked as usual, with events.csv standing for its header and one piece of its records.
 */
import type { IncidentTableData } from "../dataset/incidentTable.js";
import type { Dataset } from "../dataset/types.js";
import { dataFileLabel, dataFiles } from "./dataFiles.js";
import { parseCsvPiece } from "./parseCsv.js";
import { DataError } from "./problems.js";
import { readDataset } from "./readDataset.js";
import { hashOf } from "./validate/idSet.js";

/** A piece of events.csv to read: whole records from byte `from` to `to`, starting on line `firstLine`. */
export interface PartJob {
  dataDir: string;
  /** The whole file, shared between threads, not copied. */
  file: SharedArrayBuffer;
  /** Where the header record ends (after its line end). */
  headerEnd: number;
  from: number;
  to: number;
  firstLine: number;
}

export type PartResult =
  | {
      ok: true;
      incidents: IncidentTableData;
      /** The length of the piece's text as read (LF line ends), to place it in the whole file's text. */
      textLength: number;
      /** A 52-bit digest of each id, sorted: an id in two pieces shows as a key in both. */
      idKeys: Float64Array;
      /** The other files, as this piece's reader read them. */
      others: Omit<Dataset, "incidents">;
    }
  | { ok: false; why: string };

export async function readPart({ dataDir, file, headerEnd, from, to, firstLine }: PartJob): Promise<PartResult> {
  const bytes = new Uint8Array(file);
  let header: string;
  let body: string;
  try {
    header = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, headerEnd));
    body = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from, to));
  } catch {
    return { ok: false, why: "events.csv is not UTF-8" };
  }
  const piece = parseCsvPiece(header, body, dataFileLabel(dataDir, dataFiles.events), firstLine);
  if (!piece) return { ok: false, why: "events.csv has irregular quoting, or no header row of its own" };
  let dataset: Dataset;
  try {
    dataset = await readDataset(dataDir, { eventsPiece: piece });
  } catch (error) {
    // The whole file is read again on one thread, which lists the problems as a single reader words them.
    if (error instanceof DataError) return { ok: false, why: `${error.problems.length} problem(s) in the data` };
    throw error;
  }
  const { incidents, story, categories, tallies } = dataset;
  const idKeys = new Float64Array(incidents.length);
  for (let i = 0; i < incidents.length; i++) idKeys[i] = idKey(incidents.id(i));
  idKeys.sort();
  return { ok: true, incidents: incidents.data(), textLength: incidents.sourceLength, idKeys, others: { story, categories, tallies } };
}

/** The id's hash as repeats are found within a piece (32 bits) and a second, different one (20 bits), as one number exact in a double. */
function idKey(id: string): number {
  let second = 0x01000193;
  for (let i = 0; i < id.length; i++) second = Math.imul(second ^ id.charCodeAt(i), 0x5bd1e995);
  return (hashOf(id) >>> 0) * 0x100000 + (second >>> 12);
}
