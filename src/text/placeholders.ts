/**
 * Chart text in story.json may name figures in braces, e.g. "At least {killedAtLeast} killed", so the
 * headline updates with the data instead of going stale when a row is added.
 */
export const placeholderNames = [
  "killedAtLeast",
  "itemisedKilled",
  "itemisedIncidents",
  "itemisedDeadlyIncidents",
  "deadlyIncidentsAtLeast",
  "tallyKilled",
  "tallyIncidents",
  "sinceDate",
  "asOfDate",
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

const pattern = /\{([^{}]*)\}/g;

/** The placeholders a text uses. */
export function placeholdersIn(template: string): PlaceholderName[] {
  return [...template.matchAll(pattern)].map((m) => m[1]!).filter((name): name is PlaceholderName => (placeholderNames as readonly string[]).includes(name));
}

/**
 * What is wrong with the text's braces, if anything: a brace left open ("At least {killedAtLeast dead") or
 * a closing one alone would be published word for word, braces and all.
 */
export function braceProblem(template: string): string | undefined {
  let open = -1;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === "{") {
      if (open !== -1) return `a closing } after "${template.slice(open, i)}" before the next {`;
      open = i;
    } else if (c === "}") {
      if (open === -1) return `a { before the } at character ${i + 1} (braces name figures, such as {killedAtLeast})`;
      open = -1;
    }
  }
  return open === -1 ? undefined : `a closing } after "${template.slice(open, open + 30)}" (braces name figures, such as {killedAtLeast})`;
}

/** Names in braces that are not placeholders; the story validator reports them. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(pattern)].map((m) => m[1]!).filter((name) => !(placeholderNames as readonly string[]).includes(name));
}

/** Fills every {name}. A placeholder without a value (e.g. {tallyKilled} with no tally) is an error, never blank text. */
export function fillPlaceholders(template: string, values: Partial<Record<PlaceholderName, string>>): string {
  return template.replace(pattern, (whole, name: string) => {
    const value = values[name as PlaceholderName];
    if (value === undefined) throw new Error(`The text "${template}" uses ${whole}, which has no value for this data`);
    return value;
  });
}
