/**
 * CSV text for a data table (csv-stringify: quoting as RFC 4180). Every cell and every header goes through
 * one neutraliser: a cell a spreadsheet would run as a formula (starting = + - @, also behind any Unicode
 * space, control or invisible format character: a tab, a no-break space, U+3000, a zero-width space) gets a
 * leading apostrophe, so opening "Get the data" in Excel or Sheets can never execute anything from the data
 * or a translation; and a cell holding a CR or LF is quoted, so a line break can never split a row.
 */
import { stringify } from "csv-stringify/sync";
import type { DataTable } from "./chartData.js";

export function toCsv({ columns, rows }: DataTable): string {
  // Headers are translated text too (ui.csv.*): neutralised like any cell, never written as they came.
  return stringify([columns.map(neutralise), ...rows.map((row) => row.map(neutralise))], { record_delimiter: "\n", quoted_match: lineBreak });
}

// csv-stringify quotes a field holding its record delimiter ("\n") but not a lone CR, which readers take as a row's end.
const lineBreak = /[\r\n\u0085\u2028\u2029]/;

// Spreadsheets skip white space and invisible characters before a formula sign (a line break, a no-break
// space, an ideographic space, a zero-width space, a byte-order mark), so none may hide one: every Unicode
// space (\p{Z}, \s), control (\p{Cc}) and format character (\p{Cf}), and the full-width signs (＝＋－＠).
const formulaStart = /^[\s\p{Z}\p{Cc}\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

export function neutralise(cell: string | number): string | number {
  return typeof cell === "string" && formulaStart.test(cell) ? `'${cell}` : cell;
}
