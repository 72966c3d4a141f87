/**
 * A social card: the chart laid out again for a feed's fixed picture (1200 × 675 landscape, 1080 × 1350
 * portrait), not cropped from the chart's PNG, whose tall frame a 1.91:1 crop cut through the headline,
 * a note and the source. A card carries the headline, the plot drawn for the room the card leaves it, the
 * dek and the key where they fit, the source line and the credit as the charts print them. The notes stay
 * with the chart (the article shows it); the card's alt text says what the plot shows.
 *
 * Laid out left to right; an Arabic card is mirrored after (editions/rightToLeft.ts), as the charts are,
 * with its plot put on the right here. Where the text goes decides the room left for the plot, which the
 * frame reports: build/renderCards.ts draws the plot again at that size when its first drawing was not.
 */
import type { Layout, TextStyle } from "../style/houseStyle.js";
import { colors, fallbackFonts } from "../style/houseStyle.js";
import { svgElement } from "./dom.js";
import { appendKey, plotGroup, type FrameText } from "./frame.js";
import { appendTextBlock, textStyleAttributes } from "./textBlock.js";
import type { Framer } from "./options.js";
import type { Dataset } from "../dataset/types.js";
import { wrapBalanced, wrapText } from "../text/wrap.js";

export interface CardFormat {
  /** In the card's file name: its size in pixels. */
  name: string;
  /** The PNG's size in pixels. */
  pixels: { width: number; height: number };
  /**
   * The size the card is laid out at, in px: the pixels at 1.5× (landscape) or 2×, so the type is as
   * large on the picture as a feed's thumbnail needs and the plot still gets a desktop layout.
   */
  canvas: { width: number; height: number };
  /** Landscape: the dek, key, source and credit in a column beside the plot; portrait: above and below it. */
  side: boolean;
}

export const cardFormats: readonly CardFormat[] = [
  { name: "1200x675", pixels: { width: 1200, height: 675 }, canvas: { width: 800, height: 450 }, side: true },
  { name: "1080x1350", pixels: { width: 1080, height: 1350 }, canvas: { width: 540, height: 675 }, side: false },
];

/** The formats a story's cards are drawn in: none where the story turns its cards off (`socialCards`). */
export function cardFormatsFor(dataset: Dataset): readonly CardFormat[] {
  return dataset.story.socialCards === false ? [] : cardFormats;
}

/** The card's own margins and the column beside a landscape card's plot, in the card's px. */
const padding = 18;
const sideColumn = 220;
const gutter = 20;

/** A box on the card, in its px. */
export interface Room {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The card's size in its px. */
export function cardSize(format: CardFormat): { width: number; height: number } {
  return format.canvas;
}

/** How wide the plot may be on a card, whatever its text: the chart is drawn at this width plus its padding. */
export function cardPlotWidth(format: CardFormat): number {
  const { width } = cardSize(format);
  return format.side ? width - 2 * padding - sideColumn - gutter : width - 2 * padding;
}

interface CardText {
  headline: string[];
  dek: string[];
  source: string[];
  credit: string[];
}

/** Where each block goes and the room left for the plot. */
interface CardPlan {
  lines: CardText;
  /** The dek is left out where it would leave the plot too little room. */
  withDek: boolean;
  headlineTop: number;
  dekTop: number;
  keyTop: number;
  sourceTop: number;
  plot: Room;
  /** The text column's left edge and width (the whole width on a portrait card). */
  column: { x: number; width: number };
  /** Where the source and credit go: the text column, or across the card under the plot and column. */
  footer: { x: number; width: number };
}

/** The smallest height a plot is given before the dek makes way for it. */
const minimumPlotHeight = { side: 260, stacked: 260 };

function plan(format: CardFormat, layout: Layout, text: FrameText, keyHeight: (measure: number) => number): CardPlan {
  const { width, height } = cardSize(format);
  const full = width - 2 * padding;
  const column = format.side ? { x: width - padding - sideColumn, width: sideColumn } : { x: padding, width: full };
  const across = { x: padding, width: full };
  const lines = (withDek: boolean, footer: { width: number }): CardText => ({
    headline: wrapBalanced(text.headline, full, layout.headline),
    dek: withDek ? wrapBalanced(text.dek, column.width, layout.dek) : [],
    source: wrapText(text.sourceLine ?? `Source: ${text.source}`, footer.width, layout.note),
    credit: wrapText(text.credit, footer.width, layout.note),
  });
  const blockHeight = (block: string[], style: TextStyle) => block.length * style.lineHeight;
  // A long source line (a key as long) that leaves the side column no room runs across the card instead.
  const layOut = (withDek: boolean, footerAcross = false): CardPlan => {
    const footerColumn = footerAcross ? across : column;
    const card = lines(withDek, footerColumn);
    const headlineTop = padding;
    const bodyTop = headlineTop + blockHeight(card.headline, layout.headline) + 12;
    const key = text.key?.length ? keyHeight(column.width) : 0;
    const footer = blockHeight(card.source, layout.note) + blockHeight(card.credit, layout.note);
    const sourceTop = height - padding - footer;
    if (format.side) {
      const plotWidth = cardPlotWidth(format);
      const plotX = text.dir === "rtl" ? width - padding - plotWidth : padding;
      const dekHeight = blockHeight(card.dek, layout.dek);
      const plotBottom = footerAcross ? sourceTop - 12 : height - padding;
      return { lines: card, withDek, headlineTop, dekTop: bodyTop, keyTop: bodyTop + (dekHeight ? dekHeight + 10 : 0), sourceTop, plot: { x: plotX, y: bodyTop, width: plotWidth, height: plotBottom - bodyTop }, column, footer: footerColumn };
    }
    const dekTop = bodyTop - 8;
    const plotTop = dekTop + blockHeight(card.dek, layout.dek) + (card.dek.length ? 14 : 0);
    const keyTop = sourceTop - 8 - (key ? key + 4 : 0);
    return { lines: card, withDek, headlineTop, dekTop, keyTop, sourceTop, plot: { x: padding, y: plotTop, width: full, height: keyTop - 12 - plotTop }, column, footer: footerColumn };
  };
  const withDek = layOut(true);
  const minimum = format.side ? minimumPlotHeight.side : minimumPlotHeight.stacked;
  // In the side column the dek competes with the key and the source, not with the plot.
  const columnFull = (card: CardPlan) => card.keyTop + (text.key?.length ? keyHeight(column.width) : 0) > card.sourceTop - 10;
  if (!format.side) return withDek.plot.height < minimum ? layOut(false) : withDek;
  if (!columnFull(withDek)) return withDek;
  const withoutDek = layOut(false);
  return columnFull(withoutDek) ? layOut(false, true) : withoutDek;
}

function measureKey(document: Document, text: FrameText, layout: Layout, measure: number): number {
  return appendKey(svgElement(document, "g"), text.key ?? [], layout, 0, { measure });
}

/**
 * The frame (charts/options.ts, Framer) of a card in this format, its text set in `layout` (the card's,
 * whatever width the plot inside is drawn at): `onRoom` hears the room the plot was given, so the caller
 * can tell whether the plot was drawn at that size. A plot taller or wider than its room (bars whose
 * labels need more height than a landscape card has) is scaled down to fit it; either way it is centred
 * across and set at the top of its room.
 */
export function cardFrame(format: CardFormat, layout: Layout, onRoom: (room: Room) => void = () => {}): Framer {
  return (document: Document, _chartLayout: Layout, text: FrameText, plot: SVGSVGElement): SVGSVGElement => {
    const { width, height } = cardSize(format);
    const card = plan(format, layout, text, (measure) => measureKey(document, text, layout, measure));
    onRoom(card.plot);
    // Sized at half its pixels: drawn at 2×, as every PNG is (render/png.ts).
    const root = svgElement(document, "svg", {
      width: format.pixels.width / 2,
      height: format.pixels.height / 2,
      viewBox: `0 0 ${width} ${height}`,
      "font-family": fallbackFonts,
      lang: text.lang ?? "en",
      role: "img",
    }) as SVGSVGElement;
    const title = svgElement(document, "title");
    title.textContent = text.headline;
    root.append(title, svgElement(document, "rect", { width: "100%", height: "100%", fill: colors.background }));

    const header = svgElement(document, "g", { "aria-hidden": "true" });
    appendTextBlock(header, card.lines.headline, layout.headline, padding, card.headlineTop, "headline");
    appendTextBlock(header, card.lines.dek, layout.dek, card.column.x, card.dekTop, "dek");
    root.append(header);

    const plotWidth = Number(plot.getAttribute("width"));
    const plotHeight = Number(plot.getAttribute("height"));
    const scale = Math.min(1, card.plot.width / plotWidth, card.plot.height / plotHeight);
    const x = card.plot.x + (card.plot.width - plotWidth * scale) / 2;
    // Centred across; at the top of its room, under the headline it goes with (bars shorter than a portrait card's room).
    const y = card.plot.y;
    const group = plotGroup(plot, x, y, layout.label.size);
    if (scale < 1) group.setAttribute("transform", `translate(${x},${y}) scale(${scale})`);
    root.append(group);

    const footer = svgElement(document, "g", { "aria-hidden": "true" });
    if (text.key?.length) appendKey(footer, text.key, layout, card.keyTop, { x: card.column.x, measure: card.column.width });
    const small = svgElement(document, "g", textStyleAttributes(layout.note));
    let line = appendTextBlock(small, card.lines.source, layout.note, card.footer.x, card.sourceTop, "source", { inherited: true });
    line = appendTextBlock(small, card.lines.credit, layout.note, card.footer.x, line, "credit", { inherited: true });
    footer.append(small);
    root.append(footer);
    return root;
  };
}
