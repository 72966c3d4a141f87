/**
 * Field rules shared by the data files. Each error message is the "expected …" half of a problem,
 * written for a journalist, not a programmer.
 */
import * as z from "zod";
import { invalidXmlCharacter } from "../text/xmlText.js";

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDate = z.string().refine(isCalendarDate, "a real calendar date written YYYY-MM-DD, such as 2025-11-26");

const noHiddenCharacters = "text without hidden control characters (one was probably pasted in; retype the cell)";

export const optionalText = z.string().refine((value) => !invalidXmlCharacter.test(value), noHiddenCharacters);

export const text = z.string().min(1, "some text; this cell must not be empty").pipe(optionalText);

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

/** Zero or more http(s) links separated by spaces. */
export const links = z
  .string()
  .transform((value) => value.split(/\s+/).filter(Boolean))
  .refine((urls) => urls.every(isWebLink), "one or more web links starting http:// or https://, separated by spaces");

export const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour written #rrggbb, such as #1f5fa8");

export const categoryColumn = z.string().regex(/^killed_[a-z0-9_]+$/, "a column name starting killed_, in lower case, such as killed_border_guards");
