/**
 * Where to cut a CSV file's bytes into pieces of whole records, so several threads can each read one.
 * A cut goes just after a line end that is outside any quoted cell: with regular quoting (see
 * hasRegularQuoting) that is a line end after an even number of quotes, since a quoted cell holds an even
 * number (its own two and any doubled ones). With irregular quoting a piece's reader finds the oddity
 * itself, and the whole file is read in one piece instead. Bytes 10 and 34 never occur inside a UTF-8
 * sequence, so the bytes can be cut before decoding.
 */

const lineFeed = 10;
const carriageReturn = 13;
const quote = 34;

export interface RecordSplit {
  /** Where the header record ends (after its line end): every piece is read after a copy of it. */
  headerEnd: number;
  /** Line breaks in the header, as the reader counts them. */
  headerLineBreaks: number;
  /** Consecutive byte ranges [from, to) of whole records, from the header's end to the file's. */
  pieces: { from: number; to: number; lineBreaksBefore: number }[];
}

/**
 * Up to `parts` pieces of about equal size, none empty; undefined when the file has no record after its
 * header, or when a lone carriage return comes before the header's first line feed (the header might end
 * there, and the records up to the line feed would be read as part of it).
 */
export function splitRecords(bytes: Uint8Array, parts: number): RecordSplit | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let quotes = 0; // quotes before `counted`
  let counted = 0;
  // Asked of ever later positions, so the quotes are counted once.
  const outsideQuotes = (at: number) => {
    for (let next = buffer.indexOf(quote, counted); next !== -1 && next < at; next = buffer.indexOf(quote, next + 1)) quotes++;
    counted = at;
    return quotes % 2 === 0;
  };
  /** The first record start at or after `from`: just after a line feed outside quotes. */
  const recordStartFrom = (from: number) => {
    for (let lf = buffer.indexOf(lineFeed, Math.max(0, from - 1)); lf !== -1; lf = buffer.indexOf(lineFeed, lf + 1)) {
      if (outsideQuotes(lf)) return lf + 1;
    }
    return -1;
  };
  const headerEnd = recordStartFrom(0);
  if (headerEnd === -1 || headerEnd >= buffer.length) return undefined;
  const carriageReturnAt = buffer.indexOf(carriageReturn);
  if (carriageReturnAt !== -1 && carriageReturnAt < headerEnd - 2) return undefined;
  const cuts = [headerEnd];
  for (let k = 1; k < parts; k++) {
    const cut = recordStartFrom(Math.max(Math.floor((k * buffer.length) / parts), cuts.at(-1)! + 2));
    if (cut === -1 || cut >= buffer.length) break;
    cuts.push(cut);
  }
  const breaks = lineBreaksAt(buffer, cuts);
  return {
    headerEnd,
    headerLineBreaks: breaks[0]!,
    pieces: cuts.map((from, k) => ({ from, to: cuts[k + 1] ?? buffer.length, lineBreaksBefore: breaks[k]! })),
  };
}

/**
 * Line breaks before each position (ascending), counted as the CSV reader counts lines: a line feed, a
 * CR LF pair or a lone carriage return each end one line.
 */
function lineBreaksAt(buffer: Buffer, positions: number[]): number[] {
  const counts: number[] = [];
  const crs = buffer.includes(carriageReturn);
  let count = 0;
  let at = 0;
  for (const position of positions) {
    for (let lf = buffer.indexOf(lineFeed, at); lf !== -1 && lf < position; lf = buffer.indexOf(lineFeed, lf + 1)) {
      count++;
      at = lf + 1;
    }
    counts.push(count);
  }
  if (!crs) return counts;
  // Lone carriage returns (not followed by a line feed) end lines too.
  let lone = 0;
  let cr = buffer.indexOf(carriageReturn);
  return positions.map((position, k) => {
    for (; cr !== -1 && cr < position; cr = buffer.indexOf(carriageReturn, cr + 1)) if (buffer[cr + 1] !== lineFeed) lone++;
    return counts[k]! + lone;
  });
}
