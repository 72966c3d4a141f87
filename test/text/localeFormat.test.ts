/**
 * Pins what Node's Intl (its ICU and CLDR data) gives for every format the editions use. Charts must be
 * byte-identical across machines; these strings come from data that ships inside Node, so a Node or ICU
 * upgrade that changes one (a month's abbreviation, a separator, a plural rule) fails here, by name,
 * before it changes a published chart. If it fails after an upgrade: check the new form with a native
 * editor, then update the expectation and rebuild the charts.
 * Invisible characters are written as escapes: U+00A0 no-break space, U+202F narrow no-break space,
 * U+200E left-to-right mark.
 */
import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, pluralCategory } from "../../src/text/localeFormat.js";

const dates = ["2025-11-01", "2026-01-18", "2026-05-09"];
const numbers = [0, 7, 1234, 12345.6, -3];

describe("dates: day numeric, month short, year numeric, UTC", () => {
  it.each([
    ["fr", ["1\u00a0nov.\u00a02025", "18\u00a0janv.\u00a02026", "9\u00a0mai\u00a02026"]],
    ["ru", ["1\u00a0нояб.\u00a02025\u00a0г.", "18\u00a0янв.\u00a02026\u00a0г.", "9\u00a0мая\u00a02026\u00a0г."]],
    ["ar", ["1\u00a0نوفمبر\u00a02025", "18\u00a0يناير\u00a02026", "9\u00a0مايو\u00a02026"]],
    ["zh", ["2025年11月1日", "2026年1月18日", "2026年5月9日"]],
  ] as const)("%s", (lang, expected) => {
    expect(dates.map((iso) => formatDate(iso, lang))).toEqual(expected);
  });

  it("does not move with the machine's time zone (the date is a UTC calendar date)", () => {
    // A date at UTC midnight is the day before in America: formatting in the local zone would show 17.
    const zone = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(formatDate("2026-01-18", "fr")).toBe("18\u00a0janv.\u00a02026");
    } finally {
      process.env.TZ = zone;
    }
  });

  it("rejects what is not a calendar date, saying what it expected", () => {
    expect(() => formatDate("18/01/2026", "fr")).toThrow(/expected a date as YYYY-MM-DD, got "18\/01\/2026"/);
  });
});

describe("numbers", () => {
  it.each([
    ["fr", ["0", "7", "1\u202f234", "12\u202f345,6", "-3"]],
    ["ru", ["0", "7", "1\u00a0234", "12\u00a0345,6", "-3"]],
    // Arabic with Western digits, as the editions pin them (-u-nu-latn); the sign carries a left-to-right mark.
    ["ar", ["0", "7", "1,234", "12,345.6", "\u200e-3"]],
    ["zh", ["0", "7", "1,234", "12,345.6", "-3"]],
  ] as const)("%s", (lang, expected) => {
    expect(numbers.map((n) => formatNumber(n, lang))).toEqual(expected);
  });
});

describe("plural categories (CLDR via Intl.PluralRules)", () => {
  const counts = [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 102, 111];
  it.each([
    ["ru", ["many", "one", "few", "few", "many", "many", "one", "few", "many", "many", "one", "few", "many"]],
    ["ar", ["zero", "one", "two", "few", "few", "many", "many", "many", "many", "other", "other", "other", "many"]],
    ["fr", ["one", "one", "other", "other", "other", "other", "other", "other", "other", "other", "other", "other", "other"]],
    ["zh", Array(13).fill("other")],
  ] as const)("%s", (lang, expected) => {
    expect(counts.map((n) => pluralCategory(n, lang))).toEqual(expected);
  });

  it("Russian uses three forms and Arabic six, as the translations must provide", () => {
    expect(new Set(counts.map((n) => pluralCategory(n, "ru")))).toEqual(new Set(["one", "few", "many"]));
    expect(new Set(counts.map((n) => pluralCategory(n, "ar")))).toEqual(new Set(["zero", "one", "two", "few", "many", "other"]));
  });
});
