/**
 * An SVG file's text as a DOM document, parsed by one jsdom window for the whole test file: a new window
 * for each parse cost 10–20 ms (jsdom installs every interface of the web platform on it), seconds a run.
 */
import { JSDOM } from "jsdom";

let parser: DOMParser | undefined;

export function svgDocument(text: string): Document {
  parser ??= new new JSDOM().window.DOMParser();
  return parser.parseFromString(text, "image/svg+xml");
}
