import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvPiece, type CsvTable } from "../../src/input/parseCsv.js";
import { plainLineEnds } from "../../src/input/plainLineEnds.js";
import { splitRecords } from "../../src/input/splitRecords.js";

/** Each row's line, cells, and the text its cell ranges point at in `text`, moved by `shift` (as IncidentTable.joined moves them). */
const rowsOf = (table: CsvTable, text: string, shift = 0) => {
  const rows: { line: number; cells: string[]; texts: string[] }[] = [];
  table.forEachRow((cells, line, ranges) => {
    const texts = cells.map((_, k) => {
      const [start, end] = [ranges![2 * k]!, ranges![2 * k + 1]! + shift];
      return start >= 0 ? text.slice(start + shift, end) : text.slice(-start - 2 + shift, end).replaceAll('""', '"');
    });
    rows.push({ line, cells: [...cells], texts });
  });
  return rows;
};

/** Reads each piece as a worker does and puts the rows back together, their ranges moved into the whole text. */
function readInPieces(bytes: Uint8Array, parts: number, wholeText: string) {
  const split = splitRecords(bytes, parts);
  if (!split) return undefined;
  const decode = (from: number, to: number, ignoreBOM = true) => new TextDecoder("utf-8", { ignoreBOM }).decode(bytes.subarray(from, to));
  const header = decode(0, split.headerEnd, false);
  const rows: ReturnType<typeof rowsOf> = [];
  let at = plainLineEnds(header).length;
  let columns: string[] = [];
  for (const piece of split.pieces) {
    const table = parseCsvPiece(header, decode(piece.from, piece.to), "f.csv", piece.lineBreaksBefore + 1);
    if (!table) return undefined;
    columns = table.header;
    rows.push(...rowsOf(table, wholeText, at));
    at += table.text!.length;
  }
  return { header: columns, rows, textLength: at };
}

// Cells that matter to CSV: commas, quotes, line ends (LF, CR LF, lone CR) inside quotes, text beyond Latin-1.
const inside = fc.string({ unit: fc.constantFrom("a", "é", "’", " ", ",", '"', "\n", "\r\n", "\r"), maxLength: 6 });
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "b", "7", "é", "’"), maxLength: 4 }),
  inside.map((text) => `"${text.replaceAll('"', '""')}"`)
);
const lineEnd = fc.constantFrom("\n", "\r\n", "\r");
const csv = fc
  .tuple(
    fc.boolean(),
    // A header that names its columns (a blank first line is read with the whole file).
    fc.array(fc.string({ unit: fc.constantFrom("a", "b", "é"), minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 3 }), lineEnd), { maxLength: 12 }),
    lineEnd
  )
  .map(([bom, header, rows, headerEnd]) => `${bom ? "\ufeff" : ""}${header.join(",")}${headerEnd}${rows.map(([cells, end]) => cells.join(",") + end).join("")}`);

describe("splitRecords", () => {
  it("cuts only between records: read piece by piece, a file gives the rows, lines and text it gives whole", () => {
    fc.assert(
      fc.property(csv, fc.integer({ min: 2, max: 5 }), (text, parts) => {
        const bytes = new TextEncoder().encode(text);
        const whole = parseCsv(new TextDecoder().decode(bytes), "f.csv").table;
        const pieces = readInPieces(bytes, parts, whole.text!);
        // Every piece of a regular file reads (a cut inside quotes would leave one irregular, read whole).
        if (!splitRecords(bytes, parts)) return; // nothing after the header to split, or a header ending in a lone CR
        expect(pieces).toBeDefined();
        if (!pieces) return;
        expect(pieces.header).toEqual(whole.header);
        expect(pieces.rows).toEqual(rowsOf(whole, whole.text!));
        expect(pieces.textLength).toBe(whole.text!.length);
      }),
      { numRuns: 2000 }
    );
  });

  it("cuts a long file into the pieces asked for, each starting a record, quoted line ends included", () => {
    const rows = Array.from({ length: 400 }, (_, i) => `${i},"note ${i}\r\nwith ""quotes"", and a line end"\r\n`);
    const bytes = new TextEncoder().encode(`id,note\r\n${rows.join("")}`);
    const split = splitRecords(bytes, 4)!;
    expect(split.pieces).toHaveLength(4);
    expect(split.pieces[0]!.from).toBe(split.headerEnd);
    expect(split.headerLineBreaks).toBe(1);
    expect(split.pieces.at(-1)!.to).toBe(bytes.length);
    for (const [k, piece] of split.pieces.entries()) {
      if (k > 0) expect(piece.from).toBe(split.pieces[k - 1]!.to);
      const first = new TextDecoder().decode(bytes.subarray(piece.from, piece.from + 16));
      expect(first).toMatch(/^\d+,"note /);
      // Each record is two lines, after the one-line header.
      expect(piece.lineBreaksBefore).toBe(1 + 2 * Number(first.split(",")[0]));
    }
  });

  it("leaves a file whole when there is nothing after its header, or its header may end in a lone CR", () => {
    const split = (text: string) => splitRecords(new TextEncoder().encode(text), 2);
    expect(split("id,note\n")).toBeUndefined();
    expect(split("id,note")).toBeUndefined();
    expect(split("id,note\r1,a\n2,b\n3,c\n")).toBeUndefined();
    expect(split("id,note\r\n1,a\r\n2,b\r\n3,c\r\n")?.pieces).toHaveLength(2);
  });

  it("never makes an empty piece, however many are asked for", () => {
    const bytes = new TextEncoder().encode("id\n1\n2\n3\n");
    const pieces = splitRecords(bytes, 16)!.pieces;
    expect(pieces.map(({ from, to }) => new TextDecoder().decode(bytes.subarray(from, to)))).toEqual(["1\n", "2\n", "3\n"]);
  });
});
