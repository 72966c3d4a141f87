/**
 * Digests of the incidents' source file. A chart's ids carry a digest of its data (render/dataVersion.ts);
 * the incidents are digested from the bytes of events.csv, which takes milliseconds for a million rows,
 * where turning the rows back into JSON takes seconds. Arrays built another way (tests) fall back to JSON.
 */
import { createHash } from "node:crypto";
import type { IncidentTable } from "../data/incidentTable.js";
import { hasPlainLineEnds, lfLineEnds } from "./plainLineEnds.js";

export const digestOf = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

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
