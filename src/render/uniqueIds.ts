/**
 * Ids (and the aria references to them) made unique to this version of the chart: a suffix from the
 * data, so two different charts, or two versions of one, can sit inline on one page without clashing.
 */
const references = ["aria-labelledby", "aria-describedby"];

export function uniqueIds(svg: SVGSVGElement, suffix: string): void {
  for (const element of [svg, ...svg.querySelectorAll("[id]")]) {
    const id = element.getAttribute("id");
    if (id) element.setAttribute("id", `${id}-${suffix}`);
  }
  for (const name of references) {
    const value = svg.getAttribute(name);
    if (value) svg.setAttribute(name, value.split(" ").map((id) => `${id}-${suffix}`).join(" "));
  }
}
