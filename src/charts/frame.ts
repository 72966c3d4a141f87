/**
 * Wraps a Plot drawing in the publication frame: headline, dek, plot, notes, source line and credit,
 * all as SVG text inside one standalone <svg>, so the chart carries its own context wherever it is embedded.
 */
import type { Layout, Weight } from "../style/houseStyle.js";
import { colors, fallbackFonts, inWeight, renderedRoom } from "../style/houseStyle.js";
import { svgElement } from "./dom.js";
import { appendTextBlock, textStyleAttributes } from "./textBlock.js";
import { textWidth } from "../text/measure.js";
import { wrapBalanced, wrapText } from "../text/wrap.js";

/** One line of the key under a chart: the number drawn beside a mark, and what it stands for. */
export interface KeyEntry {
  marker: string;
  text: string;
  /**
   * A label the plot had no room for, listed here instead (ChartOptions.labelsToKey), in its own colour and
   * weight: a line's end label beside a short stretch of its line (`swatch`, no marker), or a district's
   * name beside the numbers of its circles.
   */
  label?: { color: string; weight: Weight; swatch?: { width: number; dash?: string | undefined } | undefined } | undefined;
}

/** How long a line's stretch in the key is, in px. */
export const keySwatchLength = 18;

export interface FrameText {
  id: string;
  /** Printed between the plot and the notes, when the plot numbers its marks instead of labelling them. */
  key?: readonly KeyEntry[];
  headline: string;
  dek: string;
  /** The chart described in words (charts/altText.ts), for screen readers. */
  alt: string;
  notes: readonly string[];
  source: string;
  /** The source as printed ("Source: …"), in the edition's words; "Source: " + source when absent. */
  sourceLine?: string | undefined;
  credit: string;
  /** The language of a translated edition, set on the root; "en" when absent. */
  lang?: string | undefined;
  dir?: "ltr" | "rtl" | undefined;
}

/** The frame's text wrapped to the chart's width. */
function frameLines(layout: Layout, text: FrameText) {
  const width = layout.measure;
  return {
    headline: wrapBalanced(text.headline, width, layout.headline),
    dek: wrapBalanced(text.dek, width, layout.dek),
    notes: text.notes.map((note) => wrapText(note, width, layout.note)),
    source: wrapText(text.sourceLine ?? `Source: ${text.source}`, width, layout.note),
    credit: wrapText(text.credit, width, layout.note),
  };
}

export function frameChart(document: Document, layout: Layout, text: FrameText, plot: SVGSVGElement): SVGSVGElement {
  const { width, padding, gap } = layout;
  const lines = frameLines(layout, text);
  // Screen readers get the title (headline and dek) and the description (the alt text) of one image;
  // the drawing itself is hidden from them. The <title> and <desc> children name and describe the image
  // by themselves (SVG-AAM), so they carry no ids: the same chart pasted twice on a page repeats none.
  const root = svgElement(document, "svg", {
    width,
    viewBox: "",
    "font-family": fallbackFonts,
    // The language of the chart's text, for screen readers' pronunciation (the page's may differ).
    lang: text.lang ?? "en",
    role: "img",
  }) as SVGSVGElement;
  const title = svgElement(document, "title");
  title.textContent = [text.headline, text.dek].filter(Boolean).map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(" ");
  const desc = svgElement(document, "desc");
  // The notes (who disputes whom, injured counts) and the source are part of what the chart says; the
  // drawn copies are hidden, so screen readers get them here, inline and in the snippet alike.
  desc.textContent = [text.alt, ...text.notes, sentence(text.sourceLine ?? `Source: ${text.source}`), text.credit].filter(Boolean).join(" ");
  const background = svgElement(document, "rect", { width: "100%", height: "100%", fill: colors.background, "aria-hidden": "true" });
  root.append(title, desc, background);

  // The text is read once, from <title> and <desc>; the drawn copies are hidden from screen readers.
  const header = svgElement(document, "g", { "aria-hidden": "true" });
  const footer = svgElement(document, "g", { "aria-hidden": "true" });
  let y = padding;
  y = appendTextBlock(header, lines.headline, layout.headline, padding, y, "headline");
  y = appendTextBlock(header, lines.dek, layout.dek, padding, y + 4, "dek");
  y += gap;
  root.append(header, plotGroup(plot, padding, y, layout.label.size), footer);
  y += Number(plot.getAttribute("height"));
  y = appendKey(footer, text.key ?? [], layout, y + gap / 2);
  y += gap / 2;
  // Notes, source and credit share one style, set once on their group.
  const small = svgElement(document, "g", textStyleAttributes(layout.note));
  footer.append(small);
  for (const note of lines.notes) y = appendTextBlock(small, note, layout.note, padding, y + 4, "note", { inherited: true });
  y = appendTextBlock(small, lines.source, layout.note, padding, y + 4, "source", { inherited: true });
  y = appendTextBlock(small, lines.credit, layout.note, padding, y, "credit", { inherited: true });
  const height = Math.ceil(y + padding);
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return root;
}

/**
 * The key as a hanging list: the bold marker, then its text wrapped beside it; from `x`, `measure` wide
 * (the frame's, unless a social card sets its own column). Returns the y under it.
 */
export function appendKey(root: Element, key: readonly KeyEntry[], layout: Layout, top: number, { x = layout.padding, measure = layout.measure } = {}): number {
  const style = layout.annotation;
  const markerWidth = (k: KeyEntry) => (k.label?.swatch ? keySwatchLength : textWidth(k.marker, inWeight(style, "bold")));
  // One indent for the numbered entries; a label listed here (a line's stretch, a district's numbers "1, 3, 4")
  // hangs its text past its own marker where that is wider, so it does not narrow every entry's text.
  const common = Math.ceil(Math.max(0, ...key.filter((k) => !k.label).map(markerWidth))) + 8;
  let y = top;
  for (const entry of key) {
    const { marker, text, label } = entry;
    const indent = label ? Math.max(common, Math.ceil(markerWidth(entry)) + 8) : common;
    if (label?.swatch) {
      // The line's own look, across the marker's column at the height of the text's first line.
      const mid = Math.round((y + style.lineHeight / 2) * 10) / 10;
      const attributes = { class: "key-swatch", x1: x, x2: x + keySwatchLength, y1: mid, y2: mid, stroke: label.color, "stroke-width": label.swatch.width };
      root.append(svgElement(root.ownerDocument, "line", label.swatch.dash ? { ...attributes, "stroke-dasharray": label.swatch.dash } : attributes));
    } else appendTextBlock(root, [marker], { ...inWeight(style, "bold"), color: colors.muted }, x, y, "key-marker");
    const drawn = label ? { ...inWeight(style, label.weight), color: label.color } : style;
    // Wrapped with the frame's room for a wider fallback font (librsvg), like the notes below it (a semibold
    // label with that weight's room).
    const lines = wrapText(text, measure - indent, { ...drawn, widthFactor: Math.max(layout.note.widthFactor, label ? renderedRoom(drawn) : 0) });
    y = appendTextBlock(root, lines, drawn, x + indent, y, "key") + 2;
  }
  return y;
}

/**
 * Plot returns its own <svg>, whose stylesheet (height: auto, max-width: 100%) would resize it if nested.
 * Its marks move into a plain <g> instead, keeping Plot's inherited presentation attributes.
 */
export function plotGroup(plot: SVGSVGElement, x: number, y: number, fontSize: number): SVGGElement {
  const group = svgElement(plot.ownerDocument, "g", { class: "plot", transform: `translate(${x},${y})`, "font-size": fontSize, "aria-hidden": "true" }) as SVGGElement;
  for (const name of ["fill", "text-anchor"]) {
    const value = plot.getAttribute(name);
    if (value !== null) group.setAttribute(name, value);
  }
  group.setAttribute("color", colors.axis);
  for (const child of [...plot.childNodes]) if (child.nodeName !== "style") group.append(child);
  return group;
}

/** The group frameChart moved the plot's marks into. */
export function plotGroupOf(chart: SVGSVGElement): SVGGElement | undefined {
  for (const child of chart.children) if (child.localName === "g" && child.getAttribute("class") === "plot") return child as SVGGElement;
  return undefined;
}

/** A line ended as a sentence, unless it already is (in any script). */
function sentence(line: string): string {
  return /[.!?。！？]$/.test(line) ? line : `${line}.`;
}
