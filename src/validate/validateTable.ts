import type * as z from "zod";
import type { CsvTable } from "../load/parseCsv.js";
import type { Problem } from "../load/problems.js";

/**
 * Checks the header row has exactly the expected columns (any order; none missing, repeated or unknown,
 * since a misspelt column would otherwise be ignored), then validates every row against a schema keyed by
 * column name. Returns the parsed rows with their lines, and every problem located by line and column.
 */
export function validateTable<S extends z.ZodType<unknown, Record<string, string>>>(
  table: CsvTable,
  columns: readonly string[],
  rowSchema: S,
  unknownColumn: (name: string) => string = (name) => `only the columns ${columns.join(", ")}${closest(name, columns)}`
): { rows: { line: number; value: z.output<S> }[]; problems: Problem[] } {
  const { file, header } = table;
  const problems: Problem[] = [];
  header.forEach((name, i) => {
    if (header.indexOf(name) !== i) problems.push({ file, line: 1, column: name, expected: "each column name once in the header row" });
    else if (!columns.includes(name)) problems.push({ file, line: 1, column: name, value: name, expected: unknownColumn(name) });
  });
  for (const name of columns) {
    // A misspelt column is already reported as unknown, with this name suggested; once is enough.
    if (!header.includes(name) && !closest(name, header.filter((h) => !columns.includes(h)))) {
      problems.push({ file, line: 1, column: name, expected: `a column named "${name}" in the header row` });
    }
  }
  // With the header wrong no row can be used, but the cells of the columns that are there are still
  // checked, so one run lists every problem.
  const headerOk = problems.length === 0;
  const rows = [];
  for (const { line, cells } of table.rows) {
    const result = rowSchema.safeParse(cells);
    if (result.success) rows.push({ line, value: result.data });
    else {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        if (headerOk || header.includes(column)) problems.push({ file, line, column, value: cells[column], expected: issue.message });
      }
    }
  }
  return { rows: headerOk ? rows : [], problems };
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

function distance(a: string, b: string): number {
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
