/**
 * The site's dark-mode switch as story.json names it (`darkSelector`): a class or attribute that a theme
 * toggle puts on <html> or <body> (Tailwind's `.dark`, Bootstrap's `[data-bs-theme=dark]`, `.theme-dark`).
 * The text ends up inside the charts' CSS, so only a narrow grammar is taken: one or more classes and
 * attribute tests written with letters, digits, `-` and `_`, several such alternatives separated by
 * commas. Nothing that could close a rule, start a comment, escape a character or reach a URL.
 */

const name = "-?[A-Za-z_][A-Za-z0-9_-]*";
const value = "[A-Za-z0-9_-]+";
const test = `(?:\\.${name}|\\[${name}(?:[~|^$*]?=(?:${value}|"${value}"|'${value}'))?\\])`;
const compound = new RegExp(`^(?:${test})+$`);

/** The alternatives of a valid selector, trimmed; undefined when any part is outside the grammar. */
export function darkSelectorParts(selector: string): string[] | undefined {
  const parts = selector.split(",").map((part) => part.trim());
  return parts.length <= 8 && parts.every((part) => part.length <= 80 && compound.test(part)) ? parts : undefined;
}

/** What story.json's validation says of a selector it refuses. */
export const darkSelectorExpected =
  'the class or attribute your site puts on <html> or <body> in dark mode, such as ".dark", ".theme-dark" or "[data-bs-theme=dark]" (letters, digits, - and _ only; several separated by commas)';
