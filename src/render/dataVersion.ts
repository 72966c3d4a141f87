/**
 * What one chart's SVGs read of a dataset, as a digest: the data (categories, tallies, incidents) and the
 * story's settings and shared text (in its edition's language), with that chart's own headline and dek but not the other charts',
 * nor the list of widths (each SVG is one width) nor the article's figures (checked, never drawn). Its
 * first 8 characters are the version a chart's ids and style scopes carry, so different charts never
 * clash inline on a page; the whole digest is the chart's part of its SVGs' input digest
 * (freshness/outputKeys.ts), so an edit redraws exactly the charts that read what changed.
 */
import { chartIds, type ChartId, type ChartText, type Dataset } from "../data/types.js";
import { digestOf, incidentsDigest } from "../load/sourceDigest.js";

// Digesting a million incidents' source is cheap, but JSON of everything else is done once per dataset.
const digests = new WeakMap<Dataset, Map<ChartId, string>>();
const plotDigests = new WeakMap<Dataset, Map<ChartId, string>>();

export function chartInputDigest(dataset: Dataset, id: ChartId): string {
  return byChart(dataset, digests, (text) => text).get(id)!;
}

/**
 * What a chart's plot reads: the same, less its own headline and dek, which only its frame prints (watch
 * mode takes a retitled chart's plot again: charts/plotMemo.ts).
 */
export function plotInputDigest(dataset: Dataset, id: ChartId): string {
  return byChart(dataset, plotDigests, ({ headline: _headline, dek: _dek, ...rest }) => rest).get(id)!;
}

function byChart(dataset: Dataset, cache: WeakMap<Dataset, Map<ChartId, string>>, read: (text: ChartText) => object): Map<ChartId, string> {
  let byChart = cache.get(dataset);
  if (!byChart) {
    const { widths: _widths, figures: _figures, charts, ...shared } = dataset.story;
    // A translated edition's words (its file, digested once) are part of it, so a translation edit redraws
    // that edition only, and two editions pasted on one page never share a scope.
    const { edition } = dataset;
    const language = edition && edition.lang !== "en" ? { lang: edition.lang, texts: edition.textsDigest } : {};
    const common = { story: shared, categories: dataset.categories, tallies: dataset.tallies, incidents: incidentsDigest(dataset.incidents), ...language };
    byChart = new Map(chartIds.map((chart) => [chart, digestOf(JSON.stringify({ ...common, chart, text: read(charts[chart]) }))]));
    cache.set(dataset, byChart);
  }
  return byChart;
}

export function chartVersion(dataset: Dataset, id: ChartId): string {
  return chartInputDigest(dataset, id).slice(0, 8);
}
