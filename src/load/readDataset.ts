import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Dataset } from "../data/types.js";
import { validateDataset } from "../validate/dataset.js";
import { decodeUtf8 } from "./decodeUtf8.js";
import { emptyTable, parseCsv, type CsvTable } from "./parseCsv.js";
import { registerSourceDigest, textDigest } from "./sourceDigest.js";
import { DataError, type Problem } from "./problems.js";

/** The files a journalist edits, relative to the data folder. */
export const dataFiles = {
  story: "story.json",
  categories: "categories.csv",
  events: "events.csv",
  tallies: "tallies.csv",
} as const;

/** A data file's path as the journalist knows it, relative to where the build was started: "data/events.csv". */
export function dataFileLabel(dataDir: string, name: string): string {
  return relative(process.cwd(), join(dataDir, name)) || name;
}

/** Reads, parses and validates the data folder. Throws a DataError listing every problem found. */
export async function readDataset(dataDir: string): Promise<Dataset> {
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
  const events = await readTable(dataFiles.events);
  const tallies = await readTable(dataFiles.tallies);
  // A file that is missing, not UTF-8 or not CSV would only add noise below; report it alone.
  if (unreadable) throw new DataError(problems);
  const result = validateDataset({ story: { file: label(dataFiles.story), json: storyJson ?? "" }, categories, events, tallies });
  for (const problem of result.problems) problems.push(problem);
  if (!result.dataset || problems.length) throw new DataError(problems);
  registerSourceDigest(result.dataset.incidents, eventsDigest);
  return result.dataset;
}
