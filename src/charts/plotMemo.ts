/**
 * Plot drawings remembered between watch mode's rewrites. A chart is a plot (scales, marks, placed
 * labels: most of its drawing time) inside a frame of text (headline, dek, notes, source, credit). A
 * retitled chart reads the same data, settings and words for its plot as before, so its plot is taken
 * again rather than drawn: the French map's headline edit drew the map twice over for nothing.
 *
 * A plot is remembered by a digest of everything its chart reads except its own headline and dek
 * (render/dataVersion.ts, plotInputDigest) and its width. The frame is what reads those two; so if a plot
 * ever read them, the snapshot tests of one-off builds (which remember nothing) and watch mode's sets
 * (compared with forced builds in test/editions/editionPages.test.ts) would part. Warnings a plot gave
 * are given again when it is taken, as drawing it would.
 */
import type { ChartId, Dataset } from "../data/types.js";
import { plotInputDigest } from "../render/dataVersion.js";
import type { ChartOptions } from "./options.js";
import { RecentMemo } from "../freshness/recentMemo.js";

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
}

/** Three charts at two widths in five editions, twice over (a rewrite may go back to what it was). */
export class PlotMemo extends RecentMemo<Remembered> {
  constructor() {
    super(64);
  }
}

/** `draw`'s plot, or with `options.plots` a copy of the one drawn before from the same inputs. */
export function rememberedPlot<Extra>(
  dataset: Dataset,
  id: ChartId,
  { width, warn, plots }: ChartOptions,
  draw: (warn: (message: string) => void) => PlotDrawing<Extra>
): PlotDrawing<Extra> {
  const say = warn ?? (() => {});
  if (!plots) return draw(say);
  const key = `${plotInputDigest(dataset, id)} ${width}`;
  const known = plots.get(key);
  if (known) {
    for (const message of known.warnings) say(message);
    return { plot: known.plot.cloneNode(true) as SVGSVGElement, extra: structuredClone(known.extra) as Extra };
  }
  const warnings: string[] = [];
  const drawing = draw((message) => {
    warnings.push(message);
    say(message);
  });
  plots.set(key, { plot: drawing.plot.cloneNode(true) as SVGSVGElement, extra: structuredClone(drawing.extra), warnings });
  return drawing;
}
