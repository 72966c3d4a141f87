import { describe, expect, it } from "vitest";
import { breakablePieces, wordPieces } from "../../src/text/lineBreaks.js";

describe("break opportunities in Chinese", () => {
  it("cut between jieba's words (its dictionary, pinned: a change of jieba-wasm shows here)", () => {
    expect(breakablePieces("塔吉克斯坦与阿富汗边境冲突已造成5名中国公民死亡。", "zh")).toEqual(["塔吉克斯坦", "与阿富汗", "边境", "冲突", "已造成", "5名中国", "公民", "死亡。"]);
  });

  it("never split the words a native editor saw split: 委员会, 《环球时报》, （未在地图上显示）, 死亡人数", () => {
    const pieces = (text: string) => breakablePieces(text, "zh");
    expect(pieces("塔吉克斯坦边防部队（国家安全委员会）、《环球时报》、费尔干纳通讯社")).toEqual(["塔吉克斯坦", "边防部队", "（国家安全委员会）、", "《环球时报》、", "费尔干纳", "通讯社"]);
    expect(pieces("其余2人没有日期或类别（未在地图上显示）。")).toEqual(["其余", "2人没有", "日期", "或类别", "（未在地图上显示）。"]);
    expect(pieces("塔吉克斯坦官方逐一通报的事件中的死亡人数，")).toEqual(["塔吉克斯坦", "官方", "逐一", "通报", "的事件", "中的死亡人数，"]);
    expect(pieces("本数据仅将这4起事件定位到区一级；").some((piece) => piece.includes("区一级"))).toBe(true);
    // A longer bracketed span may break, between its words.
    expect(pieces("类别（2026年1月18日处的虚线台阶）")).toEqual(["类别", "（2026年1月18日", "处的虚线", "台阶）"]);
  });

  it("keep names joined by a middle dot or a hyphen whole, and Latin names with hyphens", () => {
    expect(breakablePieces("沙姆西丁·绍欣区；戈尔诺-巴达赫尚自治州，经由world-atlas", "zh")).toEqual(["沙姆西丁·绍欣区；", "戈尔诺-巴达赫尚", "自治州，", "经由", "world-atlas"]);
  });

  it("never leave a one-character word alone: it joins the next word, or at a clause's end the one before", () => {
    expect(breakablePieces("死亡人数最多的事件；法新社称死者中包括走私者。报道称事件中。", "zh")).toEqual(["死亡人数", "最多", "的事件；", "法新社", "称死者", "中包括", "走私者。", "报道", "称事件中。"]);
  });

  it("keep punctuation and numbers with their neighbours, and Latin words whole", () => {
    expect(breakablePieces("据塔吉克斯坦边防部门称，“Shohin SM”营地遭到袭击（3人死亡）。151/2号界桩", "zh")).toEqual([
      "据塔吉克斯坦", "边防", "部门称，", "“Shohin SM”", "营地", "遭到", "袭击", "（3人死亡）。", "151/2号界桩",
    ]);
  });

  it("keep a Chinese date whole, with or without its year, and punctuation after it", () => {
    expect(breakablePieces("2025年11月1日至2026年1月18日，截至2026年1月18日。11月26日：营地", "zh")).toEqual([
      "2025年11月1日", "至2026年1月18日，", "截至", "2026年1月18日。", "11月26日：", "营地",
    ]);
  });

  it("fall back to the words alone, punctuation still attached, for a piece wider than a line", () => {
    expect(wordPieces("（国家安全委员会）、5名中国公民", "zh")).toEqual(["（国家", "安全", "委员会）、", "5", "名", "中国", "公民"]);
  });
});

describe("break opportunities in languages written with spaces", () => {
  it("keep a number with the word after it, and a month with its year: a date never splits (fr, ar, en)", () => {
    expect(breakablePieces("au moins 5 incidents, le 18 janvier 2026 : du 1er nov.", "fr")).toEqual(["au ", "moins ", "5 incidents, ", "le ", "18 janvier 2026 : ", "du ", "1er nov."]);
    expect(breakablePieces("قُتلت في 18 يناير 2026، مقتل 2 من حرس الحدود و3 «إرهابيين»", "ar")).toEqual(["قُتلت ", "في ", "18 يناير 2026، ", "مقتل ", "2 من ", "حرس ", "الحدود ", "و3 «إرهابيين»"]);
    expect(breakablePieces("killed on 18 January 2026, at least 16 killed in 2025.", "en")).toEqual(["killed ", "on ", "18 January 2026, ", "at ", "least ", "16 killed ", "in ", "2025."]);
  });

  it("never leave a Russian one-letter word, two-letter preposition or negation at a line end", () => {
    expect(breakablePieces("менее чем в 5 инцидентах; у 2 остальных и я к нему (с ноября 2025 г.) погиб на границе, не указана", "ru")).toEqual([
      "менее ", "чем ", "в 5 инцидентах; ", "у 2 остальных ", "и я к нему ", "(с ноября 2025 г.) ", "погиб ", "на границе, ", "не указана",
    ]);
  });

  it("never break at a hyphen, nor before punctuation set apart by a space, nor after an opening one", () => {
    expect(breakablePieces("таджикско-афганской границе", "ru")).toEqual(["таджикско-афганской ", "границе"]);
    expect(breakablePieces("3 « terroristes » tués — selon l’AFP ; voir", "fr")).toEqual(["3 « terroristes » ", "tués — ", "selon ", "l’AFP ; ", "voir"]);
  });

  it("break at ordinary spaces only, each piece keeping the spaces after it", () => {
    expect(breakablePieces("  Deaths since 1\u00a0Nov\u00a02025 here", "en")).toEqual(["  Deaths ", "since ", "1\u00a0Nov\u00a02025 ", "here"]);
    expect(breakablePieces("", "ru")).toEqual([]);
  });
});

describe("break opportunities in every language", () => {
  it("join back to the text exactly", () => {
    const samples = ["Погибли 3 пограничника, по данным ГКНБ.", "  a  b ", "（中国）公民，3人。", "", " ", "18 يناير 2026 « x »"];
    for (const lang of ["en", "fr", "ru", "ar", "zh"] as const) {
      for (const text of samples) {
        expect(breakablePieces(text, lang).join("")).toBe(text);
        expect(wordPieces(text, lang).join("")).toBe(text);
      }
    }
  });
});
