import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, parseWithCsvParse, type CsvTable } from "../../src/input/parseCsv.js";
import { hasRegularQuoting } from "../../src/input/scanCsv.js";

const rowsOf = (table: CsvTable) => {
  const rows: [number, string[]][] = [];
  table.forEachRow((cells, line) => rows.push([line, [...cells]]));
  return rows;
};

const read = (text: string) => {
  const { table, problems, fatal } = parseCsv(text, "f.csv");
  return { header: table.header, rows: rowsOf(table), problems, fatal };
};

const readWithCsvParse = (text: string) => {
  const { table, problems, fatal } = parseWithCsvParse(text, "f.csv");
  return { header: table.header, rows: rowsOf(table), problems, fatal };
};

// Characters that matter to CSV and to trimming, plus ordinary ones.
const character = fc.constantFrom("a", "b", "é", " ", "\t", "\f", "\u00a0", ",", '"', "\n");
const plainCell = fc.string({ unit: fc.constantFrom("a", "é", " ", "\t", "\f", "\u00a0"), maxLength: 4 });
const quotedCell = fc
  .tuple(fc.string({ unit: fc.constantFrom(" ", "\t"), maxLength: 2 }), fc.string({ unit: character, maxLength: 5 }), fc.string({ unit: fc.constantFrom(" ", "\t"), maxLength: 2 }))
  .map(([before, inside, after]) => `${before}"${inside.replaceAll('"', '""')}"${after}`);
const regularCsv = fc
  .array(fc.oneof(fc.constant(""), fc.array(fc.oneof(plainCell, quotedCell), { minLength: 1, maxLength: 4 }).map((cells) => cells.join(","))), { maxLength: 6 })
  .chain((lines) => fc.boolean().map((trailing) => lines.join("\n") + (trailing ? "\n" : "")));

describe("parseCsv", () => {
  it("gives each row the line it starts on, across quoted line breaks, blank lines, CRLF and a BOM", () => {
    const { table, problems } = parseCsv('\ufeffa,b\r\n\r\n1,"x\r\ny"\r\n\r\n\r\n3,4\r\n5,6', "f.csv");
    expect(problems).toEqual([]);
    expect(table.header).toEqual(["a", "b"]);
    expect(rowsOf(table).map(([line, cells]) => [line, cells[1]])).toEqual([
      [3, "x\ny"],
      [7, "4"],
      [8, "6"],
    ]);
  });

  it("reports an unclosed quote with csv-parse's words and the line", () => {
    const { problems, fatal } = parseCsv('a,b\n1,"x\n2,3\n', "f.csv");
    expect(fatal).toBe(true);
    expect(problems).toEqual([{ file: "f.csv", line: 3, expected: expect.stringMatching(/^well-formed CSV \(Quote Not Closed.*unclosed quote$/) }]);
  });

  it("reads regular CSV by the fast path exactly as csv-parse reads it", () => {
    fc.assert(
      fc.property(regularCsv, (text) => {
        expect(hasRegularQuoting(text)).toBe(true);
        expect(read(text)).toEqual(readWithCsvParse(text));
        // Where a cell is in the text verbatim, its range points at it.
        const { table } = parseCsv(text, "f.csv");
        table.forEachRow((cells, _, ranges) => {
          cells.forEach((cell, k) => {
            const [start, end] = [ranges![2 * k]!, ranges![2 * k + 1]!];
            if (start >= 0) expect(table.text!.slice(start, end)).toBe(cell);
            else expect(table.text!.slice(-start - 2, end).replaceAll('""', '"')).toBe(cell);
          });
        });
      }),
      { numRuns: 3000 }
    );
  });

  it("reads any text, regular or not, as csv-parse reads it", () => {
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 30 }), (text) => {
        expect(read(text)).toEqual(readWithCsvParse(text));
      }),
      { numRuns: 3000 }
    );
  });
});
