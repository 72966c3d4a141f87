/**
 * The DOM that Plot draws into: one jsdom window and one document per process. Charts are built as
 * detached elements, so they share nothing through the document; and a document per chart would leak,
 * since jsdom's selector engine adds listeners to the window for each document it queries (in watch mode
 * every rebuild then got slower, and querySelectorAll took most of a warm render).
 */
import { JSDOM } from "jsdom";

export const svgNamespace = "http://www.w3.org/2000/svg";

let window: JSDOM["window"] | undefined;

function domWindow(): JSDOM["window"] {
  window ??= new JSDOM("<!DOCTYPE html>").window;
  return window;
}

let document: Document | undefined;

export function chartDocument(): Document {
  document ??= domWindow().document.implementation.createHTMLDocument("");
  return document;
}

/** Creates an SVG element with attributes set in the order given (attribute order is part of the output bytes). */
export function svgElement(document: Document, name: string, attributes: Record<string, string | number> = {}): SVGElement {
  const element = document.createElementNS(svgNamespace, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}
