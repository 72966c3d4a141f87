/** Line wrapping: never inside what a language keeps together; a word wider than the line cut after a hyphen when one fits, as browsers do. */
import { describe, expect, it } from "vitest";
import { textWidth } from "../../src/text/measure.js";
import { wrapBalanced, wrapText, type TextStyle } from "../../src/text/wrap.js";
import { breakablePieces } from "../../src/text/lineBreaks.js";
import type { Lang } from "../../src/text/fonts.js";

const style: TextStyle = { size: 10, weight: "regular" };
const tenEach = (text: string) => text.length * 10; // every character 10 px wide: widths are counts

describe("wrapText with a word wider than the line", () => {
  it("cuts a hyphenated word wider than the whole line after its hyphen ('таджикско-афганской' in 13 characters)", () => {
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

/**
 * The classes a native editor marked in the PNGs, per language: a word, a date, a number and its word, a
 * Russian one-letter preposition, a hyphenated word split across lines. Wrapped with the edition's real
 * fonts at every width from the widest unbreakable piece up, greedily and balanced (a balanced headline
 * once cut "таджикско-|афганской" by narrowing below the word).
 */
describe("wrapped lines in every language", () => {
  const samples = {
    en: ["Afghan sources suggested the group killed on 18 January 2026 may have been drug traffickers; at least 16 killed in at least 5 deadly incidents.", ["18 January 2026", "16 killed", "5 deadly"]],
    fr: ["Décompte de l’AFP, 18 janvier 2026 : au moins 16 morts dans au moins 5 incidents meurtriers ; 3 « terroristes » tués. Selon des sources afghanes, le groupe tué le 18 janvier était peut-être composé de trafiquants.", ["18 janvier 2026 :", "5 incidents", "16 morts", "« terroristes »"]],
    ru: ["Кто погиб на таджикско-афганской границе: не менее 16 погибших не менее чем в 5 инцидентах с погибшими; у 2 остальных нет ни даты, ни категории, и к ним с 18 января 2026 г. а я о том.", ["таджикско-афганской", "в 5 инцидентах", "у 2 остальных", "с 18 января 2026 г."]],
    ar: ["إحصاء فرانس برس استنادًا إلى بيانات رسمية، 18 يناير 2026: 16 قتيلًا على الأقل في 5 حوادث دامية على الأقل. مقتل 2 من حرس الحدود و3 «إرهابيين» في اشتباك", ["18 يناير 2026:", "16 قتيلًا", "5 حوادث", "و3 «إرهابيين»"]],
    zh: ["资料来源：塔吉克斯坦边防部队（国家安全委员会）、塔吉克斯坦外交部及中国大使馆的声明，经Khovar、国际文传电讯社、TRT World、《环球时报》等转引；其余2人没有日期或类别（未在地图上显示）。塔吉克斯坦官方逐一通报的事件中的死亡人数", ["（国家安全委员会）", "《环球时报》", "（未在地图上显示）", "死亡人数", "塔吉克斯坦", "2人"]],
  } as const;

  for (const [lang, [text, whole]] of Object.entries(samples) as [Lang, (typeof samples)[Lang]][]) {
    it(`never split a word, a date or a number and its word (${lang})`, () => {
      const style: TextStyle = { size: 12, weight: "regular", lang };
      const pieces = breakablePieces(text, lang);
      // Where a line may end: after a whole piece, its spaces aside.
      const breaks = new Set(pieces.map((_, i) => pieces.slice(0, i + 1).join("").trimEnd().length));
      const widest = Math.max(...pieces.map((piece) => textWidth(piece.trim(), style)));
      for (let width = Math.ceil(widest); width < Math.min(textWidth(text, style) + 10, 360); width += 10) {
        for (const lines of [wrapText(text, width, style), wrapBalanced(text, width, style)]) {
          let at = 0;
          for (const line of lines.slice(0, -1)) {
            at = text.indexOf(line, at) + line.length;
            expect(breaks, `${lang} at ${width}px: "${line}" | "${text.slice(at, at + 12)}"`).toContain(at);
          }
          for (const kept of whole) expect(lines.some((line) => line.includes(kept)), `${lang} at ${width}px: "${kept}" split in ${JSON.stringify(lines)}`).toBe(true);
          if (lang === "ru") for (const line of lines.slice(0, -1)) expect(line, "a one-letter word or a preposition at a line end").not.toMatch(/(^|\s)(\p{L}|на|не|ни)$/u);
        }
      }
    });
  }
});
