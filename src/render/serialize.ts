/**
 * Turns a chart's SVG element into the bytes that are written and snapshotted: a standalone SVG
 * document (namespace on the root, well-formed XML) whose coordinates are rounded to what a screen shows,
 * and whose gridlines are one path.
 *
 * Written out here in one walk rather than by jsdom's XMLSerializer after a clean-up pass: the same bytes
 * (escaped as the DOM Parsing spec escapes), in a third of the time, which watch mode feels on every save.
 */
import { withoutInvalidXml } from "../text/xmlText.js";
import { svgNamespace } from "../charts/dom.js";
import { mergeLines } from "./mergeLines.js";
import { renderedPlotXml } from "../charts/renderedPlot.js";

const geometryAttributes = new Set(["d", "transform", "x", "y", "x1", "x2", "y1", "y2", "dx", "dy", "cx", "cy", "r", "width", "height", "viewBox", "points"]);

export function serializeSvg(svg: SVGSVGElement): string {
  return serializeSvgCapturing(svg).text;
}

/** The SVG's text, and that of `capture`'s children as written inside it (charts/renderedPlot.ts). */
export function serializeSvgCapturing(svg: SVGSVGElement, capture?: Element): { text: string; captured: string | undefined } {
  if (svg.namespaceURI !== svgNamespace) throw new Error("serializeSvg needs an element in the SVG namespace");
  mergeLines(svg);
  const captured: Captured = { element: capture, xml: undefined };
  const text = `${serializeElement(svg, { root: true, hidden: false, anchor: "start", captured })}\n`;
  return { text, captured: captured.xml };
}

interface Captured {
  element: Element | undefined;
  xml: string | undefined;
}

interface Context {
  root: boolean;
  hidden: boolean;
  /** The text-anchor in force (SVG inherits it): which end of a line its separating space may not touch. */
  anchor: string;
  /** A space to write as the first character of this element's text (see the lines of a <text>, below). */
  leadingSpace?: boolean;
  /** Shared by the whole walk. */
  captured: Captured;
}

function serializeElement(element: Element, context: Context): string {
  const { root, hidden } = context;
  if (element.namespaceURI !== svgNamespace) throw new Error(`serializeSvg found a <${element.localName}> outside the SVG namespace`);
  const name = element.localName;
  let xml = root ? `<${name} xmlns="${svgNamespace}"` : `<${name}`;
  for (const attribute of element.getAttributeNames()) {
    // Plot labels its groups for screen readers; the chart is one image with its own title and
    // description, so these only add bytes. Inside a hidden group, hiding again says nothing.
    if ((attribute === "aria-label" && name === "g") || (attribute === "aria-hidden" && hidden) || attribute === "xmlns") continue;
    if (attribute.includes(":")) throw new Error(`serializeSvg does not write namespaced attributes (${attribute})`);
    // Validation already rejects characters XML cannot carry; this keeps any other path from making
    // an unreadable file.
    let value = withoutInvalidXml(element.getAttribute(attribute)!);
    // Plot writes positions like 84.28571428571428; a tenth of a pixel is what a screen can show.
    if (geometryAttributes.has(attribute)) value = value.replace(/-?\d+\.\d{2,}/g, roundNumber);
    xml += ` ${attribute}="${escapeAttribute(value)}"`;
  }
  if (!element.hasChildNodes()) return context.leadingSpace ? `${xml}> </${name}>` : `${xml}/>`;
  xml += context.leadingSpace ? "> " : ">";
  const anchor = element.getAttribute("text-anchor") ?? context.anchor;
  const inner: Context = { ...context, root: false, hidden: hidden || element.hasAttribute("aria-hidden"), anchor, leadingSpace: false };
  const start = xml.length;
  // One element per line outside <text>, so a changed chart shows as a readable diff. Whitespace
  // between the children of <svg> and <g> does not render; inside <text> it would.
  const lineBreaks = name === "svg" || name === "g";
  let previous: Node | null = null;
  for (const child of element.childNodes) {
    // Lines of one <text> are <tspan>s placed by x and dy; a space between them keeps the last word of
    // one line apart from the first of the next when text is extracted (copy-paste, search, sanitizers).
    // The space belongs to the line it is written in, and text-anchor counts it: after a line anchored at
    // its end (Arabic, at the right margin) it would push that line's ink a space short of the margin in
    // resvg, Chromium and librsvg alike. So it ends a line anchored at its start, and opens the next line
    // (inside its <tspan>, before the right-to-left isolate) when lines are anchored at their end.
    const separated = name === "text" && child.nodeType === 1 && previous?.nodeType === 1;
    if (separated && anchor !== "end") xml += " ";
    previous = child;
    // A rendered plot's stand-in is written as the marks it stands for, line breaks included.
    const rendered = child.nodeType === 1 ? renderedPlotXml(child as Element) : undefined;
    if (rendered !== undefined) xml += rendered;
    else if (child.nodeType === 1 /* element */) xml += (lineBreaks ? "\n" : "") + serializeElement(child as Element, { ...inner, leadingSpace: separated && anchor === "end" });
    else if (child.nodeType === 3 /* text */) xml += escapeText(withoutInvalidXml(child.nodeValue ?? ""));
    else throw new Error(`serializeSvg does not write node type ${child.nodeType}`);
  }
  if (element === context.captured.element) context.captured.xml = xml.slice(start);
  return `${xml}</${name}>`;
}

// U+00A0 only matters while wrapping, which is done by now; an HTML serialiser (DOMPurify, a CMS) writes
// it as &nbsp;, which XML does not define, so a chart saved back from one would no longer load.
const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, " ");

const escapeAttribute = (value: string) =>
  escapeText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#x9;").replace(/\n/g, "&#xA;").replace(/\r/g, "&#xD;");

function roundNumber(number: string): string {
  const rounded = Math.round(Number(number) * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
