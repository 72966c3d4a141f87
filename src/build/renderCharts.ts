/**
 * aggregate → chart → render, for every chart at every width. Pure: data in, file contents out;
 * nothing touches the disk, so a failure here leaves charts/ as it was.
 */
import type { ChartId, Dataset } from "../data/types.js";
import { casualtiesByCategoryChart } from "../charts/casualtiesByCategory.js";
import { cumulativeDeathsChart } from "../charts/cumulativeDeaths.js";
import { createDocument } from "../render/dom.js";
import { serializeSvg } from "../render/serialize.js";

type Chart = (dataset: Dataset, options: { width: number; document: Document }) => SVGSVGElement;

export const charts: Record<ChartId, Chart> = {
  "cumulative-deaths": cumulativeDeathsChart,
  "casualties-by-category": casualtiesByCategoryChart,
};

/** Desktop first: the widest width gets the plain file name, the others say their width. */
export const defaultWidths = [640, 320] as const;

export function chartFileName(id: ChartId, width: number, widths: readonly number[]): string {
  return width === Math.max(...widths) ? `${id}.svg` : `${id}-${width}px.svg`;
}

/** Every chart file, by file name, in a fixed order. */
export function renderCharts(dataset: Dataset, widths: readonly number[] = defaultWidths): Map<string, string> {
  const files = new Map<string, string>();
  for (const [id, chart] of Object.entries(charts) as [ChartId, Chart][]) {
    for (const width of widths) {
      const svg = chart(dataset, { width, document: createDocument() });
      files.set(chartFileName(id, width, widths), serializeSvg(svg));
    }
  }
  return files;
}
