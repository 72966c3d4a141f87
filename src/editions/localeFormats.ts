/**
 * Numbers and calendar dates written for a language, with Node's ICU (Intl), always in UTC so a date is
 * the same calendar day on every machine. English keeps the house formats (style/houseStyle.ts) so its
 * charts stay byte for byte what they were; every other language gets CLDR's short forms:
 * "18 janv. 2026", "18 янв. 2026". Intl output depends on the ICU data Node ships; test/editions pins it.
 */
import { formatCount, formatDate, formatDay, formatMonth } from "../style/houseStyle.js";

export interface LocaleFormats {
  count(n: number): string;
  /** A calendar date "YYYY-MM-DD" with its year. */
  date(iso: string): string;
  /** The same without the year, for labels inside a chart whose axis shows it. */
  day(iso: string): string;
  /** A month's short name, for axis ticks. */
  month(date: Date): string;
  /** "a, b and c" in the language's words. */
  list(items: readonly string[]): string;
}

export const englishFormats: LocaleFormats = {
  count: formatCount,
  date: formatDate,
  day: formatDay,
  month: formatMonth,
  list: (items) => (items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`),
};

const utc = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/**
 * Formats for a BCP 47 locale. Spaces inside a date become no-break spaces (as in the house format) so a
 * date never wraps across lines; a literal after the last field (Russian "г.") is dropped when
 * `trailingLiteral` is false, as wire copy writes "18 янв. 2026"; `ordinalDays` writes some days as
 * ordinals (French "1er nov. 2025").
 */
export function localeFormats(
  locale: string,
  { trailingLiteral = true, ordinalDays = {} }: { trailingLiteral?: boolean; ordinalDays?: Readonly<Record<number, string>> } = {}
): LocaleFormats {
  // Making Intl's formatters is the slow part, and they hold no state: one set per locale and options.
  const key = JSON.stringify([locale, trailingLiteral, ordinalDays]);
  let formats = made.get(key);
  if (!formats) made.set(key, (formats = makeFormats(locale, trailingLiteral, ordinalDays)));
  return formats;
}

const made = new Map<string, LocaleFormats>(); // a handful: one per edition

function makeFormats(locale: string, trailingLiteral: boolean, ordinalDays: Readonly<Record<number, string>>): LocaleFormats {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const withYear = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const withoutYear = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const months = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const lists = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const write = (format: Intl.DateTimeFormat, date: Date) => {
    const parts = format.formatToParts(date);
    const last = parts.reduce((found, part, i) => (part.type === "literal" ? found : i), -1);
    const kept = trailingLiteral ? parts : parts.slice(0, last + 1);
    // The day as the language's press writes it (languages.ts: French "1er"), else as CLDR does.
    const written = kept.map((part) => (part.type === "day" ? (ordinalDays[Number(part.value)] ?? part.value) : part.value));
    return written.join("").replace(/ /g, "\u00a0");
  };
  return {
    count: (n) => numbers.format(n),
    date: (iso) => write(withYear, utc(iso)),
    day: (iso) => write(withoutYear, utc(iso)),
    month: (date) => months.format(date),
    list: (items) => lists.format(items),
  };
}
