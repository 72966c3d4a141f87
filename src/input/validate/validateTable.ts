import type { CsvTable } from "../parseCsv.js";
import type { CellRanges } from "../scanCsv.js";
import type { Problem, ProblemList } from "../problems.js";
import type { CellRule } from "./cellRules.js";

/** A row's cells as written, by column name. */
export interface RawRow {
  cell(column: string): string | undefined;
  /** Where the cell's value starts in the table's text, or -1 when it is not there verbatim (see CellRanges). */
  start(column: string): number;
}

/** A row's values, parsed by the rule for each column. */
export type RowOf<Rules extends Record<string, CellRule<unknown>>> = { [K in keyof Rules]: Rules[K] extends CellRule<infer T> ? T : never };

/** More columns than any data file here could need: beyond it the header is refused unread. */
export const maxColumns = 1000;
/** Unknown columns listed by name; the rest are counted. */
const listedColumns = 20;

/**
 * Checks the header row has exactly the expected columns (any order; none missing, repeated or unknown,
 * since a misspelt column would otherwise be ignored), then checks every cell of every row by its column's
 * rule, adding each problem, located by line and column, to `problems`. Calls `visit` for every row with
 * the right number of cells: with its values when they are all valid and the header is right, and a way
 * to read its raw cells either way, for checks that span rows. The values object is reused from row to
 * row: copy what must outlive the call.
 */
export function validateTable<Rules extends Record<string, CellRule<unknown>>>(
  table: CsvTable,
  rules: Rules,
  problems: ProblemList,
  visit: (row: RowOf<Rules> | undefined, line: number, raw: RawRow) => void,
  unknownColumn: (name: string) => string = (name) => `only the columns ${Object.keys(rules).join(", ")}${closest(name, Object.keys(rules))}`
): void {
  const { file, header: written } = table;
  const columns = Object.keys(rules);
  const before = problems.length;
  if (written.length > maxColumns) {
    // Checked before anything else, so a pasted row of half a million cells costs one count.
    problems.add({ file, line: 1, expected: `a header row of at most ${maxColumns} columns; found ${written.length} (is this the right file?)` });
    return;
  }
  // Spreadsheets often end every row with a comma: empty names at the end of the header are reported once,
  // and rows may then have those cells or not, so every row is not reported as one cell short.
  let named = written.length;
  while (named > 0 && written[named - 1] === "") named--;
  const header = written.slice(0, named);
  if (named < written.length) {
    problems.add({ file, line: 1, expected: `no comma at the end of the header row: column ${named + 1} has no name` });
  }
  // Linear in the header's length: a Set of known columns and each name's first position.
  const known = new Set(columns);
  const firstAt = new Map<string, number>();
  const unknown: string[] = [];
  header.forEach((name, i) => {
    if (firstAt.has(name)) problems.add({ file, line: 1, column: name || `column ${i + 1}`, expected: "each column name once in the header row" });
    else {
      firstAt.set(name, i);
      if (name === "") problems.add({ file, line: 1, expected: `a name for column ${i + 1} of the header row (it is empty)` });
      else if (!known.has(name)) unknown.push(name);
    }
  });
  for (const name of unknown.slice(0, listedColumns)) problems.add({ file, line: 1, column: name, value: name, expected: unknownColumn(name) });
  if (unknown.length > listedColumns) problems.add({ file, line: 1, expected: `only known columns: ${unknown.length - listedColumns} more columns are unknown` });
  const unknownShort = unknown.slice(0, listedColumns);
  for (const name of columns) {
    // A misspelt column is already reported as unknown, with this name suggested; once is enough.
    if (!firstAt.has(name) && !closest(name, unknownShort)) {
      problems.add({ file, line: 1, column: name, expected: `a column named "${name}" in the header row` });
    }
  }
  // With the header wrong no row can be used, but the cells of the columns that are there are still
  // checked, so one run lists every problem.
  const headerOk = problems.length === before;
  const position = firstAt;
  // The columns to check, as flat arrays: this loop runs for every cell of a million rows.
  const names = columns.filter((name) => position.has(name));
  const positions = names.map((name) => position.get(name)!);
  const quicks = names.map((name) => rules[name]!.quick ?? (() => undefined));
  // One row object, filled in for each row: a million rows make no garbage here.
  const row: Record<string, unknown> = Object.fromEntries(names.map((name) => [name, undefined]));
  let cells: readonly string[] = [];
  let ranges: CellRanges | undefined;
  const raw: RawRow = {
    cell(column) {
      const at = position.get(column);
      return at === undefined ? undefined : cells[at];
    },
    start(column) {
      const at = position.get(column);
      return at === undefined || !ranges ? -1 : ranges[at * 2]!;
    },
  };
  table.forEachRow((rowCells, line, rowRanges) => {
    // A row of empty cells (",,,,", what a spreadsheet exports for a row whose contents were cleared) is a
    // blank line, as a line with nothing on it is.
    if (rowCells.every((cell) => cell === "")) return;
    if (rowCells.length < header.length || rowCells.length > written.length) {
      problems.add({ file, line, expected: `${header.length} cells, one per column in the header row; found ${rowCells.length}` });
      return;
    }
    cells = rowCells;
    ranges = rowRanges;
    let valid = true;
    for (let k = 0; k < names.length; k++) {
      const value = cells[positions[k]!]!;
      let parsed = quicks[k]!(value);
      if (parsed === undefined) {
        const result = rules[names[k]!]!.schema.safeParse(value);
        if (!result.success) {
          valid = false;
          for (const issue of result.error.issues) problems.add({ file, line, column: names[k]!, value, expected: issue.message });
          continue;
        }
        parsed = result.data;
      }
      row[names[k]!] = parsed;
    }
    visit(valid && headerOk ? (row as RowOf<Rules>) : undefined, line, raw);
  });
}

/** A problem for a date outside the story's period, or undefined when it is inside (or there is no period). */
export function outsidePeriod(
  date: string,
  period: { since: string; asOf: string } | undefined,
  where: { file: string; line: number; column: string }
): Problem | undefined {
  if (!period || (date >= period.since && date <= period.asOf)) return undefined;
  return { ...where, value: date, expected: `a date from since (${period.since}) to asOf (${period.asOf}) set in story.json` };
}

// "killed_border_guard" → suggest "killed_border_guards": the misspelling a journalist most likely made.
export function closest(name: string, names: readonly string[]): string {
  const candidates = names.filter((other) => other !== name && distance(other, name) <= 2);
  return candidates.length ? ` (did you mean "${candidates[0]}"?)` : "";
}

/** Levenshtein distance: the fewest one-character insertions, deletions and substitutions from a to b. */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
