/**
 * Turns a chart's SVG element into the bytes that are written and snapshotted: a standalone SVG
 * document (namespace on the root, well-formed XML) whose coordinates are rounded to what a screen shows,
 * and whose gridlines are one path.
 */
import { withoutInvalidXml } from "../text/xmlText.js";
import { serializeXml, svgNamespace } from "./dom.js";
import { mergeLines } from "./mergeLines.js";

const geometryAttributes = new Set(["d", "transform", "x", "y", "x1", "x2", "y1", "y2", "dx", "dy", "cx", "cy", "r", "width", "height", "viewBox", "points"]);

export function serializeSvg(svg: SVGSVGElement): string {
  if (svg.namespaceURI !== svgNamespace) throw new Error("serializeSvg needs an element in the SVG namespace");
  mergeLines(svg);
  // One pass over the tree: it is most of the serialiser's time.
  for (const element of [svg, ...svg.querySelectorAll("*")]) {
    // Plot labels its groups for screen readers; the chart is one image with its own title and
    // description, so these only add bytes.
    if (element.localName === "g") element.removeAttribute("aria-label");
    // Inside a hidden group, hiding again says nothing.
    if (element.parentElement?.closest("[aria-hidden]")) element.removeAttribute("aria-hidden");
    for (const { name, value } of [...element.attributes]) {
      // Validation already rejects characters XML cannot carry; this keeps any other path from making
      // an unreadable file.
      let clean = withoutInvalidXml(value);
      // Plot writes positions like 84.28571428571428; a tenth of a pixel is what a screen can show.
      if (geometryAttributes.has(name)) clean = clean.replace(/-?\d+\.\d{2,}/g, roundNumber);
      if (clean !== value) element.setAttribute(name, clean);
    }
    for (const child of [...element.childNodes]) {
      if (child.nodeType === 3 /* text */) child.nodeValue = withoutInvalidXml(child.nodeValue ?? "");
    }
    // One element per line outside <text>, so a changed chart shows as a readable diff. Whitespace
    // between the children of <svg> and <g> does not render; inside <text> it would.
    if (element.localName === "svg" || element.localName === "g") {
      for (const child of [...element.children]) element.insertBefore(element.ownerDocument.createTextNode("\n"), child);
    }
  }
  return `${serializeXml(svg)}\n`;
}

function roundNumber(number: string): string {
  const rounded = Math.round(Number(number) * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
