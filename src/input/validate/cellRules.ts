/**
 * The rules for CSV cells: each pairs a zod schema, which decides and words what is wrong, with a quick
 * test that accepts the common valid cell without it. With a million rows, asking zod about fourteen
 * million cells takes seconds; the quick tests take a fraction of that and zod sees only the cells they
 * are unsure of. A property test holds each quick test to its schema: it may pass a cell on, never accept
 * one the schema rejects or parse it differently.
 */
import type * as z from "zod";
import { hiddenCharacter } from "../../text/xmlText.js";
import { count, drawnText, isCalendarDate, isoDate, links, maxDrawnLength, maxTextLength, optionalCount, optionalDrawnText, optionalLinks, optionalText, text } from "./fields.js";

export interface CellRule<T> {
  schema: z.ZodType<T, string>;
  /** The cell's value when it is certainly valid; undefined to ask the schema. */
  quick?: (cell: string) => T | undefined;
}

const plainText = (cell: string, max: number) => cell.length <= max && !hiddenCharacter.test(cell);

export const textCell: CellRule<string> = {
  schema: text,
  quick: (cell) => (cell !== "" && plainText(cell, maxTextLength) ? cell : undefined),
};

export const optionalTextCell: CellRule<string> = {
  schema: optionalText,
  quick: (cell) => (plainText(cell, maxTextLength) ? cell : undefined),
};

/** Text drawn on a chart (labels, notes): shorter, so no cell can make drawing slow. */
export const drawnTextCell: CellRule<string> = {
  schema: drawnText,
  quick: (cell) => (cell !== "" && plainText(cell, maxDrawnLength) ? cell : undefined),
};

export const optionalDrawnTextCell: CellRule<string> = {
  schema: optionalDrawnText,
  quick: (cell) => (plainText(cell, maxDrawnLength) ? cell : undefined),
};

/** A whole number of one to six digits, read without a regular expression or Number(). */
function digits(cell: string): number | undefined {
  if (cell.length === 0 || cell.length > 6) return undefined;
  let value = 0;
  for (let i = 0; i < cell.length; i++) {
    const digit = cell.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

export const countCell: CellRule<number> = { schema: count, quick: digits };

export const optionalCountCell: CellRule<number | null> = {
  schema: optionalCount,
  quick: (cell) => (cell === "" ? null : digits(cell)),
};

// A story spans a few hundred distinct dates, so each is checked against the calendar once, and every
// row of a date shares one string. Capped, so a file of a million distinct dates cannot grow it without end.
const knownDates = new Map<string, string>();
export const dateCell: CellRule<string> = {
  schema: isoDate,
  quick(cell) {
    const known = knownDates.get(cell);
    if (known !== undefined) return known;
    if (!isCalendarDate(cell)) return undefined;
    if (knownDates.size < 100_000) knownDates.set(cell, cell);
    return cell;
  },
};

// One plain http(s) link: a host of letters, digits and hyphens with a dot, ending in a name (a number
// there would be read as an IPv4 address), no port, no punycode, then printable ASCII. Anything else goes
// to the schema, which asks the WHATWG URL parser.
const plainLink = /^https?:\/\/(?!xn--)[a-z0-9-]+(?:\.(?!xn--)[a-z0-9-]+)*\.(?!xn--)[a-z][a-z0-9-]*(?:[/?#][!-~]*)?$/i;
export const linksCell: CellRule<string[]> = {
  schema: links,
  quick: (cell) => (plainLink.test(cell) ? [cell] : undefined),
};

export const optionalLinksCell: CellRule<string[]> = {
  schema: optionalLinks,
  quick: (cell) => (cell === "" ? [] : plainLink.test(cell) ? [cell] : undefined),
};

export const slugCell = (schema: z.ZodType<string, string>, pattern: RegExp): CellRule<string> => ({
  schema,
  quick: (cell) => (pattern.test(cell) ? cell : undefined),
});
