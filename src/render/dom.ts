/** The DOM that Plot draws into. jsdom is loaded once per process; each chart gets a fresh document. */
import { JSDOM } from "jsdom";

export const svgNamespace = "http://www.w3.org/2000/svg";

export function createDocument(): Document {
  return new JSDOM("<!DOCTYPE html>").window.document;
}

/** Creates an SVG element with attributes set in the order given (attribute order is part of the output bytes). */
export function svgElement(document: Document, name: string, attributes: Record<string, string | number> = {}): SVGElement {
  const element = document.createElementNS(svgNamespace, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}
