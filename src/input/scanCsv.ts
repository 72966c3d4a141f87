/**
 * A fast reader for CSV whose quoting is regular, for data files with hundreds of thousands of rows.
 * It reads exactly what csv-parse reads with the options parseCsv uses (trim, blank lines skipped, LF line
 * ends) — a property test holds the two together — but slices cells straight out of the text instead of
 * building them a character at a time, and hands each record to a callback instead of keeping them all.
 * Anything irregular (a quote inside a cell, text after a closing quote, a quote left open) goes to
 * csv-parse, which words the error or reads the oddity its own way.
 */
import { grown } from "../dataset/columns.js";

const quote = 34; // "
const comma = 44;
const newline = 10;

// csv-parse's "trimable" characters: skipped before a cell and after a closing quote.
const isTrimmable = (code: number) => code === 32 || code === 9 || code === 12 || code === 13 || code === 10;

/**
 * Whether every quote in the text opens a cell (after nothing but spaces or tabs), is doubled inside one,
 * or closes one (before nothing but spaces or tabs, then a comma, a line end or the end). Jumps from quote
 * to quote, so text without quotes costs one search.
 */
export function hasRegularQuoting(text: string): boolean {
  let at = text.indexOf('"');
  while (at !== -1) {
    let before = at - 1;
    while (before >= 0 && isTrimmable(text.charCodeAt(before)) && text.charCodeAt(before) !== newline) before--;
    const opener = text.charCodeAt(before);
    if (before >= 0 && opener !== comma && opener !== newline) return false;
    let close = text.indexOf('"', at + 1);
    while (close !== -1 && text.charCodeAt(close + 1) === quote) close = text.indexOf('"', close + 2);
    if (close === -1) return false;
    let after = close + 1;
    while (after < text.length && isTrimmable(text.charCodeAt(after)) && text.charCodeAt(after) !== newline) after++;
    const next = text.charCodeAt(after);
    if (after < text.length && next !== comma && next !== newline) return false;
    at = text.indexOf('"', after);
  }
  return true;
}

/** Where a scan stopped: the offset of the next record and the line it is on. */
export interface ScanPosition {
  offset: number;
  line: number;
}

/**
 * Where each cell's value lies in the text: cell k is text.slice(ranges[2k], ranges[2k + 1]). A quoted cell
 * with doubled quotes is marked by a start of -2 or less: its text, still doubled, begins at -start - 2
 * (see quotedStart). -1 means the cell is only in the cells array (rows csv-parse read). Lets a
 * million-row table keep offsets instead of strings.
 */
export type CellRanges = Int32Array<ArrayBuffer>;

/** The start recorded for a quoted cell whose text (from `start`) has doubled quotes; see CellRanges. */
export const quotedStart = (start: number) => -start - 2;

/**
 * Reads records from `start` (text with LF line ends, no BOM and regular quoting, see hasRegularQuoting),
 * calling visit with the cells, the line each record starts on and where each cell lies in the text. The
 * arrays are reused between calls. Stops early when visit returns false; returns where the next record starts.
 */
export function scanCsv(
  text: string,
  start: ScanPosition,
  visit: (cells: string[], line: number, ranges: CellRanges) => boolean | void
): ScanPosition {
  const end = text.length;
  const cells: string[] = [];
  let ranges = new Int32Array(64);
  let at = start.offset;
  let line = start.line;
  let nextQuote = -1;
  while (at < end) {
    // Most lines of a large export have no quotes and no padding: split them natively in one go.
    if (nextQuote < at) nextQuote = text.indexOf('"', at) >>> 0; // none: 2^32 - 1, past any line
    const lineEnd = text.indexOf("\n", at) >>> 0;
    if (nextQuote > lineEnd || (lineEnd > end && nextQuote >= end)) {
      const stop = Math.min(lineEnd, end);
      const plain = text.slice(at, stop).split(",");
      if (plain.length * 2 > ranges.length) ranges = grown(ranges, plain.length * 2);
      if (unpadded(plain, at, ranges)) {
        const recordLine = line;
        at = stop + 1;
        line++;
        if (plain.length === 1 && plain[0] === "") continue; // a blank line
        if (visit(plain, recordLine, ranges) === false) break;
        continue;
      }
    }
    cells.length = 0;
    const recordLine = line;
    let blank = true; // csv-parse skips a line with nothing but trimmable characters
    for (;;) {
      while (at < end && isTrimmable(text.charCodeAt(at)) && text.charCodeAt(at) !== newline) at++;
      let cell: string;
      let from: number; // see CellRanges
      let to: number;
      if (text.charCodeAt(at) === quote) {
        blank = false;
        let close = text.indexOf('"', at + 1);
        let escaped = false;
        while (text.charCodeAt(close + 1) === quote) {
          escaped = true;
          close = text.indexOf('"', close + 2);
        }
        from = escaped ? quotedStart(at + 1) : at + 1;
        to = close;
        cell = text.slice(at + 1, close);
        if (escaped) cell = cell.replaceAll('""', '"');
        for (let nl = cell.indexOf("\n"); nl !== -1; nl = cell.indexOf("\n", nl + 1)) line++;
        at = close + 1;
        while (at < end && isTrimmable(text.charCodeAt(at)) && text.charCodeAt(at) !== newline) at++;
      } else {
        from = at;
        while (at < end) {
          const code = text.charCodeAt(at);
          if (code === comma || code === newline) break;
          at++;
        }
        if (at > from) blank = false;
        cell = text.slice(from, at);
        // csv-parse trims the end of an unquoted cell with String.prototype.trimEnd (any white space).
        const last = cell.charCodeAt(cell.length - 1);
        if (last <= 32 || last > 126) cell = cell.trimEnd();
        to = from + cell.length;
      }
      if (cells.length * 2 === ranges.length) ranges = grown(ranges);
      ranges[cells.length * 2] = from;
      ranges[cells.length * 2 + 1] = to;
      cells.push(cell);
      if (at < end && text.charCodeAt(at) === comma) {
        at++;
        blank = false;
        continue;
      }
      break;
    }
    if (at < end) {
      at++; // the line end
      line++;
    }
    if (blank) continue;
    if (visit(cells, recordLine, ranges) === false) break;
  }
  return { offset: at, line };
}

/**
 * Whether no cell of a quote-free line starts or ends with white space (which the full reader trims), filling
 * in each cell's range from the line's start.
 */
function unpadded(cells: string[], lineStart: number, ranges: CellRanges): boolean {
  let from = lineStart;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    if (cell.length) {
      const first = cell.charCodeAt(0);
      const last = cell.charCodeAt(cell.length - 1);
      if (first <= 32 || last <= 32 || (last > 126 && cell.trimEnd().length !== cell.length)) return false;
    }
    ranges[2 * k] = from;
    ranges[2 * k + 1] = from + cell.length;
    from += cell.length + 1;
  }
  return true;
}
