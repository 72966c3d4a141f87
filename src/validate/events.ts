import * as z from "zod";
import type { Category, Incident } from "../data/types.js";
import type { CsvTable } from "../load/parseCsv.js";
import type { Problem } from "../load/problems.js";
import { count, isoDate, links, optionalCount, text } from "./fields.js";
import { validateTable } from "./validateTable.js";

const baseColumns = ["id", "date", "region", "district", "location", "injured", "label", "description", "source", "source_url"];

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

/** data/events.csv: one row per incident, with one killed_… count per codebook category. */
export function validateEvents(table: CsvTable, categories: readonly Category[]): { incidents: Incident[]; problems: Problem[] } {
  const { file, header } = table;
  const killedColumns = categories.map((c) => c.column);
  const problems: Problem[] = header
    .filter((name) => name.startsWith("killed_") && !killedColumns.includes(name))
    .map((name) => ({ file, line: 1, column: name, expected: `a matching row for "${name}" in data/categories.csv (its label and colour), or no such column` }));
  const rowSchema = baseRow.extend(Object.fromEntries(killedColumns.map((c) => [c, count])));
  const result = validateTable(table, [...baseColumns.slice(0, 5), ...killedColumns, ...baseColumns.slice(5)], () => rowSchema);
  problems.push(...result.problems);

  const lineOfId = new Map<string, number>();
  const incidents: Incident[] = [];
  for (const { line, value } of result.rows) {
    const row = value as z.output<typeof baseRow> & Record<string, number>;
    const earlier = lineOfId.get(row.id);
    if (earlier !== undefined) {
      problems.push({ file, line, column: "id", value: row.id, expected: `an id not used before (line ${earlier} has it already)` });
      continue;
    }
    lineOfId.set(row.id, line);
    incidents.push({
      id: row.id,
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
  return { incidents, problems };
}
