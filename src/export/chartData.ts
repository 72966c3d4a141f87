/**
 * The numbers behind each chart, exactly as plotted, with each incident's source: written as CSV
 * ("Get the data") and as the hidden table screen readers get in the embed snippet.
 */
import type { ChartId, Dataset, Incident } from "../data/types.js";
import { deathsByCategory } from "../aggregate/deathsByCategory.js";
import type { HeadlineFigures } from "../aggregate/headlineFigures.js";
import { runningToll } from "../aggregate/runningToll.js";

export interface DataTable {
  columns: string[];
  rows: (string | number)[][];
}

export function chartData(dataset: Dataset, figures: HeadlineFigures, id: ChartId): DataTable {
  return id === "cumulative-deaths" ? cumulativeData(dataset, figures) : categoryData(dataset, figures);
}

// A cell lists up to this many sources; beyond that it points to the incident rows (a date in a large
// dataset may hold thousands of incidents).
const maxListed = 5;

const sources = (incidents: readonly Incident[]) => {
  if (incidents.length > maxListed) return { source: `${incidents.length} incidents; see their rows in data/events.csv`, urls: "" };
  return {
    source: unique(incidents.map((i) => i.source)).join(" | "),
    urls: unique(incidents.flatMap((i) => i.sourceUrls)).join(" "),
  };
};

function cumulativeData(dataset: Dataset, figures: HeadlineFigures): DataTable {
  const { since, asOf } = dataset.story;
  const { tally, unitemisedKilled: gap } = figures;
  const steps = runningToll(dataset.incidents, dataset.categories);
  // Every date the line turns: the start, each incident date, the tally's date, the end.
  const dates = unique([since, ...steps.map((s) => s.date), ...(tally && gap ? [tally.asOf] : []), asOf]).sort();
  const rows = dates.map((date) => {
    const step = steps.find((s) => s.date === date);
    const total = [...steps].reverse().find((s) => s.date <= date)?.total ?? 0;
    const atLeast = tally && gap && date >= tally.asOf ? total + gap : "";
    const { source, urls } = sources(step?.incidents ?? []);
    const note = [date === since ? "start" : "", date === asOf ? "as of" : "", tally && gap && date === tally.asOf ? `${tally.label}: at least ${tally.killedAtLeast}` : ""];
    const labels = !step ? "" : step.incidents.length > maxListed ? `${step.incidents.length} incidents` : step.incidents.map((i) => i.label).join("; ");
    return [date, step?.killed ?? 0, total, atLeast, labels, source, urls, note.filter(Boolean).join("; ")];
  });
  return {
    columns: ["date", "killed_on_date", "running_total_itemised", "running_total_at_least", "incidents", "source", "source_url", "note"],
    rows,
  };
}

function categoryData(dataset: Dataset, figures: HeadlineFigures): DataTable {
  const totals = [...deathsByCategory(dataset.incidents, dataset.categories)].sort((a, b) => b.killed - a.killed);
  const rows: (string | number)[][] = totals.map(({ category, killed }) => {
    const { source, urls } = sources(dataset.incidents.filter((i) => (i.killed[category.column] ?? 0) > 0));
    return [category.column, category.label, category.attribution, killed, source, urls];
  });
  const { tally, unitemisedKilled } = figures;
  if (tally && unitemisedKilled > 0) {
    rows.push(["not_itemised", "Not itemised in official statements", `in the ${tally.label} of at least ${tally.killedAtLeast}; category not given`, unitemisedKilled, tally.source, tally.sourceUrls.join(" ")]);
  }
  return { columns: ["category", "label", "attribution", "killed", "source", "source_url"], rows };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
