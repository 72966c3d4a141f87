/**
 * The outputs for outlets that take neither the snippet nor the screen PNGs: a print PDF per chart and
 * print width (render/printPdf.ts), drawn at the width that keeps its type at the print minimum, and an
 * outlined-text SVG beside each SVG (render/outlinedSvg.ts). Each is a pure function of what it is drawn
 * from, so each is remembered by that (watch mode draws a chart's print files again only when its chart
 * changed); a one-off build draws them with the set.
 */
import { chartIds, type ChartId, type Dataset } from "../dataset/types.js";
import { RecentMemo } from "../recentMemo.js";
import { chartInputDigest } from "../charts/dataVersion.js";
import { chartDocument } from "../charts/dom.js";
import { editionOf } from "../editions/edition.js";
import { mirrorForRightToLeft } from "../editions/rightToLeft.js";
import { digestOf } from "../input/sourceDigest.js";
import { separateHalos } from "../render/halos.js";
import { outlinedName, outlinedSvg } from "../render/outlinedSvg.js";
import { printPdf, printPdfName } from "../render/printPdf.js";
import { serializeSvg } from "../render/serialize.js";
import { defaultPrintWidths, printDrawingWidth, printedPt, printMinimumPt, roomierPrintWidths } from "../style/printStyle.js";
import { layoutFor } from "../style/houseStyle.js";
import { charts } from "./renderCharts.js";

// Two five-edition sets' worth of each.
const pdfs = new RecentMemo<Promise<PrintPdf>>(64);

/** A print PDF, and the compromises its chart made at the print width (a label left out…). */
export interface PrintPdf {
  name: string;
  pdf: Buffer;
  warnings: readonly string[];
}
const outlines = new RecentMemo<string>(64);

/** The print widths the story sets (mm), in the order it sets them. */
export function printWidthsOf(dataset: Dataset): readonly number[] {
  return dataset.story.printWidths ?? defaultPrintWidths;
}

/** The outlined SVGs and print PDFs an edition with these SVG files has, by name. */
export function* printFiles(dataset: Dataset, svgFiles: readonly string[]): Iterable<string> {
  for (const file of svgFiles) yield outlinedName(file);
  for (const id of chartIds) for (const widthMm of printWidthsOf(dataset)) yield printPdfName(id, widthMm);
}

/** A chart's print PDFs, by file name, in the story's order of print widths. */
export async function printPdfs(dataset: Dataset, id: ChartId, headline: string): Promise<PrintPdf[]> {
  return Promise.all(
    printWidthsOf(dataset).map(async (widthMm) => {
      const key = digestOf(JSON.stringify({ chart: chartInputDigest(dataset, id), widthMm, headline }));
      let pdf = pdfs.get(key);
      if (!pdf) {
        pdfs.set(key, (pdf = drawPdf(dataset, id, widthMm, headline)));
        pdf.catch(() => pdfs.delete(key));
      }
      return pdf;
    })
  );
}

async function drawPdf(dataset: Dataset, id: ChartId, widthMm: number, headline: string): Promise<PrintPdf> {
  const warnings: string[] = [];
  const svg = printSvg(dataset, id, widthMm, (message) => warnings.push(message));
  return { name: printPdfName(id, widthMm), pdf: await printPdf(svg, { widthMm, date: dataset.story.asOf, title: headline }), warnings };
}

/** The chart drawn for a print width (light scheme, no embedded font: the PDF embeds its own), as SVG text. */
export function printSvg(dataset: Dataset, id: ChartId, widthMm: number, warn: (message: string) => void = () => {}): string {
  const { lang, dir } = editionOf(dataset);
  // The smallest type a chart sets at this width (notes and source), which must print at the minimum.
  const probe = layoutFor(printDrawingWidth(widthMm, 12), { fontEmbedded: true, lang });
  const smallest = Math.min(...[probe.headline, probe.dek, probe.label, probe.labelStrong, probe.value, probe.note, probe.annotation].map(({ size }) => size));
  const floor = printDrawingWidth(widthMm, smallest);
  // Drawn at the 7 pt width, or wider where that leaves something out (roomierPrintWidths).
  const widths = [floor, ...roomierPrintWidths.filter((wider) => wider > floor)];
  let width = floor;
  let said: string[] = [];
  let svg: SVGSVGElement | undefined;
  for (width of widths) {
    said = [];
    svg = charts[id](dataset, { width, document: chartDocument(), warn: (message) => said.push(message) });
    if (!said.some((message) => /left out/.test(message))) break;
  }
  if (width > floor) warn(`drawn at ${width} px rather than ${floor} px to keep every label, so its smallest type prints at ${printedPt(smallest, widthMm, width).toFixed(1)} pt, under the ${printMinimumPt} pt floor`);
  for (const message of said) warn(message);
  if (dir === "rtl") mirrorForRightToLeft(svg!, width);
  separateHalos(svg!);
  return serializeSvg(svg!);
}

/** The SVG with its text as outlines, remembered by the SVG's bytes. */
export function outlinedVersion(svg: string): string {
  const key = digestOf(svg);
  let outlined = outlines.get(key);
  if (outlined === undefined) outlines.set(key, (outlined = outlinedSvg(svg)));
  return outlined;
}
