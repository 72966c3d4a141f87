import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../data/types.js";
import { validateDataset } from "../validate/dataset.js";
import { decodeUtf8 } from "./decodeUtf8.js";
import { emptyTable, parseCsv, type CsvTable } from "./parseCsv.js";
import { registerSourceDigest, textDigest } from "./sourceDigest.js";
import { dataFileLabel, dataFiles } from "./dataFiles.js";
import { DataError, type Problem } from "./problems.js";

/**
 * Reads, parses and validates the data folder. Throws a DataError listing every problem found.
 * `eventsPiece` stands in for events.csv when a thread reads one piece of it (load/readInParallel.ts);
 * the source digest is then left to the caller, who has the whole file.
 */
export async function readDataset(dataDir: string, { eventsPiece }: { eventsPiece?: CsvTable } = {}): Promise<Dataset> {
  const problems: Problem[] = [];
  let unreadable = false;
  let eventsDigest = "";
  const label = (name: string) => dataFileLabel(dataDir, name);

  /** The file's text, or undefined (with a problem recorded) when it is missing or not UTF-8. */
  async function readText(name: string): Promise<string | undefined> {
    const file = label(name);
    let bytes: Uint8Array;
    try {
      // Read synchronously: four small files, and watch mode waits on each hop through the thread pool.
      bytes = readFileSync(join(dataDir, name));
    } catch {
      problems.push({ file, expected: "this file to exist (see data/README.md)" });
      unreadable = true;
      return undefined;
    }
    const decoded = decodeUtf8(bytes, file);
    if ("problem" in decoded) {
      problems.push(decoded.problem);
      unreadable = true;
      return undefined;
    }
    if (name === dataFiles.events) eventsDigest = textDigest(bytes, decoded.text);
    return decoded.text;
  }

  async function readTable(name: string): Promise<CsvTable> {
    const text = await readText(name);
    if (text === undefined) return emptyTable(label(name));
    const { table, problems: found, fatal } = parseCsv(text, label(name));
    for (const problem of found) problems.push(problem);
    unreadable ||= fatal;
    return table;
  }

  // One after another, so problems are always listed in the same order.
  const storyJson = await readText(dataFiles.story);
  const categories = await readTable(dataFiles.categories);
  const events = eventsPiece ?? (await readTable(dataFiles.events));
  const tallies = await readTable(dataFiles.tallies);
  // A file that is missing, not UTF-8 or not CSV would only add noise below; report it alone.
  if (unreadable) throw new DataError(problems);
  const result = validateDataset({ story: { file: label(dataFiles.story), json: storyJson ?? "" }, categories, events, tallies });
  for (const problem of result.problems) problems.push(problem);
  if (!result.dataset || problems.length) throw new DataError(problems);
  if (!eventsPiece) registerSourceDigest(result.dataset.incidents, eventsDigest);
  return result.dataset;
}
