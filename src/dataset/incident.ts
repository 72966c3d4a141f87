/**
 * One incident as the data writes it, and the date and precision types it is made of: apart from types.ts,
 * so the columnar incident table (incidentTable.ts) and the dataset that holds one (types.ts) do not import
 * each other.
 */

/** A calendar date exactly as written in the data, "YYYY-MM-DD". Sorts as a string; drawn as UTC midnight. */
export type IsoDate = string;

/**
 * Two dates in calendar order, compared as strings are. Not localeCompare: ICU collation gives the same
 * order for these digits but took most of the time of sorting a million incidents by date.
 */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How exact an incident's point is, on the scale ACLED's geo_precision 1–3 uses: a named post or village,
 * a place described relative to one, or only the district (the point then stands for the district).
 */
export const geoPrecisions = ["exact", "near", "district"] as const;
export type GeoPrecision = (typeof geoPrecisions)[number];

/**
 * What events.csv's source_url holds for a source with no public link (a wire report, a phone call, a
 * paywalled article), in place of a false citation such as the outlet's home page. Case and spacing do
 * not matter. Such an incident has no links (`sourceUrls` is empty); its source cell names the outlet and
 * the date, and the outputs that list links say "no public link" in the edition's language.
 */
export const noPublicLink = "no public link";
export const isNoPublicLink = (cell: string): boolean => /^\s*no\s+public\s+link\s*$/i.test(cell);

/** One incident (a row of data/events.csv), usually a deadly one; its killed counts may all be 0. */
export interface Incident {
  id: string;
  /** Line of the row in events.csv, so later checks can point at it. */
  line: number;
  date: IsoDate;
  region: string;
  district: string;
  location: string;
  /** Where it happened, WGS84 degrees, or null when the data has no point for it (the map counts it). */
  lat?: number | null;
  lon?: number | null;
  /** How exact the point is (null without a point). */
  geoPrecision?: GeoPrecision | null;
  /** Deaths per category column, in codebook order. */
  killed: Readonly<Record<string, number>>;
  /** Injured, or null when no source reports a number. */
  injured: number | null;
  /** A few words for annotations, e.g. "3 Chinese workers killed". */
  label: string;
  description: string;
  source: string;
  /** Its links; empty when the source has no public link (source_url says so, see `noPublicLink`). */
  sourceUrls: string[];
}
