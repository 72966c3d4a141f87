/**
 * The DOM that Plot draws into. One jsdom window per process (creating one costs milliseconds); each
 * chart gets a fresh, empty document from it, so charts never share state.
 */
import { JSDOM } from "jsdom";

export const svgNamespace = "http://www.w3.org/2000/svg";

let window: JSDOM["window"] | undefined;

function domWindow(): JSDOM["window"] {
  window ??= new JSDOM("<!DOCTYPE html>").window;
  return window;
}

export function createDocument(): Document {
  return domWindow().document.implementation.createHTMLDocument("");
}

/** XML serialisation from the same DOM (unlike outerHTML it writes the xmlns and escapes as XML). */
export function serializeXml(node: Node): string {
  return new (domWindow().XMLSerializer)().serializeToString(node);
}

/** Creates an SVG element with attributes set in the order given (attribute order is part of the output bytes). */
export function svgElement(document: Document, name: string, attributes: Record<string, string | number> = {}): SVGElement {
  const element = document.createElementNS(svgNamespace, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}
