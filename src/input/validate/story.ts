import * as z from "zod";
import { chartIds, type Story } from "../../dataset/types.js";
import { locateJson, nestingBeyond, rememberLocator } from "../jsonLocations.js";
import type { Problem } from "../problems.js";
import { braceProblem, placeholderNames, unknownPlaceholders } from "../../text/placeholders.js";
import { darkSelectorExpected, darkSelectorParts } from "../../style/darkSelector.js";
import { defaultPrintWidths, printWidthRange } from "../../style/printStyle.js";
import { drawnText, isCalendarDate, isWebLink, isoDate, optionalDrawnText, text } from "./fields.js";

const knownPlaceholders = `only these names in {braces}: ${placeholderNames.join(", ")}`;

// Braces first: with one left open, the names in braces are not what they seem.
const withPlaceholders = <T extends z.ZodType<string, string>>(schema: T) =>
  schema.superRefine((value, context) => {
    const braces = braceProblem(value);
    if (braces) context.addIssue({ code: "custom", message: braces });
    else if (unknownPlaceholders(value).length) context.addIssue({ code: "custom", message: knownPlaceholders });
  });

const chartText = z.strictObject({
  headline: withPlaceholders(drawnText),
  dek: withPlaceholders(optionalDrawnText),
});

/** A figure the article's text quotes, checked against the data at build time. */
const figure = z.strictObject({
  what: z
    .string()
    .regex(/^(killed|deadly_incidents|incidents|killed_[a-z0-9_]+)$/, 'what the figure counts: "killed", "deadly_incidents", "incidents" or a killed_… column'),
  value: z.number({ error: "a whole number, without quotes" }).int("a whole number").nonnegative("a number of 0 or more"),
  source: text,
  tally: z.string().min(1, "a tally id from tallies.csv").optional(),
  plusLater: z.boolean({ error: "true or false, without quotes" }).optional(),
});

const storySchema = z.strictObject({
  since: isoDate,
  asOf: isoDate,
  source: drawnText,
  credit: optionalDrawnText,
  notes: z.array(drawnText),
  charts: z.strictObject(Object.fromEntries(chartIds.map((id) => [id, chartText])) as Record<(typeof chartIds)[number], typeof chartText>),
  figures: z.array(figure).default([]),
  widths: z
    .array(z.number().int("a whole number of px").min(240, "at least 240 px").max(1600, "at most 1600 px"))
    .min(1, "at least one width")
    .refine((w) => new Set(w).size === w.length, "each width once")
    // 240 for narrow columns (a theme's padding around a phone's, a sidebar): the snippet shows it under
    // 267 px, where the 320 px version's notes would read under 10 px. What has no room in its plot goes to
    // the key (charts/options.ts, labelsToKey), so later incidents never leave a label out there.
    .default([640, 320, 240]),
  printWidths: z
    .array(
      z
        .number({ error: "a width in mm, a number without quotes" })
        .min(printWidthRange.min, `at least ${printWidthRange.min} mm (a print column's width, in millimetres)`)
        .max(printWidthRange.max, `at most ${printWidthRange.max} mm (a print column's width, in millimetres)`)
        .refine((mm) => Math.round(mm * 10) === mm * 10, "a width in mm with at most one decimal, such as 46.6")
    )
    .refine((w) => new Set(w).size === w.length, "each print width once")
    .default([...defaultPrintWidths]),
  socialCards: z.boolean({ error: "true or false, without quotes" }).default(true),
  embedFont: z.boolean({ error: "true or false, without quotes" }).default(true),
  darkMode: z.boolean({ error: "true or false, without quotes" }).default(true),
  // Goes into the charts' CSS: only a safe grammar (style/darkSelector.ts).
  darkSelector: z.string({ error: darkSelectorExpected }).refine((selector) => darkSelectorParts(selector) !== undefined, darkSelectorExpected).optional(),
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

/** Deeper than any story.json needs; deeper text is refused before it is parsed (the parsers recurse). */
const maxNesting = 20;

/** data/story.json: per-story settings. Unknown keys are errors: a typo must not be silently ignored. */
export function validateStory(json: string, file: string): { story?: Story; problems: Problem[] } {
  const tooDeep = nestingBeyond(json, maxNesting);
  if (tooDeep !== undefined) {
    return { problems: [{ file, line: tooDeep, expected: `at most ${maxNesting} levels of nested [ ] and { } (story.json needs three or four)` }] };
  }
  const { locator, syntaxErrors, repeatedKeys } = locateJson(json);
  if (syntaxErrors.length) {
    const [first] = syntaxErrors;
    return { problems: [{ file, line: first!.line, expected: `${first!.message} (story.json must be valid JSON)` }] };
  }
  // JSON.parse keeps the last of two equal keys without a word; the journalist may have edited the first.
  const problems: Problem[] = repeatedKeys.map(({ path, line, firstLine }) => ({
    file,
    line,
    column: formatPath(path),
    expected: `each key once in its object (line ${firstLine} has "${path.at(-1)}" already; JSON would silently keep only the last)`,
  }));
  const data: unknown = JSON.parse(json);
  const result = storySchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((key) => (typeof key === "number" ? key : String(key)));
      const keyPaths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...path, key]) : [path];
      for (const keyPath of keyPaths) {
        problems.push({ file, line: locator.lineOf(keyPath), column: formatPath(keyPath), value: valueAt(data, keyPath), expected: expectedFor(issue, keyPath, path, data) });
      }
    }
  }
  // The period is checked whenever both dates are real, even when other settings are wrong.
  const { since, asOf } = (data ?? {}) as { since?: unknown; asOf?: unknown };
  if (typeof since === "string" && typeof asOf === "string" && isCalendarDate(since) && isCalendarDate(asOf) && since >= asOf) {
    const expected = since === asOf ? `a date before asOf (${asOf}): the charts need a period of at least two days` : `a date before asOf (${asOf})`;
    problems.push({ file, line: locator.lineOf(["since"]), column: "since", value: since, expected });
  }
  if (!result.success || problems.length) return { problems };
  const settings = result.data;
  const figures = settings.figures.map((f, i) => ({ ...f, line: locator.lineOf(["figures", i]) }));
  const story = { ...settings, figures };
  rememberLocator(story, locator);
  return { story, problems: [] };
}

// zod's own words ("expected string, received number") are for programmers.
const typeWords: Record<string, string> = {
  string: "text in double quotes",
  number: "a number, without quotes",
  int: "a whole number, without quotes",
  boolean: "true or false, without quotes",
  array: "a list in square brackets, [ … ]",
  object: "a group of settings in braces, { … }",
};

function expectedFor(issue: z.core.$ZodIssue, keyPath: readonly (string | number)[], path: readonly (string | number)[], data: unknown): string {
  if (issue.code === "unrecognized_keys") return `only known settings here (${knownKeys(path).join(", ")}); check the spelling`;
  if (issue.code === "invalid_type" && valueAt(data, keyPath) === undefined) return `a "${formatPath(keyPath)}" setting; it is missing (see data/README.md)`;
  if (issue.code === "invalid_type") {
    // A message the schema sets ("true or false, without quotes") is already in plain words; zod's are not.
    if (!/^Invalid input|expected \w+, received/i.test(issue.message)) return issue.message;
    return typeWords[issue.expected] ?? `a value of another kind (${issue.expected})`;
  }
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
