/**
 * Numbers, dates and plurals per language come from Node's ICU data (CLDR) through Intl and
 * intl-messageformat. These pin the output the editions rely on, so a Node upgrade that changes CLDR
 * shows up here rather than as a silent change in published charts; none depend on TZ or the machine's locale.
 */
import { describe, expect, it } from "vitest";
import { english, messageFormatter } from "../../src/editions/edition.js";
import { languageOf } from "../../src/editions/languages.js";
import { localeFormats } from "../../src/editions/localeFormats.js";
import { uiMessages } from "../../src/editions/uiMessages.js";

const nbsp = "\u00a0";
const formats = (lang: string) => {
  const language = languageOf(lang)!;
  return localeFormats(language.locale, { trailingLiteral: language.trailingDateLiteral, ordinalDays: language.ordinalDays });
};

describe("locale formats", () => {
  it("writes dates as wire copy does, in UTC, with no-break spaces", () => {
    expect(formats("fr").date("2026-01-18")).toBe(`18${nbsp}janv.${nbsp}2026`);
    expect(formats("ru").date("2026-01-18")).toBe(`18${nbsp}янв.${nbsp}2026`);
    expect(formats("ar").date("2026-01-18")).toBe(`18${nbsp}يناير${nbsp}2026`);
    expect(formats("zh").date("2026-01-18")).toBe("2026年1月18日");
    expect(formats("fr").day("2025-11-26")).toBe(`26${nbsp}nov.`);
    // French writes the first of the month as an ordinal, as its press does; other days and languages do not.
    expect(formats("fr").date("2025-11-01")).toBe(`1er${nbsp}nov.${nbsp}2025`);
    expect(formats("fr").day("2026-02-01")).toBe(`1er${nbsp}févr.`);
    expect(formats("fr").date("2025-11-21")).toBe(`21${nbsp}nov.${nbsp}2025`);
    expect(formats("ru").date("2025-11-01")).toBe(`1${nbsp}нояб.${nbsp}2025`);
    expect(formats("ru").day("2025-11-26")).toBe(`26${nbsp}нояб.`);
    expect(formats("ru").month(new Date(Date.UTC(2025, 11, 1)))).toBe("дек.");
    // The last moment of a UTC day is still that day in every time zone.
    expect(formats("fr").date("2025-12-31")).toBe(`31${nbsp}déc.${nbsp}2025`);
  });

  it("writes numbers with the language's separators", () => {
    expect(formats("fr").count(1234567)).toBe("1\u202f234\u202f567");
    expect(formats("ru").count(1234567)).toBe("1\u00a0234\u00a0567");
    expect(formats("ar").count(1234)).toBe("1,234");
    expect(english.count(1234)).toBe("1,234");
  });

  // CLDR's default digits for Arabic differ by ICU version and by region (ar-EG, ar-SA: ١٬٢٣٤): the
  // edition names Western digits in its tag, so this runtime's default for "ar" decides nothing.
  it("writes Arabic with Western digits because its tag says so, not because CLDR's default does", () => {
    const { locale } = languageOf("ar")!;
    expect(new Intl.Locale(locale).numberingSystem).toBe("latn");
    // The same tag on a region whose default is Arabic-Indic still writes 0–9: the tag, not the default, decides.
    const egypt = new Intl.Locale("ar-EG", { numberingSystem: new Intl.Locale(locale).numberingSystem! }).toString();
    expect(localeFormats(egypt).count(1234)).toBe("1,234");
    expect(localeFormats(egypt).date("2026-01-18")).toBe(`18${nbsp}يناير${nbsp}2026`);
    // Plural messages write their # with the edition's locale too.
    const ar = messageFormatter(locale, { ...uiMessages, "ui.label.killedTotal": "{total, plural, zero {# قتيل} one {قتيل واحد} two {قتيلان} few {# قتلى} many {# قتيلًا} other {# قتيل}}" });
    expect(ar("ui.label.killedTotal", { total: 1234 })).toBe("1,234 قتيلًا");
  });

  it("chooses plural forms by CLDR's rules: three in Russian, six in Arabic", () => {
    const ru = messageFormatter("ru", { ...uiMessages, "ui.label.killedTotal": "{total, plural, one {# погибший} few {# погибших} many {# погибших} other {# погибшего}}" });
    expect([1, 2, 5, 21, 22, 25, 111].map((total) => ru("ui.label.killedTotal", { total }))).toEqual([
      "1 погибший", "2 погибших", "5 погибших", "21 погибший", "22 погибших", "25 погибших", "111 погибших",
    ]);
    const ar = messageFormatter("ar", { ...uiMessages, "ui.label.killedTotal": "{total, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}" });
    expect([0, 1, 2, 3, 11, 100].map((total) => ar("ui.label.killedTotal", { total }))).toEqual(["z", "o", "t", "f", "m", "x"]);
  });

  it("keeps English's own formats", () => {
    expect(english.date("2026-01-18")).toBe(`18${nbsp}Jan${nbsp}2026`);
    expect(english.message("ui.label.itemisedTotal", { total: 14 })).toBe("14 in itemised incidents");
    expect(english.list(["a", "b", "c"])).toBe("a, b and c");
  });
});
