/**
 * CSV text for a data table (csv-stringify: quoting as RFC 4180). A cell a spreadsheet would run as a
 * formula (starting = + - @, also after white space or invisible characters, or a tab or line break) gets a leading apostrophe, so opening
 * "Get the data" in Excel or Sheets can never execute anything from the data.
 */
import { stringify } from "csv-stringify/sync";
import type { DataTable } from "./chartData.js";

export function toCsv({ columns, rows }: DataTable): string {
  return stringify([columns, ...rows.map((row) => row.map(neutralise))], { record_delimiter: "\n" });
}

// Spreadsheets skip white space and invisible characters before a formula sign (a line break, a no-break
// space, a zero-width space, a byte-order mark), so those must not hide one: "\u00a0=HYPERLINK(…)" runs too.
const formulaStart = /^[\s\u200b-\u200d\u2060\u180e\ufeff]*[=+\-@]|^[\t\r\n]/;

export function neutralise(cell: string | number): string | number {
  return typeof cell === "string" && formulaStart.test(cell) ? `'${cell}` : cell;
}
