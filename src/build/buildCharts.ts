/**
 * The whole build short of writing: load → validate → aggregate → check → chart → render → export.
 * Throws a DataError (every problem, located) when the data cannot be charted or disagrees with the
 * story's own figures; returns the files and any warnings otherwise.
 */
import type { Dataset } from "../dataset/types.js";
import { buildEditions } from "./buildEditions.js";
import type { Build, Keep } from "./buildSvgs.js";

export type { Build, Keep } from "./buildSvgs.js";

/**
 * The English edition alone (build/buildEditions.ts draws every edition the same way). `read` is the
 * data folder already read, if it is.
 */
export async function buildCharts(
  dataDir: string,
  { read, keep, pngsLater = false }: { read?: Promise<Dataset>; keep?: Keep; pngsLater?: boolean } = {}
): Promise<Build> {
  return buildEditions(dataDir, { read, keep, pngsLater, translated: [] });
}
