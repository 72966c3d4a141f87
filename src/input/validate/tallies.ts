import type { Tally } from "../../dataset/types.js";
import type { CsvTable } from "../parseCsv.js";
import { ProblemList, type Problem } from "../problems.js";
import { countCell, dateCell, drawnTextCell, optionalCountCell, optionalDrawnTextCell, optionalLinksCell, textCell } from "./cellRules.js";
import { outsidePeriod, validateTable } from "./validateTable.js";

const tallyRules = {
  id: textCell,
  as_of: dateCell,
  killed_at_least: countCell,
  incidents_at_least: optionalCountCell,
  label: drawnTextCell,
  source: drawnTextCell,
  source_url: optionalLinksCell,
  note: optionalDrawnTextCell,
};

/**
 * data/tallies.csv: totals reported by a source, which the itemised incidents may not reach. One tally per
 * date, so which one the charts use is never a matter of row order.
 */
export function validateTallies(table: CsvTable, period: { since: string; asOf: string } | undefined): { tallies: Tally[]; problems: Problem[] } {
  const { file } = table;
  const problems = new ProblemList();
  const lineOfId = new Map<string, number>();
  const lineOfDate = new Map<string, number>();
  const tallies: Tally[] = [];
  validateTable(table, tallyRules, problems, (value, line) => {
    if (!value) return;
    const sameId = lineOfId.get(value.id);
    const sameDate = lineOfDate.get(value.as_of);
    if (sameId !== undefined) problems.add({ file, line, column: "id", value: value.id, expected: `an id not used before (line ${sameId} has it already)` });
    if (sameDate !== undefined) {
      problems.add({ file, line, column: "as_of", value: value.as_of, expected: `one tally per date (line ${sameDate} has this date); keep the one the story uses` });
    }
    lineOfId.set(value.id, line);
    lineOfDate.set(value.as_of, line);
    const late = outsidePeriod(value.as_of, period, { file, line, column: "as_of" });
    if (late) problems.add(late);
    tallies.push({
      id: value.id,
      asOf: value.as_of,
      killedAtLeast: value.killed_at_least,
      incidentsAtLeast: value.incidents_at_least,
      label: value.label,
      source: value.source,
      sourceUrls: value.source_url,
      note: value.note,
    });
  });
  return { tallies, problems: problems.all() };
}
