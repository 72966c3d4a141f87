/**
 * Plot drawings remembered between watch mode's rewrites. A chart is a plot (scales, marks, placed
 * labels: most of its drawing time) inside a frame of text (headline, dek, notes, source, credit). A
 * retitled chart reads the same data, settings and words for its plot as before, so its plot is taken
 * again rather than drawn: the French map's headline edit drew the map twice over for nothing.
 *
 * A plot is remembered by a digest of everything its chart reads except its own headline and dek
 * (charts/dataVersion.ts, plotInputDigest) and its width. The frame is what reads those two; so if a plot
 * ever read them, the snapshot tests of one-off builds (which remember nothing) and watch mode's sets
 * (compared with forced builds in test/build/editionPages.test.ts) would part. Warnings a plot gave
 * are given again when it is taken, as drawing it would.
 *
 * Once a plot has been rendered inside its chart, the memo keeps that too (charts/renderedPlot.ts), and
 * a retitled chart is framed around a stand-in for it: its marks are not rendered again either.
 */
import type { ChartId, Dataset } from "../dataset/types.js";
import { plotInputDigest } from "./dataVersion.js";
import { RecentMemo } from "../recentMemo.js";
import { standInFor, type RenderedPlot } from "./renderedPlot.js";

export interface PlotDrawing<Extra> {
  plot: SVGSVGElement;
  /** What the frame needs from the drawing (a key of numbered incidents…): plain data, copied in and out of the memo. */
  extra: Extra;
}

interface Remembered {
  /** A copy no chart holds: the frame moves a plot's marks into itself. */
  plot: SVGSVGElement;
  extra: unknown;
  warnings: string[];
  /** The plot as rendering left it, once a chart around it has been rendered. */
  rendered?: RenderedPlot | undefined;
}

/** Three charts at two widths in five editions, twice over (a rewrite may go back to what it was). */
export class PlotMemo extends RecentMemo<Remembered> {
  constructor() {
    super(64);
  }

  /** Keeps how the plot drawn for this chart and width was rendered (renderCharts.ts). */
  keepRendered(dataset: Dataset, id: ChartId, width: number, rendered: RenderedPlot): void {
    const known = super.get(plotKey(dataset, id, width));
    if (known) known.rendered = rendered;
  }

  /** Frames this chart around its plot's drawing again, not its rendering (the looks before it changed). */
  forgetRendered(dataset: Dataset, id: ChartId, width: number): void {
    const known = super.get(plotKey(dataset, id, width));
    if (known) delete known.rendered;
  }
}

const plotKey = (dataset: Dataset, id: ChartId, width: number) => `${plotInputDigest(dataset, id)} ${width}`;

/** What rememberedPlot reads of a chart's options (options.ts's ChartOptions has them; named here, not imported, so the two files do not import each other). */
interface MemoOptions {
  width: number;
  warn?: ((message: string) => void) | undefined;
  plots?: PlotMemo | undefined;
}

/** `draw`'s plot, or with `options.plots` a copy of the one drawn before from the same inputs. */
export function rememberedPlot<Extra>(
  dataset: Dataset,
  id: ChartId,
  { width, warn, plots }: MemoOptions,
  draw: (warn: (message: string) => void) => PlotDrawing<Extra>
): PlotDrawing<Extra> {
  const say = warn ?? (() => {});
  if (!plots) return draw(say);
  const key = plotKey(dataset, id, width);
  const known = plots.get(key);
  if (known) {
    for (const message of known.warnings) say(message);
    const extra = structuredClone(known.extra) as Extra;
    if (!known.rendered) return { plot: known.plot.cloneNode(true) as SVGSVGElement, extra };
    // The plot's own attributes (its size, inherited fill), and one stand-in for all its marks.
    const plot = known.plot.cloneNode(false) as SVGSVGElement;
    plot.append(standInFor(plot.ownerDocument, known.rendered));
    return { plot, extra };
  }
  const warnings: string[] = [];
  const drawing = draw((message) => {
    warnings.push(message);
    say(message);
  });
  plots.set(key, { plot: drawing.plot.cloneNode(true) as SVGSVGElement, extra: structuredClone(drawing.extra), warnings });
  return drawing;
}
