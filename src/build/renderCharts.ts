/**
 * aggregate → chart → render, for every chart at every width. Pure: data in, file contents out;
 * nothing touches the disk, so a failure here leaves charts/ as it was.
 */
import type { ChartId, Dataset } from "../data/types.js";
import { casualtiesByCategoryChart } from "../charts/casualtiesByCategory.js";
import { cumulativeDeathsChart } from "../charts/cumulativeDeaths.js";
import type { ChartOptions } from "../charts/options.js";
import type { Warning } from "../load/problems.js";
import { createDocument } from "../render/dom.js";
import { serializeSvg } from "../render/serialize.js";

type Chart = (dataset: Dataset, options: ChartOptions) => SVGSVGElement;

export const charts: Record<ChartId, Chart> = {
  "cumulative-deaths": cumulativeDeathsChart,
  "casualties-by-category": casualtiesByCategoryChart,
};

/** Desktop first: the widest width gets the plain file name, the others say their width. */
export const defaultWidths = [640, 320] as const;

export function chartFileName(id: ChartId, width: number, widths: readonly number[]): string {
  return width === Math.max(...widths) ? `${id}.svg` : `${id}-${width}px.svg`;
}

/** Every chart file, by file name, in a fixed order. Compromises a chart had to make are passed to onWarning. */
export function renderCharts(
  dataset: Dataset,
  widths: readonly number[] = defaultWidths,
  onWarning: (warning: Warning) => void = () => {}
): Map<string, string> {
  const files = new Map<string, string>();
  for (const [id, chart] of Object.entries(charts) as [ChartId, Chart][]) {
    for (const width of widths) {
      const file = chartFileName(id, width, widths);
      const svg = chart(dataset, { width, document: createDocument(), warn: (message) => onWarning({ file, message }) });
      files.set(file, serializeSvg(svg));
    }
  }
  return files;
}
