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
