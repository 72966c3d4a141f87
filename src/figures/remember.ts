import type { IncidentTable } from "../dataset/incidentTable.js";
import type { Category } from "../dataset/types.js";

/**
 * Each chart, its text and its exports ask for the same aggregates of the same rows; with hundreds of
 * thousands of incidents, computing each once per dataset matters. Keyed by the table and codebook
 * themselves, so a new dataset (or an edited one, in watch mode) is computed afresh and the old results are
 * collected.
 */
export function remembered<T>(compute: (incidents: IncidentTable, categories: readonly Category[]) => T) {
  const cache = new WeakMap<IncidentTable, WeakMap<readonly Category[], T>>();
  return (incidents: IncidentTable, categories: readonly Category[]): T => {
    let byCategories = cache.get(incidents);
    if (!byCategories) cache.set(incidents, (byCategories = new WeakMap()));
    let result = byCategories.get(categories);
    // Frozen: a caller that sorted the shared result in place would reorder it for every other caller.
    if (result === undefined) byCategories.set(categories, (result = Object.freeze(compute(incidents, categories))));
    return result;
  };
}
