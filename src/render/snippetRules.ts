/**
 * How a chart behaves inside the embed snippet (output/embedSnippet.ts), where every version of it sits in
 * one wrapper and each starts hidden (`display="none"`, an attribute, so it holds where CSS is stripped or
 * blocked and the snippet's picture shows instead). These rules show a version only in the wrapper widths
 * it is for; where a sanitizer dropped the wrapper (DOMPurify's SVG-only profile keeps only the SVGs) the
 * screen's width decides instead. They also hide the snippet's fallback picture: where these rules run,
 * the chart is there. They select the attribute only the snippet's copies carry, so the file opened alone,
 * as an <img> (whose viewport is the image's own size) or pasted inline by itself shows whatever the width.
 */

export interface SnippetRange {
  /** The wrapper's container name. */
  name: string;
  /** The wrapper widths this version is shown at: from `minWidth`, below `maxWidth`. */
  minWidth?: number | undefined;
  maxWidth?: number | undefined;
}

/** The class the snippet gives its fallback <picture> and <img> (the wrapper's name, so it is the chart's). */
export const fallbackClass = (container: string) => `${container}-fallback`;

export function snippetRules(scope: string, { name, minWidth, maxWidth }: SnippetRange): string[] {
  const svg = `svg.${scope}[display]`;
  const show = `{${svg}{display:block!important}}`;
  const hide = `{${svg}{display:none!important}}`;
  const outside = [minWidth !== undefined ? `(width < ${minWidth}px)` : "", maxWidth !== undefined ? `(width >= ${maxWidth}px)` : ""].filter(Boolean);
  const inside = [minWidth !== undefined ? `(width >= ${minWidth}px)` : "", maxWidth !== undefined ? `(width < ${maxWidth}px)` : ""].filter(Boolean);
  return [
    `.${fallbackClass(name)}{display:none!important}`,
    // No wrapper: the screen decides (a column is never wider than the screen).
    ...outside.map((query) => `@media ${query}${hide}`),
    // The wrapper, where there is one, decides: its rules come later and win.
    ...(inside.length ? [`@container ${name} ${inside.join(" and ")}${show}`] : []),
    ...outside.map((query) => `@container ${name} ${query}${hide}`),
  ];
}
