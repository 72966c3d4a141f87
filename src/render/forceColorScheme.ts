/**
 * The one @media block that holds a chart's dark colours (written by colorScheme.ts), and the SVG text
 * forced into one scheme. Text only, apart from colorScheme.ts and its DOM, so PNGs can be drawn from
 * an SVG file without loading jsdom.
 */
export const darkSchemeQuery = "@media (prefers-color-scheme: dark)";

/**
 * The SVG text drawn in one scheme whatever the reader's setting: for PNGs and tests. The dark rules are
 * unwrapped from their @media block (not every renderer evaluates media queries) or dropped.
 */
export function forceColorScheme(svgText: string, scheme: "light" | "dark"): string {
  const start = svgText.indexOf(`${darkSchemeQuery}{`);
  if (start < 0) return svgText;
  const open = start + darkSchemeQuery.length;
  let depth = 0;
  let end = open;
  for (; end < svgText.length; end++) {
    if (svgText[end] === "{") depth++;
    else if (svgText[end] === "}" && --depth === 0) break;
  }
  const rules = svgText.slice(open + 1, end);
  return svgText.slice(0, start) + (scheme === "dark" ? rules : "") + svgText.slice(end + 1);
}
