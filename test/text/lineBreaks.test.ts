import { describe, expect, it } from "vitest";
import { breakablePieces } from "../../src/text/lineBreaks.js";

describe("break opportunities", () => {
  it("cut Chinese between words (ICU's dictionary, pinned: a change of Node's ICU shows here)", () => {
    expect(breakablePieces("塔吉克斯坦与阿富汗边境冲突已造成5名中国公民死亡。", "zh")).toEqual(["塔吉克", "斯坦", "与", "阿富汗", "边境", "冲突", "已", "造成", "5名", "中国", "公民", "死亡。"]);
  });

  it("keep Chinese punctuation and numbers with their neighbours, and Latin words whole", () => {
    expect(breakablePieces("据塔吉克斯坦边防部门称，“Shohin SM”营地遭到袭击（3人死亡）。", "zh")).toEqual([
      "据", "塔吉克", "斯坦", "边防", "部门", "称，", "“Shohin ", "SM”", "营地", "遭到", "袭击", "（3人", "死亡）。",
    ]);
  });

  it("keep a Chinese date whole, with or without its year, and punctuation after it", () => {
    expect(breakablePieces("2025年11月1日至2026年1月18日，截至2026年1月18日。11月26日：营地", "zh")).toEqual([
      "2025年11月1日", "至", "2026年1月18日，", "截至", "2026年1月18日。", "11月26日：", "营地",
    ]);
  });

  it("cut other languages at spaces, each word keeping the spaces after it", () => {
    expect(breakablePieces("  Deaths since 1 Nov  2025 ", "en")).toEqual(["  Deaths ", "since ", "1 ", "Nov  ", "2025 "]);
    expect(breakablePieces("مقتل 3 من حرس الحدود", "ar")).toEqual(["مقتل ", "3 ", "من ", "حرس ", "الحدود"]);
    expect(breakablePieces("", "ru")).toEqual([]);
  });

  it("join back to the text exactly, in every language", () => {
    const samples = ["Погибли 3 пограничника, по данным ГКНБ.", "  a  b ", "（中国）公民，3人。", "", " "];
    for (const lang of ["en", "fr", "ru", "ar", "zh"] as const) {
      for (const text of samples) expect(breakablePieces(text, lang).join("")).toBe(text);
    }
  });
});
