/**
 * Numbers, dates and plural categories for the translated editions, from Node's Intl (ICU and CLDR data).
 * Their output depends on the ICU that Node ships: test/text/localeFormat.test.ts pins every form the
 * editions use, so a Node upgrade that changes a month name or a separator fails loudly instead of
 * changing the charts quietly. English keeps the house formats of style/houseStyle.ts.
 *
 * Dates are UTC calendar dates ("2026-01-18"), so no time zone or machine locale can move them; their
 * spaces are no-break spaces, as in the house format, so a date never splits across lines.
 */
import { langTag, type Lang } from "./fonts.js";

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

// Every edition writes Western digits (0–9), named in the tag so that no ICU version's or region's
// default numbering (Arabic-Indic for ar-EG, ar-SA) can change them; data/style/ar.json says why.
const withWesternDigits = (lang: Lang) => `${langTag(lang)}-u-nu-latn`;

function cached<T>(cache: Map<Lang, T>, lang: Lang, make: (locale: string) => T): T {
  let made = cache.get(lang);
  if (!made) cache.set(lang, (made = make(withWesternDigits(lang))));
  return made;
}

/** A count or figure in the language's digits and separators: "12 345" (fr, with U+202F), "12,345" (ar). */
export function formatNumber(value: number, lang: Lang): string {
  return cached(numberFormats, lang, (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })).format(value);
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date ("2026-01-18") as the language writes it short: "18 janv. 2026", "18 янв. 2026 г.", "2026年1月18日". */
export function formatDate(iso: string, lang: Lang): string {
  const parts = isoDate.exec(iso);
  if (!parts) throw new Error(`formatDate: expected a date as YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  const format = cached(dateFormats, lang, (locale) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }));
  return format.format(date).replace(/ /g, "\u00a0");
}

/** The CLDR plural category of a count: Russian has one/few/many/other, Arabic zero/one/two/few/many/other. */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  return cached(pluralRules, lang, (locale) => new Intl.PluralRules(locale)).select(count);
}
