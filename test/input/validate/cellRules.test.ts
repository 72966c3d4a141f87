import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countCell, dateCell, linksCell, optionalCountCell, optionalTextCell, textCell, type CellRule } from "../../../src/input/validate/cellRules.js";

// Pieces that sit near each rule's edges: digits, date parts, URL parts, white space, control characters.
const piece = fc.constantFrom(
  "0", "7", "999999", "1000000", "-", "+", " ", "\t", "\u0007", "\ufffe", "é", "a", "Z",
  "2025", "02", "29", "30", "13", "00",
  "http", "https", "://", "ftp://", "example", ".", "org", "xn--", "1", ":8080", "/", "?q=1", "#x", "@", "\\", "%zz", "localhost",
);
const cell = fc.oneof(
  fc.string({ unit: piece, maxLength: 8 }),
  fc.string({ maxLength: 8 }),
  fc.webUrl({ validSchemes: ["http", "https", "ftp"], withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom("http://", "https://"), fc.domain(), fc.string({ unit: piece, maxLength: 3 })).map((parts) => parts.join(""))
);

const rules: [string, CellRule<unknown>, string[]][] = [
  ["text", textCell, ["Khatlon", "3 Chinese workers killed"]],
  ["optional text", optionalTextCell, ["", "AFP"]],
  ["count", countCell, ["0", "16", "999999"]],
  ["optional count", optionalCountCell, ["", "4"]],
  ["date", dateCell, ["2025-11-26", "2024-02-29"]],
  ["links", linksCell, ["https://www.rferl.org/a/tajikistan-border/33600000.html", "http://example.org/1?x=y#z"]],
];

describe.each(rules)("the quick test for %s cells", (_, rule, typical) => {
  it("never accepts a cell the schema rejects, nor reads one differently", () => {
    fc.assert(
      fc.property(cell, (value) => {
        const quick = rule.quick!(value);
        if (quick !== undefined) expect(rule.schema.safeParse(value)).toEqual({ success: true, data: quick });
      }),
      { numRuns: 5000 }
    );
  });

  it("accepts the typical cell without asking the schema", () => {
    for (const value of typical) expect(rule.quick!(value)).toEqual(rule.schema.parse(value));
  });
});
