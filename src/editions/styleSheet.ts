/**
 * A language's style sheet, data/style/<lang>.json: how that language's press writes this story's place
 * names, outlets, quotation marks, dates, numbers and digits, each choice with its source. A rule that
 * lists variants to `never` write is also checked against the edition's translation file (checkStyle.ts);
 * the others are there for the translator and the reviewer to read. The rules live in the data, so a
 * desk adds one without touching code.
 */
import { join } from "node:path";
import * as z from "zod";
import { locateJson, nestingBeyond } from "../input/jsonLocations.js";
import type { Problem } from "../input/problems.js";
import { hiddenCharacterIn } from "../input/validate/fields.js";

export const styleFolder = "style";

export function styleSheetPath(dataDir: string, lang: string): string {
  return join(dataDir, styleFolder, `${lang}.json`);
}

/** One choice of the style sheet. */
export interface StyleRule {
  /** What it is about: "place names", "outlets", "quotation marks", "digits", "dates", … */
  topic: string;
  /** What to write. */
  write: string;
  /** Variants the translation must not hold (compared ignoring case): the check names the key that does. */
  never: readonly string[];
  /** The keys the rule is checked in; every key when empty. */
  keys: readonly string[];
  /** A variant found stops the build ("problem": a wrong fact, a wrong name) or is printed ("warning": typography). */
  level: "problem" | "warning";
  why: string;
  /** Where the choice comes from: the research notes, a native review, CLDR, a standard. */
  source: string;
  /** The rule's line in the style sheet, for messages that point to it. */
  line?: number | undefined;
}

export interface StyleSheet {
  file: string;
  language: string;
  rules: StyleRule[];
}

// A variant is text a translator might write, not a pattern: no regular expression from a data file runs.
const variant = z
  .string()
  .min(1, "a variant in quotes, at least one character")
  .max(100, "at most 100 characters for a variant")
  .refine((value) => hiddenCharacterIn(value, { lineBreaks: false, what: "variant" }) === undefined, "no invisible characters (write a no-break space as \\u00a0)");
const words = (what: string) => z.string({ error: `${what}, in quotes` }).min(1, `${what}, in quotes`).max(2_000, `at most 2,000 characters for ${what}`);

const ruleSchema = z
  .strictObject({
    topic: words("what the rule is about"),
    write: words("what to write"),
    never: z.array(variant).max(50, "at most 50 variants per rule").default([]),
    keys: z.array(z.string().min(1).max(300)).max(200, "at most 200 keys per rule").default([]),
    level: z.enum(["problem", "warning"], { error: '"problem" (stops the build) or "warning"' }).optional(),
    why: z.string().max(2_000).default(""),
    source: words("where the choice comes from"),
  })
  .refine((rule) => !rule.never.length || rule.level, { message: 'a "level" ("problem" or "warning") for a rule with variants to check', path: ["level"] });

const sheetSchema = z.strictObject({
  language: z.string().min(1, 'the language tag in quotes, e.g. "fr"'),
  about: z.string().optional(),
  rules: z.array(ruleSchema).max(500, "at most 500 rules"),
});

/** `file`: how problems name it ("data/style/ar.json"). */
export function parseStyleSheet(text: string, file: string): { sheet?: StyleSheet; problems: Problem[] } {
  const tooDeep = nestingBeyond(text, 10);
  if (tooDeep !== undefined) return { problems: [{ file, line: tooDeep, expected: "at most 10 levels of nested [ ] and { } (a style sheet needs four)" }] };
  const { locator, syntaxErrors, repeatedKeys } = locateJson(text);
  if (syntaxErrors.length) return { problems: syntaxErrors.map(({ line, message }) => ({ file, line, expected: `${message} (a style sheet is JSON)` })) };
  const problems: Problem[] = repeatedKeys.map(({ path, line, firstLine }) => ({ file, line, column: path.join("."), expected: `each key once in its object (line ${firstLine} has it already)` }));
  const result = sheetSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((key) => (typeof key === "number" ? key : String(key)));
      problems.push({ file, line: locator.lineOf(path), column: path.join("."), expected: issue.code === "unrecognized_keys" ? `only topic, write, never, keys, level, why and source in a rule (not ${issue.keys.join(", ")})` : issue.message });
    }
  }
  if (!result.success || problems.length) return { problems };
  const rules = result.data.rules.map((rule, i) => ({ ...rule, level: rule.level ?? "warning", line: locator.lineOf(["rules", i]) }));
  return { sheet: { file, language: result.data.language, rules }, problems: [] };
}
