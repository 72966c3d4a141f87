import type { PlotMemo } from "./plotMemo.js";

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
}
