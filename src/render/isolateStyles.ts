/**
 * Keeps a host page's CSS off an inline chart, and gives it the page's colour scheme.
 *
 * Presentation attributes lose to any page rule (`svg text{fill:red}`, `path{stroke-width:5}`), so every
 * drawn element gets a class unique to the chart, and one rule per distinct look pins, with `!important`,
 * what the attributes say. Page rules without `!important` cannot beat that, whatever their specificity.
 * The attributes stay as they are, so renderers without CSS (ImageMagick) still draw the light chart.
 *
 * Colours follow the page's `color-scheme` (or the site's dark selector) through `light-dark()`
 * (render/schemeRules.ts). Those rules sit in `@supports` so renderers that do not know `light-dark()`
 * (resvg, librsvg) keep the light values before it.
 *
 * With `container`, the chart shows itself inside the snippet's wrapper of that name only at the widths
 * this version is for, so the snippet shows the phone version in a narrow column (render/snippetRules.ts).
 */
import { darkRulesStart } from "./forceColorScheme.js";
import { placeRenderedPlot, renderedPlotAt, StaleRenderedPlot } from "../charts/renderedPlot.js";
import { appendCss } from "./styleSheet.js";
import { schemeRules } from "./schemeRules.js";
import { snippetRules, type SnippetRange } from "./snippetRules.js";

export interface IsolateOptions {
  /** A class unique to the chart, its width and its data, e.g. "cd640-1a2b3c4d". */
  scope: string;
  /** Light colour (lower-case #rrggbb) → its dark-scheme colour; undefined when the story turns dark mode off. */
  darkOf: ReadonlyMap<string, string> | undefined;
  /** The width the chart is drawn at: it never grows past it. */
  width: number;
  /** The snippet wrapper's container name, and the wrapper widths this version is shown at. */
  container?: SnippetRange | undefined;
  /** The site's dark-mode class or attribute (story.json `darkSelector`), validated. */
  darkSelector?: string | undefined;
  /** An element (the plot) whose looks to report: those numbered before it, and those it added. */
  capture?: Element | undefined;
}

/** The looks around `capture`, for charts/renderedPlot.ts. */
export interface CapturedLooks {
  looksBefore: string[];
  looks: [light: string, dark: string][];
}

// Inherited properties as the elements' attributes set them, with their initial values.
const inherited: Record<string, string> = {
  fill: "#000000",
  stroke: "none",
  "stroke-width": "1",
  "stroke-dasharray": "none",
  "stroke-linejoin": "miter",
  "stroke-linecap": "butt",
  "stroke-miterlimit": "4",
  "font-size": "16",
  "font-weight": "400",
  "font-variant": "normal",
  "text-anchor": "start",
  color: "#000000",
};
const paint = ["fill", "stroke", "stroke-width", "stroke-dasharray", "stroke-linejoin", "stroke-linecap", "stroke-miterlimit"];
const type = ["font-size", "font-weight", "font-variant", "text-anchor"];
const shapes = new Set(["path", "line", "rect", "circle", "ellipse", "polyline", "polygon"]);
const units: Record<string, string> = { "font-size": "px", "stroke-width": "px" };

/** What a page's rules commonly touch that the chart never sets: put back to the initial values. */
const neutral =
  "font-style:normal;letter-spacing:normal;word-spacing:normal;text-transform:none;text-decoration:none;text-shadow:none;white-space:normal;" +
  "opacity:1;visibility:visible;filter:none;paint-order:normal;vector-effect:none;mix-blend-mode:normal;animation:none;transition:none;" +
  // A right-to-left page (Dari, Pashto, Persian or Arabic news) would otherwise turn every start-anchored line.
  "direction:ltr;unicode-bidi:normal;writing-mode:horizontal-tb;dominant-baseline:auto;alignment-baseline:auto;baseline-shift:0;" +
  "font-stretch:normal;font-feature-settings:normal;font-kerning:auto";
const rootBox =
  "display:block;height:auto;min-width:0;min-height:0;max-height:none;margin:0;padding:0;border:0;float:none;position:static;" +
  "transform:none;overflow:hidden;background:none;box-shadow:none;outline:0";

const important = (declarations: string) => declarations.replace(/;/g, "!important;") + "!important";

export function isolateStyles(svg: SVGSVGElement, { scope, darkOf, width, container, capture, darkSelector }: IsolateOptions): CapturedLooks | undefined {
  const looks = new Map<string, { name: string; dark: string }>();
  const darkRules: string[] = [];
  const classOf = (base: string, dark: string) => {
    let look = looks.get(base);
    if (!look) {
      look = { name: `${scope}-k${looks.size}`, dark };
      looks.set(base, look);
      if (dark) darkRules.push(`.${scope} .${look.name}{${important(dark)}}`);
    }
    return look.name;
  };
  let captured: CapturedLooks | undefined;

  const walk = (element: Element, values: Record<string, string>) => {
    const rendered = renderedPlotAt(element);
    if (rendered) {
      // A plot rendered before: its marks' classes are numbered on from the looks before it.
      const before = [...looks.keys()];
      if (before.length !== rendered.looksBefore.length || before.some((look, i) => look !== rendered.looksBefore[i])) throw new StaleRenderedPlot();
      for (const [light, dark] of rendered.looks) classOf(light, dark);
      placeRenderedPlot(element, scope);
      return;
    }
    const own = { ...values };
    for (const name of Object.keys(inherited)) {
      const value = element.getAttribute(name);
      if (value !== null) own[name] = value;
    }
    // The chart's own class names (headline, source…) are generic: a page's `.source{display:none}` would
    // reach them. They become unique to the chart.
    const classes = (element.getAttribute("class") ?? "").split(/\s+/).filter(Boolean).map((c) => `${scope}-${c}`);
    const name = element.localName;
    if (shapes.has(name) || name === "text") {
      const properties = name === "text" ? [...paint, ...type] : paint;
      const light: string[] = [];
      const dark: string[] = [];
      for (const property of properties) {
        let value = own[property]!;
        if (value === "currentColor") value = own.color!;
        // The initial values are pinned for every element at once (below); a look lists the rest.
        if (value === inherited[property]) continue;
        const lower = value.toLowerCase();
        const unit = units[property] && /^[\d.]+$/.test(value) ? units[property] : "";
        light.push(`${property}:${value}${unit}`);
        const darkValue = darkOf?.get(lower);
        if (darkValue) dark.push(`${property}:light-dark(${lower},${darkValue})`);
      }
      classes.push(classOf(light.join(";"), dark.join(";")));
    }
    if (element === svg) classes.unshift(scope);
    if (classes.length) element.setAttribute("class", classes.join(" "));
    else element.removeAttribute("class");
    const before = element === capture ? [...looks.keys()] : undefined;
    for (const child of element.children) walk(child, own);
    if (before) captured = { looksBefore: before, looks: [...looks].slice(before.length).map(([light, { dark }]) => [light, dark]) };
  };
  walk(svg, inherited);

  const font = svg.getAttribute("font-family") ?? "sans-serif";
  const s = `.${scope}`;
  // :where() keeps these at an element selector's weight, so each look's one class overrides them.
  const initial = Object.entries(inherited)
    .filter(([property]) => property !== "color")
    .map(([property, value]) => `${property}:${value}${units[property] ?? ""}`)
    .join(";");
  const rules = [
    // Inline, the root is as wide as its container up to the width it was drawn at, its height from the
    // viewBox: it neither sticks out of a phone's column nor is squeezed into a fixed height.
    `svg${s}{${important(`${rootBox};width:100%;max-width:${width}px`)}}`,
    `${s} g,${s} text,${s} tspan,${s} path,${s} line,${s} rect,${s} circle{${important(`display:inline;${neutral}`)}}`,
    `:where(${s}) :is(text,path,line,rect,circle){${important(initial)}}`,
    `${s} text{${important(`font-family:${font.replace(/"/g, "'")}`)}}`,
    `${s} tspan{${important("font:inherit;fill:inherit;stroke:inherit;stroke-width:inherit")}}`,
        // Two classes, not one: ImageMagick's renderer applies single-class rules, and fails on some values
    // followed by `!important` (a dash array, text-anchor); it leaves these to the attributes.
    ...[...looks].filter(([declarations]) => declarations).map(([declarations, { name }]) => `${s} .${name}{${important(declarations)}}`),
  ];
  if (container) rules.push(...snippetRules(scope, container));
  if (darkOf) {
    rules.push(...schemeRules(scope, darkSelector));
    if (darkRules.length) rules.push(`${darkRulesStart}${darkRules.join("")}}`);
  }
  appendCss(svg, rules.join(""));
  return captured;
}
