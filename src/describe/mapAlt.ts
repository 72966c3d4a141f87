/**
 * The incident map in words a listener can follow: where the incidents are, from the deadliest place to
 * the least, each with its district, province, deaths and how exactly the sources place it; how many
 * incidents the data cannot place; and where that is relative to Dushanbe and the border.
 */
import * as d3 from "d3";
import type { Dataset, GeoPrecision } from "../data/types.js";
import type { HeadlineFigures } from "../aggregate/headlineFigures.js";
import { incidentPlaces, type IncidentPlace } from "../aggregate/incidentPlaces.js";
import { fromCapital } from "../geo/places.js";
import { formatDate } from "../style/houseStyle.js";
import { gapSentence, list, plural } from "./altText.js";

/** Places described one by one; beyond this many the rest are counted (a conflict export has hundreds). */
const maxDescribed = 5;

export function mapAlt(dataset: Dataset, figures: HeadlineFigures): string {
  const { since, asOf } = dataset.story;
  const { places, unplaced } = incidentPlaces(dataset.incidents, dataset.categories);
  const placed = dataset.incidents.length - unplaced.length;
  const parts = places.slice(0, maxDescribed).map((place) => describePlace(place));
  const rest = places.slice(maxDescribed);
  if (rest.length) parts.push(`${plural(rest.length, "other place", "other places")} with ${plural(d3.sum(rest, (p) => p.incidents.length), "incident", "incidents")}`);
  const where = places.length ? ` ${capitalise(list(parts))}.` : "";
  const missing = unplaced.length ? ` ${plural(unplaced.length, "incident has", "incidents have")} no location in the data and ${unplaced.length === 1 ? "is" : "are"} not shown.` : "";
  return (
    `Map of Tajikistan and Afghanistan with the border between them, showing ${plural(placed, "incident", "incidents")} ` +
    `itemised by officials, ${formatDate(since)} to ${formatDate(asOf)}, as circles sized by deaths.${where}${missing}` +
    gapSentence(figures)
  );
}

/** How exactly the data places an incident, in words: also the map's screen-reader table (export/readerTable.ts). */
export function howPlaced(precision: GeoPrecision): string {
  return precision === "district" ? "located only to the district" : precision === "near" ? "near a named place" : "at a named place";
}

function describePlace(place: IncidentPlace): string {
  const n = place.incidents.length;
  // Each incident's deaths, not the place's sum: every number here is also in the chart's data.
  const killed = n <= 4 ? `, killing ${list(place.incidents.map((i) => String(i.killed)))}` : "";
  const how = howPlaced(place.precision);
  return `${plural(n, "incident", "incidents")} in ${place.district} district, ${place.region}${killed} (${how}, ${fromCapital(place.lat, place.lon)})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
