/**
 * The house style for print (the PDFs for newspaper pages): column widths, the smallest type, and the
 * CMYK inks every screen colour becomes. Print always uses the light scheme: paper is white.
 */
import { colors } from "./houseStyle.js";

/**
 * Print column widths in mm when story.json sets none: one and two columns of a US broadsheet's
 * six-column grid, the common measure wire graphics are sized to. One column is 11 picas (132 pt,
 * 46.6 mm: "about 11 picas wide — about 1.83 inches (46 mm)", Wikipedia, "Column inch"); two columns are
 * 23 picas 3 points (279 pt, 98.4 mm: two columns and the 1p3 gutter between them).
 */
export const defaultPrintWidths: readonly number[] = [46.6, 98.4];

/** The narrowest and widest print width story.json may set (a half-column; a broadsheet's full width). */
export const printWidthRange = { min: 40, max: 330 } as const;

/**
 * The smallest type on a printed chart, in pt: the chart's smallest text (the notes and source, 12 px)
 * is set at no less than this. 7 pt is the usual floor for a graphic's small print on newsprint;
 * below it, thin strokes fill in.
 */
export const printMinimumPt = 7;

export const ptPerMm = 72 / 25.4;

/**
 * The width in px a chart is drawn at for a print column, so that `smallestPx` of type prints at
 * `printMinimumPt` or more: the PDF scales the drawing to the column, never the type below the floor.
 */
export function printDrawingWidth(widthMm: number, smallestPx: number): number {
  return Math.floor((widthMm * ptPerMm * smallestPx) / printMinimumPt);
}

/**
 * Wider drawings tried, in turn, for a column whose 7 pt drawing has to leave a label out (a crowded map,
 * a long Russian running total in one column): a headline figure or a place's name is never given up for
 * type size, so the chart is drawn wider and its type prints smaller, and the build says so.
 */
export const roomierPrintWidths = [280, 320, 360, 400] as const;

/** The size in pt `smallestPx` of type prints at in a column `widthMm` wide, drawn `drawnPx` wide. */
export function printedPt(smallestPx: number, widthMm: number, drawnPx: number): number {
  return (smallestPx * widthMm * ptPerMm) / drawnPx;
}

/** A CMYK colour in percent of each ink (what PDFKit takes for DeviceCMYK). */
export type Cmyk = [c: number, m: number, y: number, k: number];

/**
 * The screen colours that print as something other than their plain conversion (below). Text is
 * solid black ink alone: small type in four inks blurs when the plates do not line up exactly.
 */
const printOverrides: ReadonlyMap<string, Cmyk> = new Map([[colors.text, [0, 0, 0, 100]]]);

/**
 * A screen colour (#rrggbb) as CMYK ink percentages, whole numbers. The plain device conversion
 * (no ICC profile: a press's own profile does the rest): K = 1 − max(R, G, B), each other ink
 * (1 − channel − K) / (1 − K). Greys so become black ink alone, and every screen colour, the codebook's
 * category colours included, has exactly one print colour.
 */
export function printColor(hex: string): Cmyk {
  const key = hex.toLowerCase();
  const override = printOverrides.get(key);
  if (override) return override;
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(key);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((channel) => parseInt(channel, 16) / 255) as [number, number, number];
  const k = 1 - Math.max(r, g, b);
  if (k >= 1) return [0, 0, 0, 100];
  const ink = (channel: number) => Math.round(((1 - channel - k) / (1 - k)) * 100);
  return [ink(r), ink(g), ink(b), Math.round(k * 100)];
}
