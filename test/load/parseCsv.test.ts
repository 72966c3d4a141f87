import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/load/parseCsv.js";

describe("parseCsv", () => {
  it("gives each row the line it starts on, across quoted line breaks, blank lines, CRLF and a BOM", () => {
    const { table, problems } = parseCsv('\ufeffa,b\r\n\r\n1,"x\r\ny"\r\n\r\n\r\n3,4\r\n5,6', "f.csv");
    expect(problems).toEqual([]);
    expect(table.rows.map((r) => [r.line, r.cells.b])).toEqual([
      [3, "x\ny"],
      [7, "4"],
      [8, "6"],
    ]);
  });

  it("reports a row with the wrong number of cells at its line", () => {
    expect(parseCsv("a,b\n1,2\n3\n", "f.csv").problems).toEqual([{ file: "f.csv", line: 3, expected: "2 cells, one per column in the header row; found 1" }]);
  });
});
