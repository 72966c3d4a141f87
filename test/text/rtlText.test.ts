import { describe, expect, it } from "vitest";
import { anchorFor, lineForSvg, svgRootDirection } from "../../src/text/rtlText.js";

describe("right-to-left lines for SVG", () => {
  it("isolates an Arabic line right to left and leaves other languages' text alone", () => {
    expect(lineForSvg("مقتل 3", "ar")).toBe("\u2067مقتل 3\u2069");
    for (const lang of ["en", "fr", "ru", "zh"] as const) expect(lineForSvg("Shohin SM 3", lang)).toBe("Shohin SM 3");
  });

  it("drops explicit bidi controls from untrusted text, so none can end the isolate early, and keeps the marks", () => {
    const hostile = "a\u2069b\u202ec\u202bd\u202ce\u2066f\u200fg\u200eh";
    expect(lineForSvg(hostile, "ar")).toBe("\u2067abcdef\u200fg\u200eh\u2069");
  });

  it("mirrors start and end anchors for right to left, never the middle", () => {
    expect([anchorFor("start", "ar"), anchorFor("end", "ar"), anchorFor("middle", "ar")]).toEqual(["end", "start", "middle"]);
    expect([anchorFor("start", "zh"), anchorFor("end", "fr")]).toEqual(["start", "end"]);
    expect(svgRootDirection).toEqual({ direction: "ltr" });
  });
});
