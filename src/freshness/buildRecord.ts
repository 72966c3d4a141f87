/**
 * The record of what built an output folder, kept in it (`.manifest.json`, written with the outputs
 * and swapped in with them): the digest of every input group, and for every output its digest and the
 * groups it was drawn from, plus the summary the build printed. A later build whose inputs are the
 * same, and whose outputs are still byte for byte what was written, need not draw anything.
 *
 * Anything in doubt counts as stale: no record, a record this code cannot read, an input group that
 * differs, an output edited, deleted or added by hand. And a record that does not verify: it carries the
 * digest of the rest of itself (`check`), so a report, a warning or an output's digest edited by hand
 * (a forged summary the next no-change build would print as its own) makes it no record at all, and
 * the build draws everything again. This is the record's consistency, not a signature: whoever can
 * write charts/ and read this code can still forge one, but not by editing the text alone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { outputMarker } from "../output/writeCharts.js";
import { digestOf, filesUnder } from "./digest.js";
import { hashEveryFile, type FileDigester } from "./digestCache.js";
import type { InputDigests } from "./inputs.js";
import type { Warning } from "../input/problems.js";

export const buildRecordFile = ".manifest.json";

export interface BuildRecord<Report> {
  format: 1;
  inputs: InputDigests;
  /** `key`: the output's input digest (outputKeys.ts), `warnings`: what drawing it said; both for keeping it. */
  outputs: Record<string, { digest: string; inputs: string[]; key?: string; warnings?: Warning[] }>;
  report: Report;
  /** The date (story.json's asOf) each edition's set shows, by language: a held edition keeps its own. */
  editionDates?: Record<string, string>;
  /** Editions held at their last complete set (build/buildEditions.ts): their folders are carried, not written. */
  held?: string[];
  /** The digest of the record without this field, as JSON.stringify writes it: see readBuildRecord. */
  check?: string;
}

export type Freshness<Report> =
  | { fresh: true; report: Report }
  | {
      fresh: false;
      reasons: string[];
      /** What is out of date, when there is a record to compare with. */
      stale?: { record: BuildRecord<Report>; inputs: string[]; outputs: string[]; unexpected: string[] };
    };

/**
 * The output files with their build record added. `inputsOf` names the input groups an output is drawn
 * from; by default every group (today every chart reads all of data/ and the code).
 */
export function withBuildRecord<Report>(
  files: ReadonlyMap<string, string | Buffer>,
  inputs: InputDigests,
  report: Report,
  inputsOf: (file: string) => string[] = () => Object.keys(inputs),
  kept: { keys?: ReadonlyMap<string, string>; warnings?: readonly Warning[]; pending?: readonly string[]; editionDates?: Record<string, string>; held?: readonly string[] } = {}
): Map<string, string | Buffer> {
  const outputs: BuildRecord<Report>["outputs"] = {};
  for (const [name, content] of files) {
    const warnings = kept.warnings?.filter((warning) => warning.file === name);
    outputs[name] = { digest: digestOf(content), inputs: inputsOf(name), key: kept.keys?.get(name), ...(warnings?.length ? { warnings } : {}) };
  }
  // Outputs still being drawn (watch mode's PNGs, and the review pages that show them): missing until
  // the next swap, and never kept meanwhile.
  for (const name of kept.pending ?? []) outputs[name] = { digest: "pending", inputs: inputsOf(name) };
  const record: BuildRecord<Report> = {
    format: 1,
    inputs,
    outputs,
    report,
    ...(kept.editionDates ? { editionDates: kept.editionDates } : {}),
    ...(kept.held?.length ? { held: [...kept.held] } : {}),
  };
  return new Map([...files, [buildRecordFile, `${JSON.stringify({ ...record, check: checkOf(record) }, null, 1)}\n`]]);
}

/** The digest a record carries of the rest of itself (what it would be as JSON without `check`). */
function checkOf(record: object): string {
  const { check: _, ...rest } = record as { check?: unknown };
  return digestOf(JSON.stringify(rest));
}

/**
 * The record in outDir, or undefined if there is none this code can read or it does not verify (its
 * `check` is not the digest of the rest: edited by hand). `unchecked`: for the preview server, which only
 * looks at which files are pending and prints nothing from it, and reads records written by hand in its
 * tests. Shared between callers that read the same text: not to be changed.
 */
export async function readBuildRecord<Report>(outDir: string, { unchecked = false }: { unchecked?: boolean } = {}): Promise<Readonly<BuildRecord<Report>> | undefined> {
  try {
    // Read synchronously: watch mode reads it on every save, and a hop through the thread pool costs
    // more than the read. Parsed and checked once per text: a save that wrote nothing new finds it so.
    const text = readFileSync(join(outDir, buildRecordFile), "utf8");
    if (text !== lastRead?.text) {
      const record = JSON.parse(text);
      lastRead = { text, record, verified: typeof record?.check === "string" && record.check === checkOf(record) };
    }
    const { record, verified } = lastRead;
    if (record.format !== 1 || typeof record.outputs !== "object" || typeof record.inputs !== "object") return undefined;
    if (!verified && !unchecked) return undefined;
    return record as BuildRecord<Report>;
  } catch {
    return undefined;
  }
}

let lastRead: { text: string; record: { format?: unknown; outputs?: unknown; inputs?: unknown; check?: unknown }; verified: boolean } | undefined;

/**
 * Whether outDir holds exactly what its record says was built from these inputs; why not, if not.
 * `digester`: how each output is hashed (a one-off build remembers digests, digestCache.ts).
 */
export async function checkBuildRecord<Report>(outDir: string, inputs: InputDigests, digester: FileDigester = hashEveryFile): Promise<Freshness<Report>> {
  const record = await readBuildRecord<Report>(outDir);
  if (!record) return { fresh: false, reasons: ["no build record"] };
  const reasons: string[] = [];
  const changed = Object.keys({ ...inputs, ...record.inputs }).filter((group) => inputs[group] !== record.inputs[group]);
  for (const group of changed) reasons.push(`${group} changed`);
  // Every file, edition folders' included (charts/fr/…): one added or deleted by hand there counts too.
  const present = new Set(filesOrNone(outDir));
  // The marker that lets a later build replace this folder is writeCharts's own, on every write.
  // A held edition's folder is its last complete set, carried over whole: no build of these inputs writes it.
  const carried = (name: string) => (record.held ?? []).some((lang) => name.startsWith(`${lang}/`));
  const unexpected = [...present].filter((name) => name !== buildRecordFile && name !== outputMarker && !(name in record.outputs) && !carried(name));
  for (const name of unexpected) reasons.push(`${name} was not written by the build`);
  const staleOutputs: string[] = [];
  for (const [name, { digest, inputs: groups }] of Object.entries(record.outputs)) {
    if (groups.some((group) => changed.includes(group))) {
      staleOutputs.push(name); // its input's change is already said
    } else if (!present.has(name)) {
      staleOutputs.push(name);
      reasons.push(`${name} is missing`);
    } else if (digester.digest(join(outDir, name)) !== digest) {
      staleOutputs.push(name);
      reasons.push(`${name} was changed since it was built`);
    }
  }
  if (!reasons.length) return { fresh: true, report: record.report };
  return { fresh: false, reasons, stale: { record, inputs: changed, outputs: staleOutputs, unexpected } };
}

function filesOrNone(dir: string): string[] {
  try {
    return filesUnder(dir);
  } catch {
    return [];
  }
}
