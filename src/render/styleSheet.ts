/** The one <style> element of a chart, after its <title> and <desc>, created on first use. */
import { svgElement } from "../charts/dom.js";

export function appendCss(svg: SVGSVGElement, css: string): void {
  let style = svg.querySelector(":scope > style");
  if (!style) {
    style = svgElement(svg.ownerDocument, "style");
    const before = svg.querySelector(":scope > desc") ?? svg.querySelector(":scope > title");
    svg.insertBefore(style, before ? before.nextSibling : svg.firstChild);
  }
  style.textContent = `${style.textContent ?? ""}${css}`;
}
