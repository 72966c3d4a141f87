/**
 * Turns a chart's SVG element into the bytes that are written and snapshotted: a standalone SVG
 * document (namespace on the root, well-formed XML) whose coordinates are rounded to what a screen shows.
 */
import { withoutInvalidXml } from "../text/xmlText.js";
import { serializeXml, svgNamespace } from "./dom.js";

const geometryAttributes = new Set(["d", "transform", "x", "y", "x1", "x2", "y1", "y2", "dx", "dy", "cx", "cy", "r", "width", "height", "viewBox", "points"]);

export function serializeSvg(svg: SVGSVGElement): string {
  if (svg.namespaceURI !== svgNamespace) throw new Error("serializeSvg needs an element in the SVG namespace");
  roundGeometry(svg);
  dropInvalidXml(svg);
  breakLines(svg);
  return `${serializeXml(svg)}\n`;
}

// Plot writes positions like 84.28571428571428; two decimals is a hundredth of a pixel.
function roundGeometry(root: Element): void {
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const { name, value } of [...element.attributes]) {
      if (geometryAttributes.has(name)) element.setAttribute(name, value.replace(/-?\d+\.\d{3,}/g, roundNumber));
    }
  }
}

// Validation already rejects these characters; this keeps any other path from making unreadable XML.
function dropInvalidXml(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = withoutInvalidXml(node.nodeValue ?? "");
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const { name, value } of [...element.attributes]) element.setAttribute(name, withoutInvalidXml(value));
  }
}

// One element per line outside <text>, so a changed chart shows as a readable diff. Whitespace between
// the children of <svg> and <g> does not render; inside <text> it would, so text is left alone.
function breakLines(root: Element): void {
  for (const element of [root, ...root.querySelectorAll("svg, g")]) {
    for (const child of [...element.children]) element.insertBefore(element.ownerDocument.createTextNode("\n"), child);
  }
}

function roundNumber(number: string): string {
  const rounded = Math.round(Number(number) * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
