import * as z from "zod";
import { IncidentTable } from "../../dataset/incidentTable.js";
import type { Category } from "../../dataset/types.js";
import type { CsvTable } from "../parseCsv.js";
import { ProblemList, type Problem } from "../problems.js";
import { writtenLabel } from "./incidentLabel.js";
import { countCell, dateCell, optionalDrawnTextCell, linksCell, optionalCountCell, slugCell, textCell, type CellRule } from "./cellRules.js";
import { DistrictPoints, geoPrecisionCell, latCell, lonCell, pointProblems } from "./coordinates.js";
import { isCalendarDate, unlinkedSourceLacks } from "./fields.js";
import { IdSet } from "./idSet.js";
import { closest, outsidePeriod, validateTable, type RawRow, type RowOf } from "./validateTable.js";

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slug = z.string().regex(slugPattern, "an id of lower-case letters, digits and hyphens, such as 2025-11-26-shohin-camp");

const baseRules = {
  id: slugCell(slug, slugPattern),
  date: dateCell,
  region: textCell,
  district: textCell,
  location: textCell,
  lat: latCell,
  lon: lonCell,
  geo_precision: geoPrecisionCell,
  injured: optionalCountCell,
  // An empty label is written from the counts (input/validate/incidentLabel.ts), with a warning (figures/dataWarnings.ts).
  label: optionalDrawnTextCell,
  description: textCell,
  source: textCell,
  source_url: linksCell,
};

const baseColumns = Object.keys(baseRules);

/**
 * data/events.csv: one row per incident, with one killed_… count per codebook category. Dates are checked
 * against the story's period when the story itself is valid.
 */
export function validateEvents(
  table: CsvTable,
  categories: readonly Category[],
  period: { since: string; asOf: string } | undefined,
  /** killed_… columns named in categories.csv by rows with problems of their own: checked, not reported unknown. */
  alsoNamed: ReadonlySet<string> = new Set()
): { incidents: IncidentTable; problems: Problem[] } {
  const { file } = table;
  const killedColumns = categories.map((c) => c.column);
  const namedColumns = [...new Set([...killedColumns, ...[...alsoNamed].filter((c) => /^killed_[a-z0-9_]+$/.test(c))])];
  const rules: typeof baseRules & Record<string, CellRule<unknown>> = { ...baseRules, ...Object.fromEntries(namedColumns.map((c) => [c, countCell])) };
  const columns = Object.keys(rules);
  const unknownColumn = (name: string) =>
    closest(name, columns)
      ? `a known column name${closest(name, columns)}`
      : /^killed/i.test(name)
        ? `a matching row for "${name}" in categories.csv (its label and colour); column names are lower case, such as killed_border_guards`
        : `only the columns described in data/README.md (${baseColumns.join(", ")} and the killed_… columns)`;

  const problems = new ProblemList();
  const incidents = new IncidentTable(killedColumns, table.text);
  // The line of an id's first use is looked up only when it repeats, so a million rows keep no Map;
  // and only for the repeats that are listed.
  const ids = new IdSet(table.text);
  const repeats: Problem[] = [];
  const districtPoints = new DistrictPoints();
  validateTable(
    table,
    rules,
    problems,
    (row, line, raw) => {
      // Repeated ids and dates outside the story's period are looked for on every row, even ones with
      // other problems, so one run shows them all.
      const id = raw.cell("id");
      const repeated = id !== undefined && !ids.add(id, raw.start("id")); // no id column: reported once above
      if (repeated) {
        const problem: Problem = { file, line, column: "id", value: id, expected: "an id not used before" };
        problems.add(problem);
        if (repeats.length < problems.perKind) repeats.push(problem);
      }
      const date = row ? row.date : raw.cell("date");
      const late = date !== undefined && (row || isCalendarDate(date)) && outsidePeriod(date, period, { file, line, column: "date" });
      if (late) problems.add(late);
      const misplaced: Problem[] = row ? pointProblems({ lat: row.lat, lon: row.lon, precision: row.geo_precision }, { lat: raw.cell("lat")!, lon: raw.cell("lon")! }, { file, line }) : [];
      // Only a valid point is compared with its district's: a row with a bad one has its own problem.
      const conflicting = row && !misplaced.length && districtPoints.check({ region: row.region, district: row.district, lat: row.lat, lon: row.lon, precision: row.geo_precision }, { lat: raw.cell("lat")!, lon: raw.cell("lon")! }, { file, line });
      if (conflicting) misplaced.push(conflicting);
      for (const problem of misplaced) problems.add(problem);
      // With no public link, the source cell is the citation: it must name the outlet and the date.
      const lacks = row && !row.source_url.length ? unlinkedSourceLacks(row.source) : undefined;
      if (lacks) problems.add({ file, line, column: "source", value: row!.source, expected: lacks });
      if (row && !repeated && !misplaced.length && !lacks) addIncident(incidents, row as RowOf<typeof baseRules> & Record<string, unknown>, line, raw, categories);
    },
    unknownColumn
  );
  if (repeats.length) explainRepeats(table, repeats);
  if (!problems.length && !incidents.length) problems.add({ file, expected: "at least one incident row below the header" });
  return { incidents, problems: problems.all() };
}

/** Says, for each listed repeat, which line used its id first. */
function explainRepeats(table: CsvTable, repeats: Problem[]): void {
  const repeated = new Set(repeats.map((r) => r.value));
  const firstLine = new Map<string, number>();
  const idAt = table.header.indexOf("id");
  table.forEachRow((cells, line) => {
    const id = cells[idAt] ?? "";
    if (cells.length === table.header.length && repeated.has(id) && !firstLine.has(id)) firstLine.set(id, line);
  });
  for (const repeat of repeats) repeat.expected = `an id not used before (line ${firstLine.get(repeat.value!)} has it already)`;
}

function addIncident(
  incidents: IncidentTable,
  row: RowOf<typeof baseRules> & Record<string, unknown>,
  line: number,
  raw: RawRow,
  categories: readonly Category[]
): void {
  const { id, date, region, district, location, injured, description, source } = row;
  const killed = row as Record<string, number>;
  // A written label is not in the file's text (start -1), which is how the table tells it apart.
  const label = row.label || writtenLabel(killed, categories);
  const sourceUrls = raw.cell("source_url")!;
  const [lat, lon, geoPrecision] = [raw.cell("lat")!, raw.cell("lon")!, raw.cell("geo_precision")!];
  incidents.push(
    { id, line, date, region, district, location, killed, injured, label, description, source, sourceUrls, lat, lon, geoPrecision },
    {
      id: raw.start("id"),
      region: raw.start("region"),
      district: raw.start("district"),
      location: raw.start("location"),
      label: row.label ? raw.start("label") : -1,
      description: raw.start("description"),
      source: raw.start("source"),
      sourceUrls: raw.start("source_url"),
      lat: raw.start("lat"),
      lon: raw.start("lon"),
      geoPrecision: raw.start("geo_precision"),
    }
  );
}
