/**
 * Each chart's social cards (charts/cardFrame.ts) in one edition: the chart drawn again at the card's
 * proportions and framed as a card, then drawn as a PNG by resvg in the light scheme, as the charts' PNGs
 * are (on the PNG worker, build/drawPng.ts). A card whose input digest the build record still holds, with
 * its bytes as written, is kept (freshness/outputKeys.ts), like any PNG.
 */
import { chartIds, type ChartId, type Dataset } from "../dataset/types.js";
import type { Warning } from "../input/problems.js";
import { cardFormatsFor, cardFrame, cardPlotWidth, type CardFormat, type Room } from "../charts/cardFrame.js";
import { chartDocument } from "../charts/dom.js";
import { editionOf } from "../editions/edition.js";
import { mirrorForRightToLeft } from "../editions/rightToLeft.js";
import { mapWidthFor } from "../map/mapProjection.js";
import { cardFileName } from "../output/chartNames.js";
import { separateHalos } from "../render/halos.js";
import { serializeSvg } from "../render/serialize.js";
import { layoutFor } from "../style/houseStyle.js";
import { fontFamilyList } from "../text/fonts.js";
import { charts } from "./renderCharts.js";
import { startPng } from "./exportCharts.js";

type Kept = ReadonlyMap<string, { content: string | Buffer; warnings: readonly Warning[] }>;

/** Every card file of an edition, in the order written: chart by chart, landscape then portrait. */
export function cardFiles(dataset: Dataset): { id: ChartId; format: CardFormat; file: string }[] {
  return chartIds.flatMap((id) => cardFormatsFor(dataset).map((format) => ({ id, format, file: cardFileName(id, format) })));
}

/**
 * An edition's cards as PNGs by file name: kept ones as they are (their warnings said again), the others
 * drawn now, or with `drawNow` false left out (watch mode draws them with the other PNGs it left for later).
 * `missing` limits drawing to those names (the ones left out before).
 */
export function editionCards(
  dataset: Dataset,
  kept: Kept,
  { drawNow = true, onRedraw = () => {}, onWarning = () => {} }: { drawNow?: boolean; onRedraw?: (file: string) => void; onWarning?: (warning: Warning) => void } = {}
): Map<string, Promise<Buffer>> {
  const lang = editionOf(dataset).lang;
  const pngs = new Map<string, Promise<Buffer>>();
  for (const { id, format, file } of cardFiles(dataset)) {
    const keep = kept.get(file);
    if (keep) {
      for (const warning of keep.warnings) onWarning(warning);
      pngs.set(file, Promise.resolve(typeof keep.content === "string" ? Buffer.from(keep.content) : keep.content));
      continue;
    }
    onRedraw(file);
    if (!drawNow) continue;
    pngs.set(file, startPng(cardSvg(dataset, id, format, (message) => onWarning({ file, message })), "light", lang));
  }
  return pngs;
}

/**
 * One card as SVG text. The plot is drawn for the card's width first; the running toll is drawn again at
 * the height the card's text leaves it, and the map at the width whose height fits that room, when the
 * first drawing was not that size. The bars keep the height their labels need (scaled down by the frame
 * where a landscape card has less).
 */
export function cardSvg(dataset: Dataset, id: ChartId, format: CardFormat, warn: (message: string) => void = () => {}): string {
  const edition = editionOf(dataset);
  const widest = cardPlotWidth(format);
  const chartWidth = (plotWidth: number) => plotWidth + 2 * layoutFor(plotWidth + 32, { fontEmbedded: dataset.story.embedFont }).padding;
  // The card's text keeps the layout of the widest plot, whatever width the plot is drawn at.
  const layout = layoutFor(chartWidth(widest), { fontEmbedded: dataset.story.embedFont, lang: edition.lang });
  let room: Room | undefined;
  const frame = cardFrame(format, layout, (given) => (room = given));
  let warnings: string[] = [];
  const draw = (plotWidth: number, plotHeight?: number) => {
    warnings = [];
    return charts[id](dataset, { width: chartWidth(plotWidth), document: chartDocument(), warn: (message) => warnings.push(message), plotHeight, frame });
  };
  let svg = draw(widest);
  const first = room!;
  if (id === "cumulative-deaths" && Math.floor(first.height) !== layout.plotHeight) svg = draw(widest, Math.floor(first.height));
  if (id === "incident-map") {
    const width = Math.min(widest, mapWidthFor(Math.floor(first.height)));
    if (width !== widest) svg = draw(width);
  }
  for (const message of warnings) warn(`social card ${format.name}: ${message}`);
  if (edition.dir === "rtl") mirrorForRightToLeft(svg, format.canvas.width);
  // resvg draws a card with the edition's fonts; Arabic and Chinese are named first, or it picks any face with the glyph (a regular for a bold).
  if (edition.lang === "ar" || edition.lang === "zh") svg.setAttribute("font-family", fontFamilyList(edition.lang));
  separateHalos(svg);
  return serializeSvg(svg);
}
