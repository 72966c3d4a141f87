/**
 * events.csv's lat, lon and geo_precision: decimal degrees in range, a precision word from the codebook,
 * both coordinates or neither, and a point inside Tajikistan or Afghanistan, the two countries the story
 * covers (Natural Earth boundaries, src/geo). A row with no point is valid: the map counts it as unplaced
 * and the build warns (figures/dataWarnings.ts).
 */
import * as z from "zod";
import { geoPrecisions, type GeoPrecision } from "../../dataset/types.js";
import { storyCountryAt } from "../boundaries.js";
import type { Problem } from "../problems.js";
import type { CellRule } from "./cellRules.js";

const decimal = /^-?\d{1,3}(\.\d{1,7})?$/;

const degrees = (max: number, what: string, example: string) =>
  z
    .string()
    .refine((cell) => cell === "" || (decimal.test(cell) && Math.abs(Number(cell)) <= max), `${what} in decimal degrees from -${max} to ${max}, such as ${example}, or an empty cell when no source places the incident`)
    .transform((cell) => (cell === "" ? null : Number(cell)));

const quickDegrees = (max: number) => (cell: string) => (cell === "" ? null : decimal.test(cell) && Math.abs(Number(cell)) <= max ? Number(cell) : undefined);

export const latCell: CellRule<number | null> = { schema: degrees(90, "a latitude (north positive)", "37.84"), quick: quickDegrees(90) };
export const lonCell: CellRule<number | null> = { schema: degrees(180, "a longitude (east positive)", "70.04"), quick: quickDegrees(180) };

const precisionWords = geoPrecisions.join(", ");
export const geoPrecisionCell: CellRule<GeoPrecision | null> = {
  schema: z
    .string()
    .refine((cell) => cell === "" || (geoPrecisions as readonly string[]).includes(cell), `one of ${precisionWords} (how exact the point is; see data/README.md), or an empty cell when there is no point`)
    .transform((cell) => (cell === "" ? null : (cell as GeoPrecision))),
  quick: (cell) => (cell === "" ? null : (geoPrecisions as readonly string[]).includes(cell) ? (cell as GeoPrecision) : undefined),
};

/** Problems across a valid row's three cells, located at the cell to fix. */
export function pointProblems(
  point: { lat: number | null; lon: number | null; precision: GeoPrecision | null },
  written: { lat: string; lon: string },
  where: { file: string; line: number }
): Problem[] {
  const { lat, lon, precision } = point;
  if (lat === null && lon === null) {
    return precision === null ? [] : [{ ...where, column: "lat", value: "", expected: `a point (lat and lon) for geo_precision "${precision}", or an empty geo_precision` }];
  }
  if (lat === null || lon === null) {
    const column = lat === null ? "lat" : "lon";
    return [{ ...where, column, value: "", expected: "both lat and lon, or neither (leave both empty when no source places the incident)" }];
  }
  const problems: Problem[] = [];
  if (precision === null) problems.push({ ...where, column: "geo_precision", value: "", expected: `how exact the point is: one of ${precisionWords}` });
  if (!storyCountryAt(lon, lat)) {
    const swapped = storyCountryAt(lat, lon) ? " (lat and lon look swapped: lat is the smaller number here, about 29 to 41)" : "; check the signs and the order, lat then lon";
    problems.push({ ...where, column: "lat", value: `${written.lat}, ${written.lon}`, expected: `a point inside Tajikistan or Afghanistan, the countries the story covers${swapped}` });
  }
  return problems;
}

/**
 * The point each district has, from its first `district`-precision row: a district has one point (the map
 * groups its incidents' circles around it), so a second row giving that district another point is a
 * mistake, found at the later row and naming the first. Keyed by region and district, as a district name
 * may repeat in another region.
 */
export class DistrictPoints {
  private points = new Map<string, { lat: number; lon: number; written: string; line: number }>();

  /** A problem when this row's district already has another point; remembers the point otherwise. */
  check(
    row: { region: string; district: string; lat: number | null; lon: number | null; precision: GeoPrecision | null },
    written: { lat: string; lon: string },
    where: { file: string; line: number }
  ): Problem | undefined {
    const { lat, lon, precision } = row;
    if (precision !== "district" || lat === null || lon === null) return undefined;
    const key = `${row.region}\u0000${row.district}`;
    const first = this.points.get(key);
    if (!first) {
      this.points.set(key, { lat, lon, written: `${written.lat}, ${written.lon}`, line: where.line });
      return undefined;
    }
    if (first.lat === lat && first.lon === lon) return undefined;
    return {
      ...where,
      column: "lat",
      value: `${written.lat}, ${written.lon}`,
      expected:
        `the district's point as line ${first.line} gives it (${first.written}): both rows have geo_precision "district" in ${row.district}, ${row.region}, ` +
        "and a district has one point. Use the same point in both, or a finer precision (near, exact) for a place a source names",
    };
  }
}
