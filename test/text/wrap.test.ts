/** Line wrapping where a word is wider than the line: cut after a hyphen when one fits, as browsers do. */
import { describe, expect, it } from "vitest";
import { wrapText, type TextStyle } from "../../src/text/wrap.js";

const style: TextStyle = { size: 10, weight: "regular" };
const tenEach = (text: string) => text.length * 10; // every character 10 px wide: widths are counts

describe("wrapText with a word wider than the line", () => {
  it("cuts a hyphenated word after its hyphen (Russian 'таджикско-афганской' at a phone's headline width)", () => {
    expect(wrapText("на таджикско-афганской границе", 130, style, tenEach)).toEqual(["на", "таджикско-", "афганской", "границе"]);
  });
  it("cuts between letters only when no hyphen fits", () => {
    expect(wrapText("abcdefghijkl", 50, style, tenEach)).toEqual(["abcde", "fghij", "kl"]);
    expect(wrapText("abcdefgh-ij", 50, style, tenEach)).toEqual(["abcde", "fgh-", "ij"]);
  });
});
