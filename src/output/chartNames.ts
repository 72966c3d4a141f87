/**
 * What a chart's outputs are called: its file at each width, the class that scopes its styles and
 * prefixes its ids, and the snippet's wrapper around its versions. The render step (build/renderCharts.ts),
 * the exports and the build record (freshness/outputKeys.ts) all name them the same way from here.
 */
import type { ChartId } from "../dataset/types.js";
import type { CardFormat } from "../charts/cardFrame.js";
import { legibleFrom } from "../style/houseStyle.js";

/** The widest width gets the plain file name (the default embed); the others say their width. */
export function chartFileName(id: ChartId, width: number, widths: readonly number[]): string {
  return width === Math.max(...widths) ? `${id}.svg` : `${id}-${width}px.svg`;
}

/**
 * The class that scopes a chart's dark-mode rules to it, and the prefix of its ids: short, since every rule
 * repeats it, but unique to the chart ("cd" for cumulative-deaths), its width and its data. "cd640-1a2b3c4d".
 */
export function scopeClass(id: ChartId, width: number, version: string): string {
  return `${id.split("-").map((word) => word[0]).join("")}${width}-${version}`;
}

/** The name of the snippet's wrapper around every version of a chart ("cd-1a2b3c4d"). */
export function containerName(id: ChartId, version: string): string {
  return `${id.split("-").map((word) => word[0]).join("")}-${version}`;
}

/**
 * The wrapper widths each version is shown at in the snippet: from the narrowest width at which its
 * smallest text (12 px notes) still reads at the house minimum (10 px) or more, up to where the next wider
 * version takes over. With the default widths: 640 px from 534 px, 320 px from 267 px, 240 px below (at
 * 10 px down to a 200 px column).
 */
export function snippetContainer(id: ChartId, version: string, width: number, widths: readonly number[]) {
  const ascending = [...widths].sort((a, b) => a - b);
  const i = ascending.indexOf(width);
  const from = legibleFrom;
  return {
    name: containerName(id, version),
    minWidth: i === 0 ? undefined : from(width),
    maxWidth: i === ascending.length - 1 ? undefined : from(ascending[i + 1]!),
  };
}

/** A chart's social card in one format ("cumulative-deaths.card-1200x675.png"), and its alt text beside it. */
export function cardFileName(id: ChartId, format: CardFormat): string {
  return `${id}.card-${format.name}.png`;
}

export function cardAltFileName(id: ChartId, format: CardFormat): string {
  return cardFileName(id, format).replace(/\.png$/, ".alt.txt");
}
