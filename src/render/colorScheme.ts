/**
 * Dark mode that works inline and inside <img>: every fill, stroke and color attribute that holds a
 * light-scheme colour gets a class, and one @media (prefers-color-scheme: dark) block in the SVG's own
 * <style> gives those classes their dark colours. The attributes stay as the light default, so renderers
 * without CSS still draw the light chart.
 */
import { darkSchemeQuery } from "./forceColorScheme.js";
import { appendCss } from "./styleSheet.js";

export { darkSchemeQuery, forceColorScheme } from "./forceColorScheme.js";

const properties = { fill: "f", stroke: "s", color: "c" } as const;


/**
 * @param darkOf light colour (lower-case #rrggbb) → its dark-scheme colour
 * @param scope a class for the root, unique to the chart and width, so rules never reach the host page
 */
export function applyColorScheme(svg: SVGSVGElement, darkOf: ReadonlyMap<string, string>, scope: string): void {
  const indexOf = new Map([...darkOf.keys()].map((light, i) => [light, i]));
  const used = new Set<string>();
  for (const element of [svg, ...svg.querySelectorAll("*")]) {
    const classes: string[] = [];
    for (const [property, prefix] of Object.entries(properties)) {
      const index = indexOf.get(element.getAttribute(property)?.toLowerCase() ?? "");
      if (index === undefined) continue;
      classes.push(`${prefix}${index}`);
      used.add(`${property}:${index}`);
    }
    if (classes.length) element.setAttribute("class", [element.getAttribute("class"), ...classes].filter(Boolean).join(" "));
  }
  svg.setAttribute("class", [svg.getAttribute("class"), scope].filter(Boolean).join(" "));
  const dark = [...darkOf.values()];
  const rules = [...used]
    .sort()
    .map((key) => {
      const [property, index] = key.split(":") as [keyof typeof properties, string];
      return `.${scope} .${properties[property]}${index}{${property}:${dark[Number(index)]}}`;
    });
  // The root's own colours (its background rect is a child) need no root rule.
  appendCss(svg, `${darkSchemeQuery}{${rules.join("")}}`);
}
