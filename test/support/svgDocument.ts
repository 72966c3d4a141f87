/**
 * An SVG file's text as a DOM document, parsed by one jsdom window for every test file of a worker: a new
 * window for each parse cost 10–20 ms (jsdom installs every interface of the web platform on it), and
 * jsdom never lets a window go, so each kept its document too (1.6 MB a chart).
 * jsdom's selector engine listens on the window for the events its pseudo-classes follow, once for each
 * document queried, which keeps every such document as long as the window (0.7 MB a chart, hundreds of MB
 * in a worker). Nothing here dispatches events, so this window takes no listeners, and a document goes
 * when its test is done with it.
 */
import { JSDOM } from "jsdom";

let parser: DOMParser | undefined;

export function svgDocument(text: string): Document {
  if (!parser) {
    const { window } = new JSDOM();
    window.addEventListener = () => {};
    parser = new window.DOMParser();
  }
  return parser.parseFromString(text, "image/svg+xml");
}
