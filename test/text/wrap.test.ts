/** Line wrapping where a word is wider than the line: cut after a hyphen when one fits, as browsers do. */
import { describe, expect, it } from "vitest";
import { textWidth } from "../../src/text/measure.js";
import { wrapBalanced, wrapText, type TextStyle } from "../../src/text/wrap.js";

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

describe("wrapped lines remembered", () => {
  it("are what wrapping again gives, for each width and style, and a caller's edit does not reach them", () => {
    const text = "Where the deadly incidents on the Tajikistan–Afghanistan border happened";
    const first = wrapBalanced(text, 300, { size: 22, weight: "bold" });
    first.push("changed by a caller");
    expect(wrapBalanced(text, 300, { size: 22, weight: "bold" })).toEqual(wrapBalanced(text, 300, { size: 22, weight: "bold" }, (t, s) => textWidth(t, s)));
    expect(wrapBalanced(text, 300, { size: 22, weight: "bold" })).not.toContain("changed by a caller");
    // Another width, size or room factor is another wrap, not the one remembered.
    const counted = (s: TextStyle, width = 300) => wrapText(text, width, s).length;
    expect(counted({ size: 22, weight: "bold" }, 150)).toBeGreaterThan(counted({ size: 22, weight: "bold" }));
    expect(counted({ size: 44, weight: "bold" })).toBeGreaterThan(counted({ size: 22, weight: "bold" }));
    expect(counted({ size: 22, weight: "bold", widthFactor: 2 })).toBeGreaterThan(counted({ size: 22, weight: "bold" }));
    expect(wrapText(text, 300, { size: 22, weight: "bold" })).not.toEqual(wrapBalanced(text, 300, { size: 22, weight: "bold" }));
  });
});
