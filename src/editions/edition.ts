/**
 * An edition: the language the charts are written in, its formats and the chart furniture's words.
 * The data and the figures are the same for every edition; only the words and their formatting change,
 * so the numbers cannot drift between languages. English is the default wherever none is given.
 */
import { fillPlaceholders } from "../text/placeholders.js";
import { compiledMessage } from "./compiledMessages.js";
import { englishFormats, type LocaleFormats } from "./localeFormats.js";
import { uiMessages, type UiKey } from "./uiMessages.js";

declare module "../dataset/types.js" {
  interface Dataset {
    /** The language its texts are in (translateDataset.ts); English when absent. */
    edition?: Edition | undefined;
  }
}

export type MessageValues = Record<string, string | number>;

export interface Edition extends LocaleFormats {
  /** BCP 47 language tag, also the folder under charts/ ("" folder for English). */
  lang: string;
  /** Writing direction of the language. */
  dir: "ltr" | "rtl";
  /** The translation file's status line ("needs native editor review"); empty for English. */
  status: string;
  /**
   * A digest of every translation in the file (chart furniture and terms included) but each chart's own
   * headline and dek, which only that chart reads (its digest covers them, charts/dataVersion.ts); empty for English.
   */
  textsDigest: string;
  /** A chart-furniture message (editions/uiMessages.ts), filled and formatted for the language. */
  message(key: UiKey, values?: MessageValues): string;
  /**
   * A story text with {figures} filled: numbers as numbers (so a translation can choose a plural form
   * by them), dates already written. A value that is undefined has no figure in this data.
   */
  fill(template: string, values: Readonly<Record<string, string | number | undefined>>): string;
  /**
   * A text from the data that is not a story field, by its translation key (a place name, an incident's
   * location: editions/sourceTexts.ts); `english` is what the English edition writes.
   */
  term(key: string, english: string): string;
}

/** Fills the edition's ICU messages (kept compiled, editions/compiledMessages.ts); a missing value is an error, never blank text. */
export function messageFormatter(locale: string, messages: Readonly<Record<UiKey, string>>): Edition["message"] {
  return (key, values = {}) => String(compiledMessage(locale, messages[key]).format(values));
}

export const english: Edition = {
  lang: "en",
  dir: "ltr",
  status: "",
  textsDigest: "",
  ...englishFormats,
  message: messageFormatter("en", uiMessages),
  // English story text keeps the simple {figures} of text/placeholders.ts, numbers in the house format.
  fill: (template, values) =>
    fillPlaceholders(template, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "number" ? englishFormats.count(v) : v]))),
  term: (_, text) => text,
};

/** Fills an ICU message (a story text). Undefined values are left out, so using one is an error. */
export function fillMessage(locale: string, template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as MessageValues;
  return String(compiledMessage(locale, template).format(defined));
}

/** The edition a dataset is drawn in: English unless a translated dataset says otherwise. */
export function editionOf(dataset: { edition?: Edition | undefined }): Edition {
  return dataset.edition ?? english;
}
