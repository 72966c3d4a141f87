/**
 * Digests of the incidents' source file. A chart's ids carry a digest of its data (charts/dataVersion.ts);
 * the incidents are digested from the bytes of events.csv, which takes milliseconds for a million rows,
 * where turning the rows back into JSON takes seconds. Arrays built another way (tests) fall back to JSON.
 */
import { createHash } from "node:crypto";
import type { IncidentTable } from "../dataset/incidentTable.js";
import { hasPlainLineEnds, lfLineEnds } from "./plainLineEnds.js";

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

// A build digests each output several times (its record, the review pages' sizes, what a rebuild keeps),
// and watch mode does it on every save: 60 ms of each rewrite of five editions. Large contents are hashed
// once. A string cannot change; the buffers digested here (files read, PNGs made) are never written to
// after they are made.
const small = 4096;
const bufferDigests = new WeakMap<Uint8Array, string>();
const stringDigests = new Map<string, string>();
let stringChars = 0;
const stringCharsKept = 64 << 20; // the oldest go first past this many characters remembered

export function digestOf(data: string | Uint8Array): string {
  if (data.length < small) return sha256(data);
  if (typeof data !== "string") {
    let digest = bufferDigests.get(data);
    if (!digest) bufferDigests.set(data, (digest = sha256(data)));
    return digest;
  }
  let digest = stringDigests.get(data);
  if (!digest) {
    stringDigests.set(data, (digest = sha256(data)));
    stringChars += data.length;
    for (const oldest of stringDigests.keys()) {
      if (stringChars <= stringCharsKept) break;
      stringDigests.delete(oldest);
      stringChars -= oldest.length;
    }
  }
  return digest;
}

/**
 * The digest of a file's text with LF line ends and no byte-order mark, so a copy saved on Windows makes the
 * same charts. Hashes the bytes as they are when they are already that (the usual case, and twice as fast).
 */
export function textDigest(bytes: Uint8Array, text: string): string {
  return digestOf(hasPlainLineEnds(bytes) ? bytes : lfLineEnds(text));
}


const sourceDigests = new WeakMap<IncidentTable, string>();

/** Records the digest of the file an incidents array was read from; the array must not change after. */
export function registerSourceDigest(incidents: IncidentTable, digest: string): void {
  sourceDigests.set(incidents, digest);
}

export function incidentsDigest(incidents: IncidentTable): string {
  return sourceDigests.get(incidents) ?? digestOf(JSON.stringify(incidents));
}
