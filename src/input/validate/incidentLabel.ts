/**
 * A label for an incident row that has none, written from its counts in the desk's style ("3 smugglers
 * killed", "4 “terrorists” (officials' term) killed"), so an urgent update can go out; the build warns
 * that it was written for the journalist to check and replace.
 */
import type { Category } from "../../dataset/types.js";
import { formatCount } from "../../style/houseStyle.js";

export function writtenLabel(killed: Readonly<Record<string, number>>, categories: readonly Category[]): string {
  const parts = categories.filter((c) => (killed[c.column] ?? 0) > 0).map((c) => `${formatCount(killed[c.column]!)} ${who(c, killed[c.column]!)}`);
  if (!parts.length) return "no deaths reported";
  return `${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`} killed`;
}

/** The category as the label names it: the authorities' own term in quotes, attributed, where the codebook gives one. */
function who(category: Category, count: number): string {
  const quoted = /“([^”]+)”/.exec(category.attribution)?.[1];
  if (quoted) return `“${singular(quoted, count)}” (officials' term)`;
  // One-word labels ("Smugglers") are common nouns; longer ones may start with a name ("Tajik border guards").
  const label = /\s/.test(category.label) ? category.label : category.label.toLowerCase();
  return singular(label, count);
}

/** Codebook labels are plural nouns: "1 smuggler", "1 Tajik border guard". */
function singular(noun: string, count: number): string {
  return count === 1 ? noun.replace(/s$/, "") : noun;
}
