import type { IncidentTable } from "../dataset/incidentTable.js";
import type { Category } from "../dataset/types.js";
import { remembered } from "./remember.js";

export interface CategoryTotal {
  category: Category;
  killed: number;
}

/** Deaths per codebook category, in codebook order; categories with no deaths are kept at 0. */
export const deathsByCategory = remembered((incidents, categories) => computeDeathsByCategory(incidents, categories));

function computeDeathsByCategory(incidents: IncidentTable, categories: readonly Category[]): CategoryTotal[] {
  return categories.map((category) => ({ category, killed: incidents.killed(category.column).reduce((sum, n) => sum + n, 0) }));
}
