/** The one <style> element of a chart, after its <title>, created on first use. */
import { svgElement } from "./dom.js";

export function appendCss(svg: SVGSVGElement, css: string): void {
  let style = svg.querySelector(":scope > style");
  if (!style) {
    style = svgElement(svg.ownerDocument, "style");
    const title = svg.querySelector(":scope > title");
    svg.insertBefore(style, title ? title.nextSibling : svg.firstChild);
  }
  style.textContent = `${style.textContent ?? ""}${css}`;
}
