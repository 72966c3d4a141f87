/**
 * CSV text for a data table (csv-stringify: quoting as RFC 4180). A cell a spreadsheet would run as a
 * formula (starting = + - @ or a tab or carriage return) gets a leading apostrophe, so opening
 * "Get the data" in Excel or Sheets can never execute anything from the data.
 */
import { stringify } from "csv-stringify/sync";
import type { DataTable } from "./chartData.js";

export function toCsv({ columns, rows }: DataTable): string {
  return stringify([columns, ...rows.map((row) => row.map(neutralise))], { record_delimiter: "\n" });
}

export function neutralise(cell: string | number): string | number {
  return typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
