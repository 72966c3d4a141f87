/**
 * The languages the story is published in besides English, and how each is written. Adding a language
 * is a row here plus data/translations/<lang>.json (see docs/editions.md, "Add a language").
 */
export interface Language {
  /** BCP 47 tag: the translation file's name and the folder under charts/. */
  lang: string;
  /**
   * The locale numbers and dates are written in (CLDR via Node's ICU). Arabic names its digits in the tag
   * (`-u-nu-latn`, Western 0–9, as the Arabic style sheet says): CLDR's default for "ar" has been Western
   * in some ICU versions and Arabic-Indic in others, and is Arabic-Indic for many regions (ar-EG, ar-SA).
   */
  locale: string;
  /** The language's own name, for the review page. */
  name: string;
  dir: "ltr" | "rtl";
  /** Whether a date keeps the locale's literal after the year (Russian "2026 г."); wire copy drops it. */
  trailingDateLiteral: boolean;
  /**
   * Whether the embedded font (Source Sans 3: Latin and Cyrillic) draws this language's script. Arabic and
   * Chinese need fonts, shaping and line breaking of their own (issue 14, src/type); until those are wired
   * their files are checked but their charts are not built, rather than built with missing glyphs.
   */
  fontCovers: boolean;
  /**
   * Days of the month the language's press writes as ordinals, by number: French writes the first of the
   * month "1er" ("1er nov. 2025"), as Le Monde and AFP do; CLDR's dates say "1 nov.".
   */
  ordinalDays?: Readonly<Record<number, string>>;
}

export const languages: readonly Language[] = [
  { lang: "fr", locale: "fr", name: "Français", dir: "ltr", trailingDateLiteral: true, fontCovers: true, ordinalDays: { 1: "1er" } },
  { lang: "ru", locale: "ru", name: "Русский", dir: "ltr", trailingDateLiteral: false, fontCovers: true },
  { lang: "ar", locale: "ar-u-nu-latn", name: "العربية", dir: "rtl", trailingDateLiteral: true, fontCovers: true },
  { lang: "zh", locale: "zh-Hans", name: "简体中文", dir: "ltr", trailingDateLiteral: true, fontCovers: true },
];

export function languageOf(lang: string): Language | undefined {
  return languages.find((l) => l.lang === lang);
}
