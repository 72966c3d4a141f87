/**
 * The chart drawn in one scheme whatever the reader's setting: for PNGs and tests. Text only, no DOM, so
 * PNGs can be redrawn from an SVG file without loading jsdom (freshness/redrawPngs.ts). Dark mode itself is
 * `light-dark()` in the chart's own rules (render/isolateStyles.ts), inside one `@supports` block that
 * renderers without CSS colour functions skip; here each `light-dark(light,dark)` becomes one colour and
 * the block is unwrapped, so resvg draws either scheme.
 */
export const darkRulesStart = "@supports (color:light-dark(#000,#fff)){";

export function forceColorScheme(svgText: string, scheme: "light" | "dark"): string {
  const start = svgText.indexOf(darkRulesStart);
  if (start < 0) return svgText;
  const open = start + darkRulesStart.length - 1;
  let depth = 0;
  let end = open;
  for (; end < svgText.length; end++) {
    if (svgText[end] === "{") depth++;
    else if (svgText[end] === "}" && --depth === 0) break;
  }
  const rules = svgText.slice(open + 1, end).replace(/light-dark\((#[0-9a-f]{6}),(#[0-9a-f]{6})\)/g, (_, light: string, dark: string) => (scheme === "dark" ? dark : light));
  return svgText.slice(0, start) + (scheme === "dark" ? rules : "") + svgText.slice(end + 1);
}
