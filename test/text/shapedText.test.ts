import { describe, expect, it } from "vitest";
import { textWidth, missingGlyphs } from "../../src/text/measure.js";
import { fontChain, fontFamilyList, fontFilesFor } from "../../src/text/fonts.js";
import { measureFor, shapeRuns } from "../../src/text/shapedText.js";

const arabicLine = "مقتل 3 من حرس الحدود في هجوم على معسكر Shohin SM";

describe("measureFor", () => {
  it("gives Latin and Cyrillic editions the English measure itself (their widths cannot drift)", () => {
    for (const lang of ["en", "fr", "ru"] as const) {
      expect(measureFor(lang).textWidth).toBe(textWidth);
      expect(measureFor(lang).missingGlyphs).toBe(missingGlyphs);
    }
  });

  it("cuts a mixed Arabic line into runs by bidi level, the digit and the Latin left to right", () => {
    const runs = shapeRuns(arabicLine, "ar", "regular");
    expect(runs.map((run) => [run.text, run.level, run.face.family])).toEqual([
      ["مقتل ", 1, "Noto Sans Arabic"],
      ["3", 2, "Noto Sans Arabic"],
      [" من حرس الحدود في هجوم على معسكر ", 1, "Noto Sans Arabic"],
      ["Shohin SM", 2, "Noto Sans Arabic"],
    ]);
  });

  it("measures joined Arabic narrower than its letters set apart", () => {
    const { textWidth: arabicWidth } = measureFor("ar");
    const joined = arabicWidth("الحدود", { size: 20, weight: "regular" });
    const apart = [..."الحدود"].reduce((sum, letter) => sum + arabicWidth(letter, { size: 20, weight: "regular" }), 0);
    expect(joined).toBeLessThan(apart);
    expect(joined).toBeGreaterThan(0);
  });

  it("counts bidi controls as nothing, and scales by size and widthFactor", () => {
    const { textWidth: arabicWidth } = measureFor("ar");
    const plain = arabicWidth(arabicLine, { size: 10, weight: "bold" });
    expect(arabicWidth(`\u2067${arabicLine}\u2069`, { size: 10, weight: "bold" })).toBeCloseTo(plain, 9);
    expect(arabicWidth(arabicLine, { size: 20, weight: "bold", widthFactor: 1.1 })).toBeCloseTo(plain * 2.2, 9);
    expect(arabicWidth(arabicLine, { size: 10, weight: "regular" })).toBeLessThan(plain);
  });

  it("falls back to Source Sans 3 for what Noto Sans Arabic lacks (Cyrillic), as a browser would", () => {
    const runs = shapeRuns("قال Путин", "ar", "regular");
    expect(runs.map((run) => [run.text, run.level, run.face.family])).toEqual([
      ["قال ", 1, "Noto Sans Arabic"],
      ["Путин", 2, "Source Sans 3"],
    ]);
  });

  it("names the characters no font of the language has", () => {
    expect(measureFor("ar").missingGlyphs(arabicLine)).toEqual([]);
    expect(measureFor("zh").missingGlyphs("中国公民 5 名，Shohin")).toEqual([]);
    expect(measureFor("ar").missingGlyphs("مقتل 中国 ✈")).toEqual(["中", "国", "✈"]);
    expect(measureFor("zh").missingGlyphs("中国 مقتل")).toEqual(["م", "ق", "ت", "ل"]);
  });
});

describe("the font registry", () => {
  it("chains each language's fonts, first choice first", () => {
    expect(fontChain("ar", "semibold").map((face) => face.family)).toEqual(["Noto Sans Arabic", "Source Sans 3"]);
    expect(fontChain("zh", "bold")[0]!.file).toMatch(/NotoSansSC_700Bold\.ttf$/);
    expect(fontChain("ru", "regular").map((face) => face.family)).toEqual(["Source Sans 3"]);
    expect(fontFamilyList("zh")).toBe("'Noto Sans SC', 'Source Sans 3', sans-serif");
    expect(fontFilesFor("ar")).toHaveLength(6);
  });
});
