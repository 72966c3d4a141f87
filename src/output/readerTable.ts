/**
 * The numbers behind a chart as a table a person would write, for screen readers in the embed snippet:
 * headers in words, categories by their labels, dates as the chart writes them, each row headed by its
 * date or category, and only rows that stand for something that happened (no synthetic start row).
 * "Get the data" (output/chartData.ts) keeps the machine-readable column names and ISO dates.
 */
import type { IncidentTable } from "../dataset/incidentTable.js";
import type { ChartId, Dataset } from "../dataset/types.js";
import { rowsByDate } from "../figures/rowsByDate.js";
import { deathsByCategory } from "../figures/deathsByCategory.js";
import type { HeadlineFigures } from "../figures/headlineFigures.js";
import { runningToll } from "../figures/runningToll.js";
import { insideFrame } from "../figures/incidentPlaces.js";
import { phoneKey } from "../charts/incidentKey.js";
import { howPlaced } from "../charts/altText.js";
import { fromCapital } from "../editions/placeNames.js";
import { editionOf, type Edition } from "../editions/edition.js";
import { districtInText, regionInText } from "../editions/placeNames.js";

export interface ReaderTable {
  /** Column headers; the first heads the row headers. */
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

// Beyond this many incidents a cell counts them instead of listing them (a conflict export may put
// thousands on one date).
const maxListed = 5;

export function readerTable(dataset: Dataset, figures: HeadlineFigures, id: ChartId): ReaderTable {
  return id === "cumulative-deaths" ? tollTable(dataset, figures) : id === "incident-map" ? mapTable(dataset) : categoryTable(dataset, figures);
}

// A table read aloud lists the incidents one by one only so far; "Get the data" has them all.
const maxMapRows = 100;

/** The map's incidents in date order: where the data places each, how exactly, its number on the map. */
function mapTable(dataset: Dataset): ReaderTable {
  const { incidents, categories } = dataset;
  const edition = editionOf(dataset);
  const m = edition.message;
  const formatCount = edition.count;
  const { numberOf } = phoneKey(dataset);
  const deaths = (row: number) => categories.reduce((sum, { column }) => sum + incidents.killed(column)[row]!, 0);
  const rows = Array.from(rowsByDate(incidents, categories).order.subarray(0, maxMapRows)).map((row) => {
    const point = incidents.point(row);
    const district = districtInText(edition, incidents.district(row));
    const region = regionInText(edition, incidents.region(row));
    const location = incidents.location(row);
    // A location not translated yet is the district itself (editions/translateDataset.ts): said once.
    const where = location === district ? m("ui.table.place", { district, region }) : m("ui.table.placeAndLocation", { district, region, location });
    const placed = !point
      ? m("ui.table.notOnMap")
      : insideFrame(point.lat, point.lon)
        ? m("ui.table.placedAndDistance", { how: howPlaced(point.precision, edition), fromCapital: fromCapital(point.lat, point.lon, edition) })
        : m("ui.table.outsideMap");
    return { header: edition.date(incidents.date(row)), cells: [String(numberOf.get(row) ?? ""), where, placed, formatCount(deaths(row)), incidents.label(row), incidents.source(row)] };
  });
  if (incidents.length > maxMapRows) rows.push({ header: m("ui.table.moreIncidents", { count: incidents.length - maxMapRows }), cells: ["", "", "", "", "", m("ui.table.seeData")] });
  const columns = (["date", "numberOnMap", "where", "howPlaced", "killed", "incident", "source"] as const).map((c) => m(`ui.table.${c}`));
  return { columns, rows };
}

function tollTable(dataset: Dataset, { tally, unitemisedKilled: gap }: HeadlineFigures): ReaderTable {
  const { incidents } = dataset;
  const edition = editionOf(dataset);
  const m = edition.message;
  const formatCount = edition.count;
  const formatDate = edition.date;
  const withTally = Boolean(tally && gap);
  const rows = runningToll(incidents, dataset.categories).map((step) => {
    const atLeast = withTally && step.date >= tally!.asOf ? [formatCount(step.total + gap)] : withTally ? [""] : [];
    return { date: step.date, header: formatDate(step.date), cells: [formatCount(step.killed), formatCount(step.total), ...atLeast, listed(edition, step.rows, (r) => incidents.label(r)), sources(incidents, edition, step.rows)] };
  });
  // The tally is an event of its own when no incident falls on its date.
  if (tally && gap && !rows.some((row) => row.date === tally.asOf)) {
    const before = rows.filter((row) => row.date < tally.asOf).at(-1);
    const total = before?.cells[1] ?? "0";
    rows.push({ date: tally.asOf, header: formatDate(tally.asOf), cells: ["", total, formatCount(tally.killedAtLeast), m("ui.table.tallyPublished", { tally: tally.label }), tally.source] });
    rows.sort((a, b) => (a.date < b.date ? -1 : 1));
  }
  const atLeastColumn = withTally ? [m("ui.table.atLeast", { tally: tally!.label })] : [];
  return {
    columns: [m("ui.table.date"), m("ui.table.killedThatDay"), m("ui.table.runningTotal"), ...atLeastColumn, m("ui.table.incidents"), m("ui.table.source")],
    rows: rows.map(({ header, cells }) => ({ header, cells })),
  };
}

function categoryTable(dataset: Dataset, { tally, unitemisedKilled }: HeadlineFigures): ReaderTable {
  const { incidents } = dataset;
  const edition = editionOf(dataset);
  const m = edition.message;
  const formatCount = edition.count;
  const totals = [...deathsByCategory(incidents, dataset.categories)].sort((a, b) => b.killed - a.killed);
  const rows = totals.map(({ category, killed }) => {
    const column = incidents.killed(category.column);
    const withDeaths: number[] = [];
    for (let row = 0; row < column.length; row++) if (column[row]! > 0) withDeaths.push(row);
    const header = category.attribution ? m("ui.alt.categoryWithAttribution", { label: category.label, attribution: category.attribution }) : category.label;
    return { header, cells: [formatCount(killed), sources(incidents, edition, withDeaths)] };
  });
  if (tally && unitemisedKilled > 0) {
    rows.push({ header: m("ui.table.notItemised", { tally: tally.label, tallyKilled: tally.killedAtLeast }), cells: [formatCount(unitemisedKilled), tally.source] });
  }
  return { columns: [m("ui.table.category"), m("ui.table.killed"), m("ui.table.source")], rows };
}

function listed(edition: Edition, rows: readonly number[], text: (row: number) => string): string {
  if (rows.length > maxListed) return edition.message("ui.table.incidentCount", { count: rows.length });
  return [...new Set(rows.map(text))].join(edition.message("ui.label.incidentSeparator"));
}

function sources(incidents: IncidentTable, edition: Edition, rows: readonly number[]): string {
  return listed(edition, rows, (row) => incidents.source(row));
}
