/**
 * A plot as rendering left it once (halos, fonts, looks and serialization, after charts/frame.ts framed
 * it): its marks as the SVG text they were written as, the looks (isolateStyles.ts) they added and the
 * characters they draw. Watch mode frames a retitled chart around it (charts/plotMemo.ts): a stand-in
 * element takes the marks' place, every render step passes over it, and the serializer writes the
 * remembered text there. Rendering the map's unchanged marks again around each new headline was more
 * than half of drawing the retitled French map (18 of 32 ms for its two widths).
 *
 * Besides the plot, the text depends on two things. The chart's scope: it digests every word, headline
 * included, so it is kept out as a token and put back. And the looks numbered before the plot (the
 * background's, the headline's and the dek's), on which the marks' class numbers follow: they are
 * compared, and where they differ the chart is drawn whole again (StaleRenderedPlot).
 */
import type { Weight } from "../style/houseStyle.js";
import { svgElement } from "./dom.js";

export interface RenderedPlot {
  /** The plot group's children as serialized, the chart's scope replaced by a token. */
  xml: string;
  /** The looks (light declarations) already numbered when the plot was reached, in order. */
  looksBefore: readonly string[];
  /** The looks the plot added, in order: light declarations and their dark-scheme ones. */
  looks: readonly (readonly [light: string, dark: string])[];
  /** The characters the plot draws, by weight (drawnCharacters.ts). */
  characters: ReadonlyMap<Weight, readonly string[]>;
}

/** Cannot occur in serialized text: the serializer drops it (text/xmlText.ts). */
const scopeToken = "\u0000";

export function renderedPlot(xml: string, scope: string, rest: Omit<RenderedPlot, "xml">): RenderedPlot {
  return { xml: xml.replaceAll(scope, scopeToken), ...rest };
}

interface StandIn {
  rendered: RenderedPlot;
  /** The xml in this chart's scope, once isolateStyles.ts has numbered the plot's looks. */
  xml?: string;
}

const standIns = new WeakMap<Element, StandIn>();

/** An empty <g> that the render steps take for the rendered plot's marks. */
export function standInFor(document: Document, rendered: RenderedPlot): Element {
  const element = svgElement(document, "g");
  standIns.set(element, { rendered });
  return element;
}

export function renderedPlotAt(element: Element): RenderedPlot | undefined {
  return standIns.get(element)?.rendered;
}

/** Puts this chart's scope into the stand-in's text, once its looks are numbered as the text assumes. */
export function placeRenderedPlot(element: Element, scope: string): void {
  const standIn = standIns.get(element)!;
  standIn.xml = standIn.rendered.xml.replaceAll(scopeToken, scope);
}

/** The serialized marks a stand-in takes the place of. */
export function renderedPlotXml(element: Element): string | undefined {
  const standIn = standIns.get(element);
  if (standIn && standIn.xml === undefined) throw new Error("A rendered plot was serialized before its styles were isolated");
  return standIn?.xml;
}

/** The chart's looks before its plot are not those its rendered plot was numbered after. */
export class StaleRenderedPlot extends Error {
  constructor() {
    super("The looks before a rendered plot changed; the chart is drawn whole");
  }
}
