/**
 * Alt text written from the data: one or two plain sentences per chart that say what it shows and its
 * key numbers, so screen-reader users get the story without a journalist writing it by hand.
 */
import * as d3 from "d3";
import type { ChartId, Dataset, GeoPrecision } from "../dataset/types.js";
import { deathsByCategory } from "../figures/deathsByCategory.js";
import type { HeadlineFigures } from "../figures/headlineFigures.js";
import { incidentPlaces, type IncidentPlace } from "../figures/incidentPlaces.js";
import { runningToll } from "../figures/runningToll.js";
import { editionOf, english, type Edition } from "../editions/edition.js";
import { districtInText, fromCapital, regionInText } from "../editions/placeNames.js";
import { phoneKey } from "./incidentKey.js";

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

/*
 * The incident map in words a listener can follow: where the incidents are, from the deadliest place to
 * the least, each with its district, province, deaths, the numbers its circles carry on the map (the
 * key's and the running total's, charts/incidentKey.ts) and how exactly the sources place it; how many
 * incidents the data cannot place or places outside the map's frame; and where that is relative to Dushanbe and the border. In the
 * edition's language (editions/uiMessages.ts, "ui.map.alt.*").
 */

/** Places described one by one; beyond this many the rest are counted (a conflict export has hundreds). */
const maxDescribed = 5;

export function mapAlt(dataset: Dataset, figures: HeadlineFigures): string {
  const { since, asOf } = dataset.story;
  const edition = editionOf(dataset);
  const { places, unplaced, outsideFrame } = incidentPlaces(dataset.incidents, dataset.categories);
  const placed = dataset.incidents.length - unplaced.length - outsideFrame.length;
  const { numberOf } = phoneKey(dataset);
  const parts = places.slice(0, maxDescribed).map((place) => describePlace(place, numberOf, edition));
  const rest = places.slice(maxDescribed);
  if (rest.length) parts.push(edition.message("ui.map.alt.otherPlaces", { rest: rest.length, restIncidents: d3.sum(rest, (p) => p.incidents.length) }));
  const where = places.length ? edition.message("ui.map.alt.where", { places: capitalise(edition.list(parts)) }) : "";
  const missing =
    (unplaced.length ? edition.message("ui.map.alt.missing", { unplaced: unplaced.length }) : "") +
    (outsideFrame.length ? edition.message("ui.map.alt.outsideFrame", { outside: outsideFrame.length }) : "");
  return (
    edition.message("ui.map.alt.main", { placed, sinceDate: edition.date(since), asOfDate: edition.date(asOf), where, missing }) + gapSentence(figures, edition)
  );
}

/** How exactly the data places an incident, in words: also the map's screen-reader table (output/readerTable.ts). */
export function howPlaced(precision: GeoPrecision, edition: Edition = english): string {
  return edition.message(precision === "district" ? "ui.map.howPlaced.district" : precision === "near" ? "ui.map.howPlaced.near" : "ui.map.howPlaced.exact");
}

function describePlace(place: IncidentPlace, numberOf: ReadonlyMap<number, number>, edition: Edition): string {
  const n = place.incidents.length;
  // Each incident's deaths, not the place's sum: every number here is also in the chart's data.
  const deaths = n <= 4 ? edition.message("ui.map.alt.killed", { deaths: edition.list(place.incidents.map((i) => edition.count(i.killed))) }) : "";
  // The numbers as the map draws them (digits, not the edition's count format): they name incidents.
  const numbers = place.incidents.map((i) => numberOf.get(i.row)).filter((number) => number !== undefined);
  const numbered = n <= 4 && numbers.length ? edition.message("ui.map.alt.numbered", { numbers: edition.list(numbers.map(String)) }) : "";
  const killed = deaths + numbered;
  return edition.message("ui.map.alt.place", {
    count: n,
    district: districtInText(edition, place.district),
    region: regionInText(edition, place.region),
    killed,
    how: howPlaced(place.precision, edition),
    fromCapital: fromCapital(place.lat, place.lon, edition),
  });
}

/** The first letter in capitals, where the script has them. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
