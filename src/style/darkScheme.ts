import type { Category } from "../dataset/types.js";
import { RecentMemo } from "../recentMemo.js";
import { withContrast } from "./contrast.js";
import { categoryContrast, colors, darkColors, darkMapColors, mapColors, type ColorRole } from "./houseStyle.js";

/**
 * Light colour → dark colour for everything a chart may draw: the house roles, and each codebook
 * category lightened just enough to keep a mark's contrast on the dark background.
 */
export function darkColorMap(categories: readonly Category[]): ReadonlyMap<string, string> {
  // Worked out once per set of category colours: watch mode draws with the same ones on every save.
  const key = categories.map(({ color }) => color.toLowerCase()).join(" ");
  let map = made.get(key);
  if (!map) made.set(key, (map = colorMap(categories)));
  return map;
}

// A palette is edited now and then in a watch session; a few are kept.
const made = new RecentMemo<ReadonlyMap<string, string>>(8);

function colorMap(categories: readonly Category[]): Map<string, string> {
  const map = new Map<string, string>((Object.keys(colors) as ColorRole[]).map((role) => [colors[role], darkColors[role]]));
  for (const { color } of categories) {
    const light = color.toLowerCase();
    if (!map.has(light)) map.set(light, withContrast(light, darkColors.background, categoryContrast));
  }
  // After the categories, so the other charts' colour classes stay as they were.
  for (const [role, light] of Object.entries(mapColors) as [keyof typeof mapColors, string][]) if (!map.has(light)) map.set(light, darkMapColors[role]);
  return map;
}
