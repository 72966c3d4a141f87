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
