import type * as z from "zod";
import type { CsvTable } from "../load/parseCsv.js";
import type { Problem } from "../load/problems.js";

/**
 * Checks that the header has the required columns, then validates every row against a schema keyed by
 * column name. Returns the parsed rows (with their lines) and every problem, located by line and column.
 */
export function validateTable<S extends z.ZodType<unknown, Record<string, string>>>(
  table: CsvTable,
  required: readonly string[],
  rowSchema: (cells: Record<string, string>) => S
): { rows: { line: number; value: z.output<S> }[]; problems: Problem[] } {
  const { file, header } = table;
  const problems: Problem[] = [];
  for (const name of required) {
    if (!header.includes(name)) {
      problems.push({ file, line: 1, column: name, expected: `a column named "${name}" in the header row${closest(name, header)}` });
    }
  }
  if (problems.length) return { rows: [], problems };
  const rows = [];
  for (const { line, cells } of table.rows) {
    const result = rowSchema(cells).safeParse(cells);
    if (result.success) rows.push({ line, value: result.data });
    else {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        problems.push({ file, line, column, value: cells[column], expected: issue.message });
      }
    }
  }
  return { rows, problems };
}

// "killed_border_guard" → suggest "killed_border_guards": the misspelling a journalist most likely made.
function closest(name: string, header: readonly string[]): string {
  const candidates = header.filter((h) => distance(h, name) <= 2);
  return candidates.length ? ` (found "${candidates[0]}"; check the spelling)` : "";
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
