/**
 * The numbers behind each chart, exactly as plotted, with each incident's source: written as CSV
 * ("Get the data") and as the hidden table screen readers get in the embed snippet.
 */
import type { IncidentTable } from "../dataset/incidentTable.js";
import type { ChartId, Dataset } from "../dataset/types.js";
import { rowsByDate } from "../figures/rowsByDate.js";
import { deathsByCategory } from "../figures/deathsByCategory.js";
import type { HeadlineFigures } from "../figures/headlineFigures.js";
import { runningToll } from "../figures/runningToll.js";
import { editionOf, type Edition } from "../editions/edition.js";
import { phoneKey } from "../charts/incidentKey.js";
import { fromCapital } from "../editions/placeNames.js";
import { districtLabel, regionInText } from "../editions/placeNames.js";

export interface DataTable {
  columns: string[];
  rows: (string | number)[][];
}

export function chartData(dataset: Dataset, figures: HeadlineFigures, id: ChartId): DataTable {
  return id === "cumulative-deaths" ? cumulativeData(dataset, figures) : id === "incident-map" ? mapData(dataset) : categoryData(dataset, figures);
}

// A map's table lists incidents one by one; a conflict export's would be a second events.csv.
const maxMapRows = 1000;

/**
 * One row per incident as the map draws it: its number in the key (if any), where the data places it and
 * how exactly, its deaths and its source. Incidents with no point are listed with empty coordinates.
 */
function mapData(dataset: Dataset): DataTable {
  const { incidents, categories } = dataset;
  const edition = editionOf(dataset);
  const m = edition.message;
  const { numberOf } = phoneKey(dataset);
  const deaths = (row: number) => categories.reduce((sum, { column }) => sum + incidents.killed(column)[row]!, 0);
  // Every incident, placed or not, in date order.
  const rows = Array.from(rowsByDate(incidents, categories).order.subarray(0, maxMapRows), (row) => ({ row, killed: deaths(row) }))
    .map(({ row, killed }) => {
      const point = incidents.point(row);
      return [numberOf.get(row) ?? "", incidents.date(row), incidents.id(row), regionInText(edition, incidents.region(row)), districtLabel(edition, incidents.district(row)), incidents.location(row), point?.lat ?? "", point?.lon ?? "", point?.precision ?? "", point ? fromCapital(point.lat, point.lon, edition) : "", killed, incidents.label(row), incidents.source(row), links(incidents, edition, [row])];
    });
  if (incidents.length > maxMapRows) rows.push(["", "", "", "", "", m("ui.csv.moreIncidents", { count: String(incidents.length - maxMapRows) }), "", "", "", "", "", "", "", ""]);
  // Column names in the edition's language, as the other charts' data files have them.
  const columns = (["number", "date", "id", "region", "district", "location", "lat", "lon", "geoPrecision", "fromCapital", "killed", "label", "source", "sourceUrl"] as const).map((c) => m(`ui.csv.${c}`));
  return { columns, rows };
}

// A cell lists up to this many sources; beyond that it points to the incident rows (a date in a large
// dataset may hold thousands of incidents).
const maxListed = 5;

/** The sources of some incidents (rows of the table), or how many there are when they are too many to list. */
const sources = (incidents: IncidentTable, edition: Edition, rows: readonly number[], count = rows.length) => {
  if (count > maxListed) return { source: edition.message("ui.csv.tooManySources", { count: String(count) }), urls: "" };
  return {
    source: unique(rows.map((row) => incidents.source(row))).join(" | "),
    urls: links(incidents, edition, rows),
  };
};

/** The links of some incidents, each once; "no public link" (in the edition's language) among them for any that has none. */
const links = (incidents: IncidentTable, edition: Edition, rows: readonly number[]) => {
  const urls = rows.flatMap((row) => {
    const own = incidents.sourceUrls(row);
    return own.length ? own : [edition.message("ui.csv.noPublicLink")];
  });
  return unique(urls).join(" ");
};

function cumulativeData(dataset: Dataset, figures: HeadlineFigures): DataTable {
  const { since, asOf } = dataset.story;
  const edition = editionOf(dataset);
  const m = edition.message;
  const { tally, unitemisedKilled: gap } = figures;
  const steps = runningToll(dataset.incidents, dataset.categories);
  // Every date the line turns: the start, each incident date, the tally's date, the end.
  const dates = unique([since, ...steps.map((s) => s.date), ...(tally && gap ? [tally.asOf] : []), asOf]).sort();
  // Both lists are sorted by date: one pass keeps the latest step on or before each date.
  let next = 0;
  let total = 0;
  const rows = dates.map((date) => {
    let step: (typeof steps)[number] | undefined;
    while (next < steps.length && steps[next]!.date <= date) {
      step = steps[next++]!;
      total = step.total;
    }
    if (step?.date !== date) step = undefined;
    const atLeast = tally && gap && date >= tally.asOf ? total + gap : "";
    const { source, urls } = sources(dataset.incidents, edition, step?.rows ?? []);
    // Numbers inside CSV text go in unformatted (String), as the CSV's number columns are.
    const note = [
      date === since ? m("ui.csv.start") : "",
      date === asOf ? m("ui.csv.asOf") : "",
      tally && gap && date === tally.asOf ? m("ui.csv.tallyAtLeast", { tally: tally.label, tallyKilled: String(tally.killedAtLeast) }) : "",
    ];
    const labels = !step
      ? ""
      : step.rows.length > maxListed
        ? m("ui.csv.incidentCount", { count: String(step.rows.length) })
        : step.rows.map((row) => dataset.incidents.label(row)).join(m("ui.label.incidentSeparator"));
    return [date, step?.killed ?? 0, total, atLeast, labels, source, urls, note.filter(Boolean).join("; ")];
  });
  return {
    columns: (["date", "killedOnDate", "runningTotalItemised", "runningTotalAtLeast", "incidents", "source", "sourceUrl", "note"] as const).map((c) => m(`ui.csv.${c}`)),
    rows,
  };
}

function categoryData(dataset: Dataset, figures: HeadlineFigures): DataTable {
  const edition = editionOf(dataset);
  const m = edition.message;
  const totals = [...deathsByCategory(dataset.incidents, dataset.categories)].sort((a, b) => b.killed - a.killed);
  const rows: (string | number)[][] = totals.map(({ category, killed }) => {
    const { rows, count } = rowsWithDeaths(dataset.incidents, category.column);
    const { source, urls } = sources(dataset.incidents, edition, rows, count);
    return [category.column, category.label, category.attribution, killed, source, urls];
  });
  const { tally, unitemisedKilled } = figures;
  if (tally && unitemisedKilled > 0) {
    const attribution = m("ui.bar.notItemisedAttribution", { tally: tally.label, tallyKilled: String(tally.killedAtLeast) });
    rows.push(["not_itemised", m("ui.bar.notItemised"), attribution, unitemisedKilled, tally.source, tally.sourceUrls.join(" ")]);
  }
  const columns = (["category", "label", "attribution", "killed", "source", "sourceUrl"] as const).map((c) => m(`ui.csv.${c}`));
  return { columns, rows };
}

/** The first few incidents with deaths in a category (enough to list), and how many there are. */
function rowsWithDeaths(incidents: IncidentTable, column: string): { rows: number[]; count: number } {
  const killed = incidents.killed(column);
  const rows: number[] = [];
  let count = 0;
  for (let row = 0; row < killed.length; row++) {
    if (killed[row]! > 0 && count++ < maxListed) rows.push(row);
  }
  return { rows, count };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
