/**
 * Alt text written from the data: one or two plain sentences per chart that say what it shows and its
 * key numbers, so screen-reader users get the story without a journalist writing it by hand.
 */
import type { ChartId, Dataset } from "../data/types.js";
import { deathsByCategory } from "../aggregate/deathsByCategory.js";
import type { HeadlineFigures } from "../aggregate/headlineFigures.js";
import { runningToll } from "../aggregate/runningToll.js";
import { formatCount, formatDate } from "../style/houseStyle.js";
import { mapAlt } from "./mapAlt.js";

export function altText(dataset: Dataset, figures: HeadlineFigures, id: ChartId): string {
  const text = id === "cumulative-deaths" ? cumulativeAlt(dataset, figures) : id === "incident-map" ? mapAlt(dataset, figures) : categoryAlt(dataset, figures);
  return text.replace(/\u00a0/g, " ");
}

export const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function cumulativeAlt(dataset: Dataset, figures: HeadlineFigures): string {
  const { since, asOf } = dataset.story;
  const steps = runningToll(dataset.incidents, dataset.categories);
  const deadliest = Math.max(...steps.map((s) => s.killed));
  const deadliestDates = steps.filter((s) => s.killed === deadliest).map((s) => formatDate(s.date));
  const period = `${formatDate(since)} to ${formatDate(asOf)}`;
  return (
    `Step chart of deaths in incidents itemised by officials, ${period}: the toll rose from 0 to ` +
    `${formatCount(figures.itemisedKilled)} in ${plural(figures.itemisedDeadlyIncidents, "deadly incident", "deadly incidents")}` +
    nonDeadly(figures) +
    "; " +
    `the deadliest, on ${list(deadliestDates)}, killed ${formatCount(deadliest)}${deadliestDates.length > 1 ? " each" : ""}.` +
    gapSentence(figures)
  );
}

function categoryAlt(dataset: Dataset, figures: HeadlineFigures): string {
  const { since, asOf } = dataset.story;
  const totals = [...deathsByCategory(dataset.incidents, dataset.categories)].sort((a, b) => b.killed - a.killed);
  const parts = totals.map(({ category, killed }) => {
    const name = category.attribution ? `${category.label} (${category.attribution})` : category.label;
    return `${name} ${killed === 0 ? "none" : formatCount(killed)}`;
  });
  return (
    `Bar chart of the ${plural(figures.itemisedKilled, "death", "deaths")} in incidents itemised by officials, ` +
    `${formatDate(since)} to ${formatDate(asOf)}, by category, largest first: ${parts.join(", ")}.` +
    gapSentence(figures)
  );
}

/** Incidents without deaths are in the data and on the chart, but not in the deadly count. */
function nonDeadly({ itemisedIncidents, itemisedDeadlyIncidents }: HeadlineFigures): string {
  const other = itemisedIncidents - itemisedDeadlyIncidents;
  return other === 0 ? "" : ` (and ${plural(other, "incident", "incidents")} with no deaths)`;
}

export function gapSentence({ tally, unitemisedKilled, killedAtLeast }: HeadlineFigures): string {
  if (!tally || unitemisedKilled === 0) return "";
  return ` The ${tally.label} counts ${unitemisedKilled === 1 ? "1 more death" : `${formatCount(unitemisedKilled)} more deaths`} that no itemised incident accounts for: at least ${formatCount(killedAtLeast)} in all.`;
}

export function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
