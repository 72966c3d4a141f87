import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Dataset } from "../dataset/types.js";
import { validateDataset } from "./validate/dataset.js";
import { decodeUtf8 } from "./decodeUtf8.js";
import { emptyTable, otherSeparator, parseCsv, type CsvTable } from "./parseCsv.js";
import { registerSourceDigest, textDigest } from "./sourceDigest.js";
import { dataFileLabel, dataFiles } from "./dataFiles.js";
import { DataError, type Problem } from "./problems.js";

/**
 * Reads, parses and validates the data folder. Throws a DataError listing every problem found.
 */
export async function readDataset(dataDir: string): Promise<Dataset> {
  const problems: Problem[] = [];
  // Files that could not be read as text or CSV: only the checks that need them are skipped, so a
  // Latin-1 events.csv does not hide the problems of the other files.
  const unreadable = new Set<string>();
  let eventsDigest = "";
  const label = (name: string) => dataFileLabel(dataDir, name);

  /** The file's text, or undefined (with a problem recorded) when it is missing or not UTF-8. */
  async function readText(name: string): Promise<string | undefined> {
    const file = label(name);
    let bytes: Uint8Array;
    try {
      // Read synchronously: four small files, and watch mode waits on each hop through the thread pool.
      bytes = readFileSync(join(dataDir, name));
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      // Anything but a missing file (no permission, a disk error) is the machine's fault, not the data's.
      if (code !== "ENOENT" && code !== "EISDIR" && code !== "ENOTDIR") throw error;
      const where = resolve(dataDir);
      problems.push({ file, expected: code === "EISDIR" ? "a file here, not a folder" : `this file to exist (looked in ${where}; see data/README.md)` });
      unreadable.add(name);
      return undefined;
    }
    const decoded = decodeUtf8(bytes, file);
    if ("problem" in decoded) {
      problems.push(decoded.problem);
      unreadable.add(name);
      return undefined;
    }
    if (name === dataFiles.events) eventsDigest = textDigest(bytes, decoded.text);
    return decoded.text;
  }

  async function readTable(name: string): Promise<CsvTable> {
    const text = await readText(name);
    if (text === undefined) return emptyTable(label(name));
    const separator = otherSeparator(text);
    if (separator) {
      const expected = "columns separated by commas (save as “CSV UTF-8 (comma delimited)”, or set the list separator to a comma in your spreadsheet's settings)";
      problems.push({ file: label(name), line: 1, value: `columns separated by ${separator}`, expected });
      unreadable.add(name);
      return emptyTable(label(name));
    }
    const { table, problems: found, fatal } = parseCsv(text, label(name));
    for (const problem of found) problems.push(problem);
    if (fatal) unreadable.add(name);
    return table;
  }

  // One after another, so problems are always listed in the same order.
  const storyJson = await readText(dataFiles.story);
  const categories = await readTable(dataFiles.categories);
  const events = await readTable(dataFiles.events);
  const tallies = await readTable(dataFiles.tallies);
  const result = validateDataset({ story: { file: label(dataFiles.story), json: storyJson ?? "" }, categories, events, tallies }, unreadable);
  for (const problem of result.problems) problems.push(problem);
  if (!result.dataset || problems.length) throw new DataError(problems);
  registerSourceDigest(result.dataset.incidents, eventsDigest);
  return result.dataset;
}
