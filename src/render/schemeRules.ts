/**
 * Which colour scheme an inline chart takes: the CSS around its `light-dark()` colours
 * (render/isolateStyles.ts). As a document of its own (a file, an <img>) it asks for both schemes; inline
 * it takes the page's `color-scheme`, or, where the story names the site's dark selector, is dark exactly
 * when <html> or <body> carries it (a theme toggle that leaves `color-scheme` alone, or sets
 * `light dark` and switches with a class). Printed, it is always light: a dark site prints no black blocks.
 */
import { darkSelectorParts } from "../style/darkSelector.js";

export function schemeRules(scope: string, darkSelector: string | undefined): string[] {
  const root = `svg.${scope}`;
  // :root keeps the file's own request from overriding an inline chart's inherited scheme.
  const rules = [`${root}:root{color-scheme:light dark}`];
  const parts = darkSelector === undefined ? undefined : darkSelectorParts(darkSelector);
  if (darkSelector !== undefined && !parts) throw new Error(`not a dark selector: ${JSON.stringify(darkSelector)}`); // validated in story.ts
  const dark = parts ? `:is(html,body):is(${parts.join(",")}) ${root}` : undefined;
  if (dark) rules.push(`${root}:not(:root){color-scheme:light!important}`, `${dark}{color-scheme:dark!important}`);
  // Last, and as specific as the dark rule, so print wins over both.
  rules.push(`@media print{${root}${dark ? `,${dark}` : ""}{color-scheme:light!important}}`);
  return rules;
}
