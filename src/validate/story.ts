import * as z from "zod";
import { chartIds, type Story } from "../data/types.js";
import { locateJson } from "../load/jsonLocations.js";
import type { Problem } from "../load/problems.js";
import { placeholderNames, unknownPlaceholders } from "../text/placeholders.js";
import { isWebLink, isoDate, optionalText, text } from "./fields.js";

const knownPlaceholders = `only these names in {braces}: ${placeholderNames.join(", ")}`;

const chartText = z.strictObject({
  headline: text.refine((s) => !unknownPlaceholders(s).length, knownPlaceholders),
  dek: optionalText.refine((s) => !unknownPlaceholders(s).length, knownPlaceholders),
});

/** A figure the article's text quotes, checked against the data at build time. */
const figure = z.strictObject({
  what: z.string().regex(/^(killed|incidents|killed_[a-z0-9_]+)$/, 'what the figure counts: "killed", "incidents" or a killed_… column'),
  value: z.number({ error: "a whole number, without quotes" }).int("a whole number").nonnegative("a number of 0 or more"),
  source: text,
  tally: z.string().min(1).optional(),
});

const storySchema = z.strictObject({
  since: isoDate,
  asOf: isoDate,
  source: text,
  credit: optionalText,
  notes: z.array(text),
  charts: z.strictObject(Object.fromEntries(chartIds.map((id) => [id, chartText])) as Record<(typeof chartIds)[number], typeof chartText>),
  figures: z.array(figure).default([]),
  widths: z
    .array(z.number().int("a whole number of px").min(280, "at least 280 px").max(1600, "at most 1600 px"))
    .min(1, "at least one width")
    .refine((w) => new Set(w).size === w.length, "each width once")
    .default([640, 320]),
  embedFont: z.boolean({ error: "true or false, without quotes" }).default(true),
  darkMode: z.boolean({ error: "true or false, without quotes" }).default(true),
  sourceUrl: z.string().refine(isWebLink, "a web link starting http:// or https://").optional(),
  baseUrl: z
    .string()
    .refine((url) => isWebLink(url) && url.endsWith("/"), "the web address charts/ is published at, starting https:// and ending with /")
    .default(""),
});

const nested: Record<string, readonly string[]> = {
  "": Object.keys(storySchema.shape),
  charts: chartIds,
  chart: Object.keys(chartText.shape),
  figure: Object.keys(figure.shape),
};

/** data/story.json: per-story settings. Unknown keys are errors: a typo must not be silently ignored. */
export function validateStory(json: string, file: string): { story?: Story; problems: Problem[] } {
  const { locator, syntaxErrors } = locateJson(json);
  if (syntaxErrors.length) {
    const [first] = syntaxErrors;
    return { problems: [{ file, line: first!.line, expected: `${first!.message} (story.json must be valid JSON)` }] };
  }
  const data: unknown = JSON.parse(json);
  const result = storySchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue): Problem[] => {
      const path = issue.path.map((key) => (typeof key === "number" ? key : String(key)));
      const keyPaths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...path, key]) : [path];
      return keyPaths.map((keyPath) => ({
        file,
        line: locator.lineOf(keyPath),
        column: formatPath(keyPath),
        value: valueAt(data, keyPath),
        expected: expectedFor(issue, keyPath, path, data),
      }));
    });
    return { problems };
  }
  const settings = result.data;
  if (settings.since > settings.asOf) {
    return { problems: [{ file, line: locator.lineOf(["since"]), column: "since", value: settings.since, expected: `a date on or before asOf (${settings.asOf})` }] };
  }
  const figures = settings.figures.map((f, i) => ({ ...f, line: locator.lineOf(["figures", i]) }));
  return { story: { ...settings, figures }, problems: [] };
}

function expectedFor(issue: z.core.$ZodIssue, keyPath: readonly (string | number)[], path: readonly (string | number)[], data: unknown): string {
  if (issue.code === "unrecognized_keys") return `only known settings here (${knownKeys(path).join(", ")}); check the spelling`;
  if (issue.code === "invalid_type" && valueAt(data, keyPath) === undefined) return `a "${formatPath(keyPath)}" setting; it is missing (see data/README.md)`;
  return issue.message;
}

function knownKeys(path: readonly (string | number)[]): readonly string[] {
  if (path[0] === "figures") return nested.figure!;
  if (path[0] === "charts") return path.length === 1 ? nested.charts! : nested.chart!;
  return nested[""]!;
}

/** ["figures", 0, "value"] → "figures[0].value", as a journalist would find it in the file. */
function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

function valueAt(data: unknown, path: readonly (string | number)[]): string | undefined {
  const value = path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined), data);
  return value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value);
}
