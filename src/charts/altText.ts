/**
 * Alt text written from the data: one or two plain sentences per chart that say what it shows and its
 * key numbers, so screen-reader users get the story without a journalist writing it by hand.
 */
import type { ChartId, Dataset } from "../dataset/types.js";
import { deathsByCategory } from "../figures/deathsByCategory.js";
import type { HeadlineFigures } from "../figures/headlineFigures.js";
import { runningToll } from "../figures/runningToll.js";
import { editionOf, english, type Edition } from "../editions/edition.js";
import { mapAlt } from "../map/mapAlt.js";

export function altText(dataset: Dataset, figures: HeadlineFigures, id: ChartId): string {
  const text = id === "cumulative-deaths" ? cumulativeAlt(dataset, figures) : id === "incident-map" ? mapAlt(dataset, figures) : categoryAlt(dataset, figures);
  return text.replace(/\u00a0/g, " ");
}

function cumulativeAlt(dataset: Dataset, figures: HeadlineFigures): string {
  const { since, asOf } = dataset.story;
  const edition = editionOf(dataset);
  const steps = runningToll(dataset.incidents, dataset.categories);
  const deadliest = Math.max(...steps.map((s) => s.killed));
  const deadliestDates = steps.filter((s) => s.killed === deadliest).map((s) => edition.date(s.date));
  return (
    edition.message("ui.alt.cumulative", {
      sinceDate: edition.date(since),
      asOfDate: edition.date(asOf),
      itemisedKilled: figures.itemisedKilled,
      itemisedIncidents: figures.itemisedDeadlyIncidents,
      // Incidents without deaths are in the data and on the chart, but not in the deadly count.
      others: figures.itemisedIncidents - figures.itemisedDeadlyIncidents,
      deadliestDates: edition.list(deadliestDates),
      deadliest,
      each: deadliestDates.length > 1 ? "yes" : "no",
    }) + gapSentence(figures, edition)
  );
}

function categoryAlt(dataset: Dataset, figures: HeadlineFigures): string {
  const { since, asOf } = dataset.story;
  const edition = editionOf(dataset);
  const totals = [...deathsByCategory(dataset.incidents, dataset.categories)].sort((a, b) => b.killed - a.killed);
  const parts = totals.map(({ category, killed }) => {
    const name = category.attribution ? edition.message("ui.alt.categoryWithAttribution", { label: category.label, attribution: category.attribution }) : category.label;
    return edition.message("ui.alt.categoryPart", { name, killed: killed === 0 ? edition.message("ui.alt.none") : edition.count(killed) });
  });
  return (
    edition.message("ui.alt.categories", {
      itemisedKilled: figures.itemisedKilled,
      sinceDate: edition.date(since),
      asOfDate: edition.date(asOf),
      parts: parts.join(edition.message("ui.alt.partSeparator")),
    }) + gapSentence(figures, edition)
  );
}

export function gapSentence({ tally, unitemisedKilled, killedAtLeast }: HeadlineFigures, edition: Edition = english): string {
  if (!tally || unitemisedKilled === 0) return "";
  return edition.message("ui.alt.gap", { tally: tally.label, unitemised: unitemisedKilled, killedAtLeast });
}
