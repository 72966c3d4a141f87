/**
 * An SVG file's text as a DOM document, parsed by one jsdom window for every test file of a worker: a new
 * window for each parse cost 10–20 ms (jsdom installs every interface of the web platform on it), seconds
 * a run. jsdom keeps what it parsed either way (measured: about 0.7 MB a chart with one window, 1.6 MB
 * with a window each).
 */
import { JSDOM } from "jsdom";

let parser: DOMParser | undefined;

export function svgDocument(text: string): Document {
  parser ??= new new JSDOM().window.DOMParser();
  return parser.parseFromString(text, "image/svg+xml");
}
