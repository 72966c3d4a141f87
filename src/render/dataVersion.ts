/**
 * A short digest of a dataset, carried by a chart's ids and style scope so that different charts, or two
 * versions of one, never clash inline on a page.
 */
import type { Dataset } from "../data/types.js";
import { digestOf, incidentsDigest } from "../load/sourceDigest.js";

export function dataVersion({ story, categories, tallies, incidents }: Dataset): string {
  return digestOf(JSON.stringify({ story, categories, tallies, incidents: incidentsDigest(incidents) })).slice(0, 8);
}
