/**
 * Field rules shared by the data files. Each error message is the "expected …" half of a problem,
 * written for a journalist, not a programmer.
 */
import * as z from "zod";
import { isNoPublicLink, noPublicLink } from "../../dataset/incident.js";
import { bidiControl, invalidXmlCharacter, invisibleCharacter } from "../../text/xmlText.js";

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDate = z.string().refine(isCalendarDate, "a real calendar date written YYYY-MM-DD, such as 2025-11-26");

const noHiddenCharacters = (what: string) => `text without hidden control characters (one was probably pasted in; retype the ${what})`;
const noDirectionControls = (what: string) => `text without invisible direction controls (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C), which make a chart draw the text reordered; retype the ${what}`;
const noInvisibleCharacters = (what: string) => `text without invisible format characters (zero-width space, soft hyphen, word joiner, byte-order mark, C1 controls; the joiners U+200C and U+200D are allowed); retype the ${what}`;
const lineBreakOrTab = /[\t\n\r]/;

/**
 * The one rule for the characters a text may hold, for the data's cells and for translations alike: why
 * `value` is refused (the "expected …" half of a problem), or undefined. Data cells may hold tabs and line
 * breaks; `lineBreaks: false` refuses them too (a translated text is one line; wrapping is the chart's).
 */
export function hiddenCharacterIn(value: string, { lineBreaks = true, what = "cell" }: { lineBreaks?: boolean; what?: string } = {}): string | undefined {
  if (invalidXmlCharacter.test(value) || (!lineBreaks && lineBreakOrTab.test(value))) return noHiddenCharacters(what);
  if (bidiControl.test(value)) return noDirectionControls(what);
  if (invisibleCharacter.test(value)) return noInvisibleCharacters(what);
  return undefined;
}

/**
 * Longest text a cell may hold, and text drawn on a chart. Beyond these the build refuses the cell rather
 * than spend minutes wrapping it: wrapping is linear, but nothing drawn needs more.
 */
export const maxTextLength = 10_000;
export const maxDrawnLength = 1_000;

const tooLong = (max: number, drawn: boolean) =>
  `at most ${max.toLocaleString("en")} characters${drawn ? " (it is drawn on the chart)" : ""}; shorten it`;

export const optionalText = z
  .string()
  .max(maxTextLength, tooLong(maxTextLength, false))
  .superRefine((value, context) => {
    const refused = hiddenCharacterIn(value);
    if (refused) context.addIssue({ code: "custom", message: refused });
  });

export const text = z.string().min(1, "some text; this cell must not be empty").pipe(optionalText);

/** Text drawn on a chart: shorter still. */
export const optionalDrawnText = z.string().max(maxDrawnLength, tooLong(maxDrawnLength, true)).pipe(optionalText);
export const drawnText = z.string().min(1, "some text; this cell must not be empty").pipe(optionalDrawnText);

// Six digits is far beyond any real count here; more is a typo or a pasted cell.
export const count = z
  .string()
  .regex(/^\d{1,6}$/, "a whole number from 0 to 999999, such as 3 (write 0 for none)")
  .transform(Number);

export const optionalCount = z
  .string()
  .regex(/^\d{0,6}$/, "a whole number from 0 to 999999, or an empty cell when no source gives a number")
  .transform((value) => (value === "" ? null : Number(value)));

export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const linkList = z
  .string()
  .max(maxTextLength, tooLong(maxTextLength, false))
  .transform((value) => value.split(/\s+/).filter(Boolean))
  .refine((urls) => urls.every(isWebLink), "one or more web links starting http:// or https://, separated by spaces");

const linksOrNone = `one or more web links starting http:// or https://, separated by spaces, or "${noPublicLink}" when the source has none (a wire report, a phone call, a paywalled article; the source cell then names the outlet and the date)`;

/**
 * One or more http(s) links separated by spaces, or "no public link" (no links): the codebook requires
 * every incident to say where its source can be read, or that it cannot.
 */
export const links = z
  .string()
  .min(1, `${linksOrNone}; the codebook requires one for every incident`)
  .max(maxTextLength, tooLong(maxTextLength, false))
  .transform((value) => (isNoPublicLink(value) ? [] : value.split(/\s+/).filter(Boolean)))
  .refine((urls) => urls.every(isWebLink), linksOrNone);

/** Zero or more links (a tally may have none to give). */
export const optionalLinks = linkList;

export const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour written #rrggbb, such as #1f5fa8");

export const categoryColumn = z.string().regex(/^killed_[a-z0-9_]+$/, "a column name starting killed_, in lower case, such as killed_border_guards");

// A date as a source cell gives one: 2026-01-19, 19 Jan, 19 January 2026, Jan. 19.
const month = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const writtenDate = new RegExp(`\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${month}(?![a-z])|\\b${month}\\s+\\d{1,2}\\b`, "gi");

/**
 * What a source with no public link is missing from its source cell, the only citation readers get: the
 * outlet (some words besides the date) and the date. Undefined when it has both.
 */
export function unlinkedSourceLacks(source: string): string | undefined {
  const hasDate = writtenDate.test(source);
  writtenDate.lastIndex = 0;
  const hasOutlet = /\p{L}{2,}/u.test(source.replace(writtenDate, " "));
  if (hasDate && hasOutlet) return undefined;
  const what = !hasDate && !hasOutlet ? "the outlet and the date" : hasDate ? "the outlet" : "the date";
  return `${what} of the report, such as "Reuters wire, 19 Jan 2026" or "Border Troops press office by phone, 19 Jan 2026": source_url says there is no public link, so this cell is the only citation readers get`;
}
