import type { PlotMemo } from "./plotMemo.js";
import type { Layout } from "../style/houseStyle.js";
import type { FrameText } from "./frame.js";

/** What puts a drawn plot in its frame of text: the chart's frame (charts/frame.ts) or a social card's (charts/cardFrame.ts). */
export type Framer = (document: Document, layout: Layout, text: FrameText, plot: SVGSVGElement) => SVGSVGElement;

/** What every chart function takes besides the data. */
export interface ChartOptions {
  /** Width of the whole chart in px; the layout adapts to it (see style/houseStyle.ts). */
  width: number;
  /** The DOM document to draw into (jsdom in Node). */
  document: Document;
  /** Called when the chart had to compromise, e.g. a label with no clear spot. */
  warn?: ((message: string) => void) | undefined;
  /** Plots drawn before in this process, taken again when their inputs are the same (watch mode; charts/plotMemo.ts). */
  plots?: PlotMemo | undefined;
  /** The plot's height where the chart can take any (the running toll), instead of the layout's: a social card's room. */
  plotHeight?: number | undefined;
  /** The frame around the plot; the chart's own (frameChart) when absent. */
  frame?: Framer | undefined;
  /**
   * A label the plot has no clear spot for (a line's end label, a district's name) is listed in the key
   * under the plot, which grows downward, instead of being left out with a warning. Every screen version
   * (build/renderCharts.ts): at 240 px later incidents leave some labels no room. Print leaves it off and
   * draws the chart wider instead (build/printOutputs.ts), as do social cards. Plots are remembered
   * (plotMemo.ts) only for screen versions, so the memo never mixes the two.
   */
  labelsToKey?: boolean | undefined;
}
