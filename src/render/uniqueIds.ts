/**
 * Ids (and the aria references to them) made unique to this version of the chart: a prefix naming the
 * chart, its width and its data (the scope class), so two different charts, or two versions of one, can
 * sit inline on one page without clashing. "title" → "cd640-1a2b3c4d-title".
 */
const references = ["aria-labelledby", "aria-describedby"];

export function uniqueIds(svg: SVGSVGElement, prefix: string): void {
  for (const element of [svg, ...svg.querySelectorAll("[id]")]) {
    const id = element.getAttribute("id");
    if (id) element.setAttribute("id", `${prefix}-${id}`);
  }
  for (const name of references) {
    const value = svg.getAttribute(name);
    if (value) svg.setAttribute(name, value.split(" ").map((id) => `${prefix}-${id}`).join(" "));
  }
}
