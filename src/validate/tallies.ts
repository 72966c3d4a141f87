import * as z from "zod";
import type { Tally } from "../data/types.js";
import type { CsvTable } from "../load/parseCsv.js";
import type { Problem } from "../load/problems.js";
import { count, isoDate, links, optionalCount, optionalText, text } from "./fields.js";
import { validateTable } from "./validateTable.js";

const columns = ["id", "as_of", "killed_at_least", "incidents_at_least", "label", "source", "source_url", "note"] as const;

const tallyRow = z.object({
  id: text,
  as_of: isoDate,
  killed_at_least: count,
  incidents_at_least: optionalCount,
  label: text,
  source: text,
  source_url: links,
  note: optionalText,
});

/** data/tallies.csv: totals reported by a source, which the itemised incidents may not reach. */
export function validateTallies(table: CsvTable): { tallies: Tally[]; problems: Problem[] } {
  const { rows, problems } = validateTable(table, columns, () => tallyRow);
  const tallies = rows.map(({ value }) => ({
    id: value.id,
    asOf: value.as_of,
    killedAtLeast: value.killed_at_least,
    incidentsAtLeast: value.incidents_at_least,
    label: value.label,
    source: value.source,
    sourceUrls: value.source_url,
    note: value.note,
  }));
  return { tallies, problems };
}
