import * as z from "zod";
import { chartIds, type Story } from "../data/types.js";
import type { Problem } from "../load/problems.js";
import { unknownPlaceholders, placeholderNames } from "../text/placeholders.js";
import { isoDate, text } from "./fields.js";

const chartText = z.strictObject({
  headline: text.refine((s) => !unknownPlaceholders(s).length, `only these names in {braces}: ${placeholderNames.join(", ")}`),
  dek: z.string().refine((s) => !unknownPlaceholders(s).length, `only these names in {braces}: ${placeholderNames.join(", ")}`),
});

const storySchema = z.strictObject({
  since: isoDate,
  asOf: isoDate,
  source: text,
  credit: z.string(),
  notes: z.array(text),
  charts: z.strictObject(Object.fromEntries(chartIds.map((id) => [id, chartText])) as Record<(typeof chartIds)[number], typeof chartText>),
});

/** data/story.json: per-story settings. Unknown keys are errors: a typo must not be silently ignored. */
export function validateStory(json: string, file: string): { story?: Story; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? undefined : json.slice(0, Number(position)).split("\n").length;
    return { problems: [{ file, line, expected: `valid JSON (${(error as Error).message})` }] };
  }
  const result = storySchema.safeParse(data);
  if (result.success) {
    const story = result.data;
    if (story.since > story.asOf) {
      return { problems: [{ file, line: lineOf(json, ["since"]), column: "since", value: story.since, expected: `a date on or before asOf (${story.asOf})` }] };
    }
    return { story, problems: [] };
  }
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    const path = issue.path.map(String);
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...path, key]) : [path];
    return keys.map((keyPath) => ({
      file,
      line: lineOf(json, keyPath),
      column: keyPath.join("."),
      value: valueAt(data, keyPath),
      expected: issue.code === "unrecognized_keys" ? `only known settings (${knownKeys(path)}); check the spelling` : issue.message,
    }));
  });
  return { problems };
}

function knownKeys(path: string[]): string {
  if (path.length === 0) return Object.keys(storySchema.shape).join(", ");
  if (path[0] === "charts" && path.length === 1) return chartIds.join(", ");
  return Object.keys(chartText.shape).join(", ");
}

function valueAt(data: unknown, path: string[]): string | undefined {
  const value = path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), data);
  return value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value);
}

// JSON.parse keeps no positions; find the key by scanning for each name in the path in turn.
function lineOf(json: string, path: string[]): number | undefined {
  let at = 0;
  for (const key of path) {
    if (/^\d+$/.test(key)) continue;
    const found = json.indexOf(JSON.stringify(key), at);
    if (found < 0) return undefined;
    at = found;
  }
  return json.slice(0, at).split("\n").length;
}
