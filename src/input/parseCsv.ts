import { parse } from "csv-parse/sync";
import { plainLineEnds } from "./plainLineEnds.js";
import type { Problem } from "./problems.js";
import { hasRegularQuoting, scanCsv, type CellRanges } from "./scanCsv.js";

/**
 * A CSV file's header and a way to walk its rows. Rows are read as they are visited, not kept: a conflict
 * export may have a million of them.
 */
export interface CsvTable {
  file: string;
  header: string[];
  /**
   * Calls visit with each data row's cells (by header position; a row may have more or fewer), the line
   * it starts on and, when the fast reader read it, where each cell lies in `text` (see CellRanges). The
   * arrays are reused from row to row: copy what must outlive the call.
   */
  forEachRow(visit: (cells: readonly string[], line: number, ranges?: CellRanges) => void): void;
  /** The text cell ranges point into. */
  text?: string;
}

export const emptyTable = (file: string): CsvTable => ({ file, header: [], forEachRow() {} });

/**
 * Parses CSV text with a header row. Accepts what spreadsheets really write (CRLF, quoted commas and
 * newlines, stray spaces around cells); blank lines are skipped. `fatal` means nothing could be read, so
 * checking columns would only add noise.
 */
export function parseCsv(text: string, file: string): { table: CsvTable; problems: Problem[]; fatal: boolean } {
  const lf = plainLineEnds(text);
  return hasRegularQuoting(lf) ? scanTable(lf, file) : parseWithCsvParse(lf, file);
}

/**
 * "semicolons" or "tabs" when the header row has none of the commas CSV needs but one of the separators
 * European spreadsheets and "Unicode text" exports use: read as CSV, such a file only looks like one long
 * column, or a quote gone wrong.
 */
export function otherSeparator(text: string): string | undefined {
  const lineEnd = text.indexOf("\n");
  const header = (lineEnd === -1 ? text : text.slice(0, lineEnd)).replace(/"[^"]*"/g, "");
  if (header.includes(",")) return undefined;
  if (header.includes(";")) return "semicolons";
  if (header.includes("\t")) return "tabs";
  return undefined;
}

const noHeader = (file: string) => ({
  table: emptyTable(file),
  problems: [{ file, expected: "a header row naming the columns (the file is empty)" }],
  fatal: true,
});

/** The fast path: the header now, the rows each time they are walked. */
function scanTable(text: string, file: string): ReturnType<typeof parseCsv> {
  let header: string[] | undefined;
  const rowsStart = scanCsv(text, { offset: 0, line: 1 }, (cells) => {
    header = [...cells];
    return false;
  });
  if (!header) return noHeader(file);
  const table: CsvTable = {
    file,
    header,
    forEachRow: (visit) => void scanCsv(text, rowsStart, visit),
    text,
  };
  return { table, problems: [], fatal: false };
}

/** csv-parse reads irregular quoting its own way, and words the error when there is one. Exported for the
 * property test that holds the fast path to it. */
export function parseWithCsvParse(text: string, file: string): ReturnType<typeof parseCsv> {
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(text, { info: true, trim: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    const problem = { file, line: lines, expected: `well-formed CSV (${message.replace(/ at line \d+$/, "")}); check for an unclosed quote` };
    return { table: emptyTable(file), problems: [problem], fatal: true };
  }
  const [head, ...body] = records;
  if (!head) return noHeader(file);
  // csv-parse reports the line a record ends on; a quoted cell may span lines, so a record starts after
  // the previous one's end and any blank lines skipped in between.
  let previous = head.info;
  const rows = body.map(({ record, info }) => {
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;
    return { line, cells: record };
  });
  const table: CsvTable = {
    file,
    header: head.record,
    forEachRow(visit) {
      for (const { cells, line } of rows) visit(cells, line);
    },
  };
  return { table, problems: [], fatal: false };
}
