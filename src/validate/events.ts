import * as z from "zod";
import type { Category, Incident } from "../data/types.js";
import type { CsvTable } from "../load/parseCsv.js";
import type { Problem } from "../load/problems.js";
import { count, isCalendarDate, isoDate, links, optionalCount, text } from "./fields.js";
import { closest, outsidePeriod, validateTable } from "./validateTable.js";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "an id of lower-case letters, digits and hyphens, such as 2025-11-26-shohin-camp");

const baseRow = z.object({
  id: slug,
  date: isoDate,
  region: text,
  district: text,
  location: text,
  injured: optionalCount,
  label: text,
  description: text,
  source: text,
  source_url: links,
});

const baseColumns = Object.keys(baseRow.shape);

/**
 * data/events.csv: one row per incident, with one killed_… count per codebook category. Dates are checked
 * against the story's period when the story itself is valid.
 */
export function validateEvents(
  table: CsvTable,
  categories: readonly Category[],
  period: { since: string; asOf: string } | undefined
): { incidents: Incident[]; problems: Problem[] } {
  const { file } = table;
  const killedColumns = categories.map((c) => c.column);
  const rowSchema = baseRow.extend(Object.fromEntries(killedColumns.map((c) => [c, count])));
  const columns = [...baseColumns, ...killedColumns];
  const { rows, problems } = validateTable(table, columns, rowSchema, (name) =>
    closest(name, columns)
      ? `a known column name${closest(name, columns)}`
      : /^killed/i.test(name)
        ? `a matching row for "${name}" in categories.csv (its label and colour); column names are lower case, such as killed_border_guards`
        : `only the columns described in data/README.md (${baseColumns.join(", ")} and the killed_… columns)`
  );

  // Duplicate ids and dates outside the story's period are looked for on every row, even ones with
  // other problems, so one run shows them all.
  const lineOfId = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const earlier = lineOfId.get(cells.id ?? "");
    if (earlier !== undefined) problems.push({ file, line, column: "id", value: cells.id, expected: `an id not used before (line ${earlier} has it already)` });
    else lineOfId.set(cells.id ?? "", line);
    const late = cells.date !== undefined && isCalendarDate(cells.date) && outsidePeriod(cells.date, period, { file, line, column: "date" });
    if (late) problems.push(late);
  }
  const incidents: Incident[] = [];
  for (const { line, value } of rows) {
    const row = value as z.output<typeof baseRow> & Record<string, number>;
    if (lineOfId.get(row.id) !== line) continue; // a repeat, reported above
    incidents.push({
      id: row.id,
      line,
      date: row.date,
      region: row.region,
      district: row.district,
      location: row.location,
      killed: Object.fromEntries(killedColumns.map((c) => [c, row[c]!])),
      injured: row.injured,
      label: row.label,
      description: row.description,
      source: row.source,
      sourceUrls: row.source_url,
    });
  }
  if (!problems.length && !incidents.length) problems.push({ file, expected: "at least one incident row below the header" });
  return { incidents, problems };
}
