import { parse } from "csv-parse/sync";
import type { Problem } from "./problems.js";

/** One data row: its cells by column name and the line it starts on. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/**
 * Parses CSV text with a header row. Accepts what spreadsheets really write (CRLF, quoted commas and
 * newlines, stray spaces around cells); blank lines are skipped. Rows with the wrong number of cells are
 * reported with their line. `fatal` means nothing could be read, so checking columns would only add noise.
 */
export function parseCsv(text: string, file: string): { table: CsvTable; problems: Problem[]; fatal: boolean } {
  const problems: Problem[] = [];
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    // Windows line ends become plain ones first: csv-parse counts a CRLF inside a quoted cell as two lines.
    const lf = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
    records = parse(lf, { bom: true, info: true, trim: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    problems.push({ file, line: lines, expected: `well-formed CSV (${message.replace(/ at line \d+$/, "")}); check for an unclosed quote` });
    return { table: { file, header: [], rows: [] }, problems, fatal: true };
  }
  const [head, ...body] = records;
  if (!head) return { table: { file, header: [], rows: [] }, problems: [{ file, expected: "a header row naming the columns (the file is empty)" }], fatal: true };
  const header = head.record;
  const rows: CsvRow[] = [];
  // csv-parse reports the line a record ends on; a quoted cell may span lines, so a record starts after
  // the previous one's end and any blank lines skipped in between.
  let previous = head.info;
  for (const { record, info } of body) {
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;
    if (record.length !== header.length) {
      problems.push({ file, line, expected: `${header.length} cells, one per column in the header row; found ${record.length}` });
      continue;
    }
    rows.push({ line, cells: Object.fromEntries(header.map((name, i) => [name, record[i]!])) });
  }
  return { table: { file, header, rows }, problems, fatal: false };
}
