/**
 * What one chart's SVGs read of a dataset, as a digest: the data (categories, tallies, incidents) and the
 * story's settings and shared text (in its edition's language), with that chart's own headline and dek but not the other charts',
 * nor the list of widths (each SVG is one width) or print widths nor the article's figures (checked, never drawn). Its
 * first 8 characters are the version a chart's ids and style scopes carry, so different charts never
 * clash inline on a page; the whole digest is the chart's part of its SVGs' input digest
 * (freshness/outputKeys.ts), so an edit redraws exactly the charts that read what changed.
 */
import { chartIds, type ChartId, type ChartText, type Dataset } from "../dataset/types.js";
import { digestOf, incidentsDigest } from "../input/sourceDigest.js";

// Digesting a million incidents' source is cheap, but JSON of everything else is done once per dataset.
const digests = new WeakMap<Dataset, { chart: Map<ChartId, string>; plot: Map<ChartId, string> }>();

export function chartInputDigest(dataset: Dataset, id: ChartId): string {
  return byChart(dataset).chart.get(id)!;
}

/**
 * What a chart's plot reads: the same, less its own headline and dek, which only its frame prints (watch
 * mode takes a retitled chart's plot again: charts/plotMemo.ts).
 */
export function plotInputDigest(dataset: Dataset, id: ChartId): string {
  return byChart(dataset).plot.get(id)!;
}

function byChart(dataset: Dataset): { chart: Map<ChartId, string>; plot: Map<ChartId, string> } {
  let known = digests.get(dataset);
  if (!known) {
    // Print widths too: they draw PDFs of their own (build/printOutputs.ts), never a screen chart.
    const { widths: _widths, printWidths: _printWidths, socialCards: _socialCards, figures: _figures, charts, ...shared } = dataset.story;
    // A translated edition's words (its file, digested once) are part of it, so a translation edit redraws
    // that edition only, and two editions pasted on one page never share a scope.
    const { edition } = dataset;
    const language = edition && edition.lang !== "en" ? { lang: edition.lang, texts: edition.textsDigest } : {};
    // Made once for both digests: a translated edition's incidents are digested as JSON, slow at scale.
    const common = { story: shared, categories: dataset.categories, tallies: dataset.tallies, incidents: incidentsDigest(dataset.incidents), ...language };
    const digest = (text: object) => (chart: ChartId) => [chart, digestOf(JSON.stringify({ ...common, chart, text }))] as const;
    known = {
      chart: new Map(chartIds.map((chart) => digest(charts[chart])(chart))),
      plot: new Map(chartIds.map((chart) => digest(withoutTitles(charts[chart]))(chart))),
    };
    digests.set(dataset, known);
  }
  return known;
}

const withoutTitles = ({ headline: _headline, dek: _dek, ...rest }: ChartText): object => rest;

export function chartVersion(dataset: Dataset, id: ChartId): string {
  return chartInputDigest(dataset, id).slice(0, 8);
}
