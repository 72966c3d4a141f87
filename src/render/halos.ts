/**
 * Label halos as a separate copy drawn under the text, instead of `paint-order: stroke` on the text
 * itself: ImageMagick's renderer ignores paint-order and would paint the halo over the letters, so every
 * label vanished. The copy is filled and stroked in the halo colour; the text above it has no stroke.
 * Both copies are hidden from screen readers, as the plot already is.
 */
import { svgNamespace } from "../charts/dom.js";

const strokeAttributes = ["stroke", "stroke-width", "stroke-linejoin", "paint-order"];

export function separateHalos(svg: SVGSVGElement): void {
  for (const group of [...svg.querySelectorAll('[paint-order="stroke"]')]) {
    const halo = group.cloneNode(true) as Element;
    if (halo.namespaceURI !== svgNamespace) continue;
    halo.removeAttribute("paint-order");
    halo.setAttribute("fill", group.getAttribute("stroke") ?? "none");
    halo.setAttribute("class", "halo");
    halo.setAttribute("aria-hidden", "true");
    for (const name of strokeAttributes) group.removeAttribute(name);
    group.before(halo);
  }
}
