/**
 * chart → render, for every chart at every width the story sets. Pure apart from reading the font:
 * data in, file contents out; nothing is written, so a failure here leaves charts/ as it was.
 */
import type { ChartId, Dataset } from "../dataset/types.js";
import { casualtiesByCategoryChart } from "../charts/casualtiesByCategory.js";
import { cumulativeDeathsChart } from "../charts/cumulativeDeaths.js";
import { incidentMapChart } from "../map/incidentMap.js";
import type { ChartOptions } from "../charts/options.js";
import type { PlotMemo } from "../charts/plotMemo.js";
import type { Warning } from "../input/problems.js";
import { chartVersion } from "../charts/dataVersion.js";
import { chartDocument } from "../charts/dom.js";
import { editionOf } from "../editions/edition.js";
import { mirrorForRightToLeft } from "../editions/rightToLeft.js";
import { halfWidthDots } from "../editions/chineseDots.js";
import { embedFontsFor } from "../render/embedFonts.js";
import type { Lang } from "../text/fonts.js";
import { separateHalos } from "../render/halos.js";
import { isolateStyles, type CapturedLooks } from "../render/isolateStyles.js";
import { drawnCharacters } from "../render/drawnCharacters.js";
import { renderedPlot, renderedPlotAt, StaleRenderedPlot } from "../charts/renderedPlot.js";
import { serializeSvgCapturing } from "../render/serialize.js";
import { plotGroupOf } from "../charts/frame.js";
import { darkColorMap } from "../style/darkScheme.js";
import { chartFileName, scopeClass, snippetContainer } from "../output/chartNames.js";

// What a chart's files, scopes and snippet wrapper are called is output/chartNames.ts's; exported here too, as before.
export { chartFileName, containerName, scopeClass, snippetContainer } from "../output/chartNames.js";

type Chart = (dataset: Dataset, options: ChartOptions) => SVGSVGElement;

export const charts: Record<ChartId, Chart> = {
  "cumulative-deaths": cumulativeDeathsChart,
  "casualties-by-category": casualtiesByCategoryChart,
  "incident-map": incidentMapChart,
};

/**
 * Every chart file, by file name, widest first; or, with `only`, the files of those of the story's widths
 * (named and versioned as in the whole set). Compromises a chart had to make go to onWarning; each file
 * goes to onChart as soon as it is done (so its PNGs can start drawing on another core). Files in `kept`
 * are taken as they are with the warnings they were drawn with, not drawn (nor passed to onChart).
 */
export async function renderCharts(
  dataset: Dataset,
  onWarning: (warning: Warning) => void = () => {},
  {
    onChart = () => {},
    only,
    kept,
    plots,
  }: {
    onChart?: (file: string, svg: string) => void;
    only?: readonly number[];
    kept?: ReadonlyMap<string, { content: string | Buffer; warnings: readonly Warning[] }>;
    /** Plots drawn before in this process (watch mode): a retitled chart is framed again, not drawn (charts/plotMemo.ts). */
    plots?: PlotMemo;
  } = {}
): Promise<Map<string, string>> {
  const widths = [...dataset.story.widths].sort((a, b) => b - a);
  const drawn = widths.filter((width) => !only || only.includes(width));
  const darkOf = dataset.story.darkMode ? darkColorMap(dataset.categories) : undefined;
  const files = new Map<string, string>();
  for (const id of Object.keys(charts) as ChartId[]) {
    // Style scopes carry a digest of what the chart reads, so different charts never clash inline on a page.
    const version = chartVersion(dataset, id);
    for (const width of drawn) {
      const file = chartFileName(id, width, widths);
      // An SVG whose inputs are unchanged since it was written (freshness/keptOutputs.ts) is not drawn again.
      const keep = kept?.get(file);
      if (keep !== undefined) {
        for (const warning of keep.warnings) onWarning(warning); // said again, as a build that draws it would
        files.set(file, keep.content.toString());
        continue;
      }
      const text = await drawFile(dataset, id, width, { widths, version, darkOf, plots, warn: (message) => onWarning({ file, message }) });
      files.set(file, text);
      onChart(file, text);
    }
  }
  return files;
}

/** One chart at one width, drawn (or framed around its remembered plot) and rendered to SVG text. */
async function drawFile(
  dataset: Dataset,
  id: ChartId,
  width: number,
  options: { widths: readonly number[]; version: string; darkOf: ReadonlyMap<string, string> | undefined; plots: PlotMemo | undefined; warn: (message: string) => void },
  retried = false
): Promise<string> {
  const { widths, version, darkOf, plots, warn } = options;
  // Said once the file is done: a chart drawn whole again (below) would say them twice.
  const warnings: string[] = [];
  // A screen version never leaves a label out: what has no room in the plot is listed in the key (ChartOptions).
  const svg = charts[id](dataset, { width, document: chartDocument(), warn: (message) => warnings.push(message), plots, labelsToKey: true });
  if (editionOf(dataset).dir === "rtl") mirrorForRightToLeft(svg, width);
  if (editionOf(dataset).lang === "zh") halfWidthDots(svg);
  const scope = scopeClass(id, width, version);
  separateHalos(svg);
  // Latin and Cyrillic editions embed Source Sans 3 as English does; Arabic and Chinese their font chain.
  if (dataset.story.embedFont) await embedFontsFor(svg, editionOf(dataset).lang as Lang);
  // A plot drawn here, not taken as rendered before, is remembered as rendered (charts/renderedPlot.ts).
  const group = plotGroupOf(svg);
  const capture = plots && group && !(group.firstElementChild && renderedPlotAt(group.firstElementChild)) ? group : undefined;
  let looks: CapturedLooks | undefined;
  try {
    looks = isolateStyles(svg, { scope, darkOf, width, container: snippetContainer(id, version, width, widths), capture, darkSelector: dataset.story.darkSelector });
  } catch (error) {
    // Once: with the rendering forgotten, the plot is taken as drawn, which cannot be stale.
    if (!(error instanceof StaleRenderedPlot) || !plots || retried) throw error;
    plots.forgetRendered(dataset, id, width);
    return drawFile(dataset, id, width, options, true);
  }
  const { text, captured } = serializeSvgCapturing(svg, capture);
  if (plots && capture && looks && captured !== undefined) {
    plots.keepRendered(dataset, id, width, renderedPlot(captured, scope, { ...looks, characters: drawnCharacters(capture) }));
  }
  for (const message of warnings) warn(message);
  return text;
}
