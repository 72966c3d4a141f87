/**
 * A short digest of a dataset, carried by a chart's ids and style scope so that different charts, or two
 * versions of one, never clash inline on a page.
 */
import type { Dataset } from "../data/types.js";
import { digestOf, incidentsDigest } from "../load/sourceDigest.js";

export function dataVersion({ story, categories, tallies, incidents, edition }: Dataset): string {
  // A translated edition's language is part of it, so two editions pasted on one page never share a scope.
  const lang = edition && edition.lang !== "en" ? { lang: edition.lang } : {};
  return digestOf(JSON.stringify({ story, categories, tallies, incidents: incidentsDigest(incidents), ...lang })).slice(0, 8);
}
