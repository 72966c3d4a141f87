/**
 * A translation file against the English it translates: every key present (all missing ones listed at
 * once), each translation valid ICU MessageFormat with exactly the English's placeholders, the numbers
 * its words write exactly the English's, nothing typed against a figure, and a warning naming each key
 * whose English changed after it was translated. The data's numbers reach an edition only through
 * placeholders, and the words' own numbers only as the English writes them, so neither can drift.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { Problem, Warning } from "../input/problems.js";
import { hiddenCharacterIn } from "../input/validate/fields.js";
import { RecentMemo } from "../recentMemo.js";
import { placeholderUse } from "./placeholderUse.js";
import { laterKey } from "./sourceTexts.js";
import type { TranslationFile } from "./translationFile.js";

// Watch mode checks a saved file whole, though a save changes a message or two, and checks every file
// again whenever story.json moves the English. What a message says (parsed, its placeholders, the
// numbers it writes) is pure and only read, so it is remembered per message: parsing the rest again was
// most of the check (4 of 6 ms for the French file), and the English's month names 3 ms more.
interface MessageFacts {
  /** Why it is not ICU MessageFormat, in plain words; undefined when it is. */
  error?: string;
  placeholders: ReadonlySet<string>;
  /** The numbers its literal text writes (writtenText), but for months written as numbers. */
  numbers: readonly number[];
  /** The months it writes as numbers: 1 in 1月18日 or 18.01.2026. */
  months: readonly number[];
  /** What its text writes against a placeholder that would join or mark the figure; undefined when nothing. */
  touching?: string;
  /** The message parsed; none when it is not ICU MessageFormat. */
  elements: readonly MessageFormatElement[];
}
const facts = new RecentMemo<MessageFacts>(4096);

function factsOf(message: string): MessageFacts {
  let known = facts.get(message);
  if (!known) {
    try {
      const elements = parse(message, { ignoreTag: true });
      const text = writtenText(elements).normalize("NFKC");
      const months = [...text.matchAll(monthPlace)].flatMap(([month]) => numbersIn(month));
      known = { placeholders: placeholderNames(elements), numbers: [...new Set(numbersIn(text.replace(monthPlace, " ")))], months: [...new Set(months)], touching: touchingFigure(elements), elements };
    } catch (error) {
      known = { error: (error as Error).message, placeholders: new Set(), numbers: [], months: [], elements: [] };
    }
    facts.set(message, known);
  }
  return known;
}

/** A month written as a number: before 月 (1月18日), or between a day and a year (18.01.2026, 18/1/2026). */
const monthPlace = /(?<!\p{Nd})\p{Nd}{1,2}(?=\s*月)|(?<=(?<!\p{Nd})\p{Nd}{1,2}[./])\p{Nd}{1,2}(?=[./]\p{Nd}{2,4}(?!\p{Nd}))/gu;

const englishNumbers = new RecentMemo<EnglishNumbers>(4096);

/** numbersWritten, remembered per English text. */
function numbersWrittenIn(en: string): EnglishNumbers {
  let numbers = englishNumbers.get(en);
  if (!numbers) englishNumbers.set(en, (numbers = numbersWritten(en)));
  return numbers;
}

/** Every element of a message, those inside plural and select options included. */
function* elementsOf(list: readonly MessageFormatElement[]): Generator<MessageFormatElement> {
  for (const element of list) {
    yield element;
    if ("options" in element) for (const option of Object.values(element.options)) yield* elementsOf(option.value);
  }
}

/** The names of a message's placeholders, plural and select arguments included. */
function placeholderNames(elements: readonly MessageFormatElement[]): Set<string> {
  const names = new Set<string>();
  for (const element of elementsOf(elements)) if (element.type !== TYPE.literal && "value" in element && typeof element.value === "string") names.add(element.value);
  return names;
}

const digitZeros = [0x30, 0x660, 0x6f0, 0xff10];

/**
 * The whole numbers written in a text, in any of the digit sets a translation may use, as a reader sees
 * them: superscript and other compatibility digits read as digits (NFKC), and digits kept apart only by
 * invisible characters or marks (1\u200d6, 1\u034f6, both drawn "16") read as one number.
 */
export function numbersIn(text: string): number[] {
  const seen = text.normalize("NFKC").replace(/(?<=\p{Nd})[\p{Cf}\p{Mn}]+(?=\p{Nd})/gu, "");
  return [...seen.matchAll(/\p{Nd}+/gu)].map((m) =>
    Number([...m[0]].map((c) => {
      const code = c.codePointAt(0)!;
      const zero = digitZeros.find((z) => code >= z && code <= z + 9);
      return zero === undefined ? c : String(code - zero);
    }).join(""))
  );
}

/**
 * The text a message writes, without its ICU syntax: a plural selector such as `=1 {cet incident}` chooses
 * a form and writes no figure, so only literal text is searched for hand-typed numbers.
 */
function writtenText(elements: readonly MessageFormatElement[]): string {
  const parts: string[] = [];
  for (const element of elementsOf(elements)) if (element.type === TYPE.literal) parts.push(element.value);
  return parts.join(" "); // a placeholder stood between two parts: their digits are separate numbers
}

/**
 * A digit typed against a placeholder joins its figure ("1{killedAtLeast}" draws "116"), and a mark after
 * one is drawn on its last digit ("{killedAtLeast}\u0338", 16 struck through): what the first such text
 * is, in words, or undefined.
 */
function touchingFigure(elements: readonly MessageFormatElement[]): string | undefined {
  const writes = (element: MessageFormatElement | undefined) => element !== undefined && element.type !== TYPE.literal && element.type !== TYPE.tag;
  for (const [i, element] of elements.entries()) {
    if ("options" in element) {
      for (const option of Object.values(element.options)) {
        const inside = touchingFigure(option.value);
        if (inside) return inside;
      }
    }
    if (element.type !== TYPE.literal) continue;
    // As written, not NFKC: that would make a Chinese full-width comma ("{sinceDate}，3名") an ASCII one.
    const text = element.value;
    // A digit, a mark, or a digit group after a space or separator ("{killedAtLeast} 011" is drawn 16 011).
    if (writes(elements[i - 1]) && /^([\p{N}\p{M}]|[\p{Zs},.'’٬٫][\p{N}])/u.test(text)) return `"${text.slice(0, 8)}" right after a placeholder`;
    if (writes(elements[i + 1]) && /\p{N}[\p{Cf}\p{M}]*[\p{Zs},.'’٬٫]?$/u.test(text)) return `"${text.slice(-8)}" right before a placeholder`;
  }
  return undefined;
}

// The headline figures' placeholders (editions/translations.ts, figureValues), whether or not the data
// has a value for each today: no unitemised deaths now must not let "{killedAtLeast}{unitemised}" through.
const headlinePlaceholders = ["killedAtLeast", "itemisedKilled", "itemisedIncidents", "tallyKilled", "tallyIncidents", "unitemised"];

/** Whether two of the data's figures are written with nothing between them ("{killedAtLeast}{killedAtLeast}" is drawn 1616). */
function figuresTogether(elements: readonly MessageFormatElement[], figureNames: ReadonlySet<string>, pluralOf?: string): boolean {
  const isFigure = (element: MessageFormatElement, plural: string | undefined) =>
    (element.type === TYPE.argument && figureNames.has(element.value)) || (element.type === TYPE.pound && plural !== undefined && figureNames.has(plural));
  // Whether an element begins (0) or ends (-1) with a figure: itself, or a plural or select with a form that does.
  const edge = (element: MessageFormatElement, at: 0 | -1): boolean => {
    if (isFigure(element, pluralOf)) return true;
    if (!("options" in element)) return false;
    const inner = element.type === TYPE.plural ? element.value : pluralOf;
    return Object.values(element.options).some(({ value }) => value.length > 0 && isFigure(value.at(at)!, inner));
  };
  return elements.some(
    (element, i) =>
      (i > 0 && edge(elements[i - 1]!, -1) && edge(element, 0)) ||
      ("options" in element && Object.values(element.options).some((option) => figuresTogether(option.value, figureNames, element.type === TYPE.plural ? element.value : pluralOf)))
  );
}

/** The literal texts a message writes (its words, without ICU syntax); the whole text when it is not ICU. */
export function writtenParts(message: string): string[] {
  const { error, elements } = factsOf(message);
  if (error !== undefined) return [message];
  const parts: string[] = [];
  for (const element of elementsOf(elements)) if (element.type === TYPE.literal) parts.push(element.value);
  return parts;
}

/** English month names and abbreviations, January first. */
const monthNames = [/\bJan(uary)?\b/, /\bFeb(ruary)?\b/, /\bMar(ch)?\b/, /\bApr(il)?\b/, /\bMay\b/, /\bJune?\b/, /\bJuly?\b/, /\bAug(ust)?\b/, /\bSept?(ember)?\b/, /\bOct(ober)?\b/, /\bNov(ember)?\b/, /\bDec(ember)?\b/];

interface EnglishNumbers {
  /** The numbers it writes, in digits or as words. */
  counts: ReadonlySet<number>;
  /** The number of each month it names: "18 January" is 1月18日 in Chinese, and that 1 is a date, not a figure. */
  months: ReadonlySet<number>;
  /** The numbers its words write in digits, for a message. */
  digits: readonly number[];
  /**
   * Those a translation must write too, in digits: from 10 up, and not ordinals. A smaller number may be
   * words or grammar in a translation (French press style writes "trois ouvriers", Arabic says two with the
   * dual, عاملَين), and "7th border post" is «مركز الحدود السابع».
   */
  keep: ReadonlySet<number>;
}

function numbersWritten(en: string): EnglishNumbers {
  const counts = new Set(numbersIn(en));
  // "five were injured" may be 5 in a language whose press writes counts in digits (Chinese, Russian, Arabic).
  // From two: "one" is as often a pronoun ("no one", "one of them") as a count.
  for (const [word] of en.toLowerCase().matchAll(numberWord)) counts.add(numberWords.indexOf(word) + 2);
  const months = new Set<number>();
  monthNames.forEach((name, index) => name.test(en) && months.add(index + 1));
  // The words alone, without ICU syntax (a plural's =1 selector), or the whole text when it is not ICU.
  const { error, elements } = factsOf(en);
  const words = error === undefined ? writtenText(elements) : en;
  const keep = new Set(numbersIn(words.replace(/\d+(st|nd|rd|th)\b/g, "")).filter((n) => n >= 10));
  return { counts, months, digits: [...new Set(numbersIn(words))], keep };
}

const numberWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const numberWord = new RegExp(`\\b(${numberWords.join("|")})\\b`, "g");

/**
 * The longest translation each kind of key may hold, fixed per kind so a translator can be told the number:
 * about three times the longest real text of its kind in the four files (a headline 163 characters, a note
 * 190, a district 30; a UI message 859, as Arabic writes six plural forms), well within what the data
 * allows the English (1,000 characters for drawn text). English longer than half a limit raises it to twice
 * its length, so no real translation of a long English text is refused. Checked before anything else of a
 * text, the layout included: a 10,000-character headline took 17.6 s and 915 MB to draw.
 */
const lengthLimits: [RegExp, number, string][] = [
  [/^chart\.[^.]+\.headline$/, 400, "a headline"],
  [/^chart\.[^.]+\.dek$/, 600, "a dek"],
  [/^story\.(notes\.\d+|source)$/, 1_000, "a note or the source line"],
  [/^story\.credit$/, 200, "the credit"],
  [/^place\./, 100, "a place name"],
  [/^(category|tally|incident)\.[^.]+\.label$/, 300, "a label"],
  [/^(category|tally|incident)\./, 500, "an attribution, source, note or location"],
  [/^ui\./, 2_000, "a UI message (its plural forms included)"],
];
const otherLimit: [number, string] = [1_000, "a text"];
const statusLimit = 200;

/** The most characters the translation of `key` may hold, and what kind of text it is. */
export function translationLimit(key: string, en: string): { max: number; kind: string } {
  const [, max, kind] = lengthLimits.find(([pattern]) => pattern.test(key)) ?? [undefined, ...otherLimit];
  return { max: Math.max(max, 2 * en.length), kind };
}

export interface TranslationCheck {
  problems: Problem[];
  warnings: Warning[];
  /** The required keys with no translation: without them the edition cannot be written (it is held). */
  missing: string[];
  /** Keys whose translation, made from older English, no longer fits today's: not to be used (held, or written from the counts). */
  setAside: string[];
}

/**
 * `english` is every key's English (editions/sourceTexts.ts); `figures` maps each figure the data offers
 * to the placeholders that carry it, so a hand-typed "16" can be pointed to {killedAtLeast}.
 */
export function checkTranslation(file: TranslationFile, english: ReadonlyMap<string, string>, figures: ReadonlyMap<number, string[]>): TranslationCheck {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  const at = (key: string, line?: number) => ({ file: file.file, line, column: key });
  const missing: string[] = [];
  const later: string[] = [];
  const setAside: string[] = [];
  const figureNames = new Set([...headlinePlaceholders, ...[...figures.values()].flat()]);
  // The status is printed to the terminal and on the review pages: an escape sequence in it could erase
  // the real "needs native editor review" line and print a fake one.
  if (file.status.length > statusLimit) {
    problems.push({ ...at("status", file.statusLine), value: file.status, expected: `at most ${statusLimit} characters for the review status; shorten it` });
  }
  const hiddenInStatus = hiddenCharacterIn(file.status, { lineBreaks: false, what: "status" });
  if (hiddenInStatus) problems.push({ ...at("status", file.statusLine), value: file.status, expected: hiddenInStatus });
  for (const [key, en] of english) {
    const entry = file.entries.get(key);
    if (!entry || !entry.translation.trim()) {
      if (laterKey(key)) {
        later.push(key);
        continue;
      }
      missing.push(key);
      problems.push({ ...at(key, entry?.line), expected: `a translation of ${JSON.stringify(en)}` });
      continue;
    }
    const { translation, line } = entry;
    const stale = entry.en !== en;
    // Before any other work on the text: everything after (parsing, glyphs, layout) grows with its length.
    const limit = translationLimit(key, en);
    if (translation.length > limit.max) {
      problems.push({ ...at(key, line), value: translation, expected: `at most ${limit.max.toLocaleString("en")} characters for ${limit.kind} (or twice the English's length, when that is more); shorten it` });
      continue;
    }
    // The data's own rule for hidden characters, and stricter: a translation is one line, so no tab or line break either.
    const hidden = hiddenCharacterIn(translation, { lineBreaks: false, what: "text" });
    if (hidden) {
      problems.push({ ...at(key, line), value: translation, expected: hidden });
      continue;
    }
    const message = factsOf(translation);
    if (message.error !== undefined) {
      problems.push({ ...at(key, line), value: translation, expected: `text with placeholders in ICU MessageFormat ({name}, {name, plural, …}); it reads ${message.error} (write a brace as '{' )` });
      continue;
    }
    if (message.touching) {
      problems.push({ ...at(key, line), value: translation, expected: `a space or a word between a placeholder and any digit or mark: ${message.touching} would join or mark the figure the edition writes there` });
    }
    if (figuresTogether(message.elements, figureNames)) {
      problems.push({ ...at(key, line), value: translation, expected: "a space or a word between two figures: written together, 16 and 16 are drawn 1616" });
    }
    // What the translation must share with today's English: its placeholders, used as the English uses
    // them, and the numbers its words write.
    const fit: Problem[] = [];
    // English that is not ICU MessageFormat itself asks for no placeholders.
    const wanted = factsOf(en).placeholders;
    const found = message.placeholders;
    for (const name of wanted) if (!found.has(name)) fit.push({ ...at(key, line), value: translation, expected: `the placeholder {${name}} the English has` });
    for (const name of found) if (!wanted.has(name)) fit.push({ ...at(key, line), value: translation, expected: `only the English's placeholders (${[...wanted].map((n) => `{${n}}`).join(", ") || "none"}), not {${name}}` });
    // Each placeholder used as the English uses it: no format or offset of its own, a figure written out
    // wherever the English writes it, chosen by with select only where the English chooses by it.
    const english = placeholderUse(factsOf(en).elements, "en");
    const translated = placeholderUse(message.elements, file.language, english.omits);
    for (const misuse of translated.misuses) fit.push({ ...at(key, line), value: translation, expected: misuse });
    for (const name of english.shown) {
      if (found.has(name) && !translated.shown.has(name)) {
        fit.push({ ...at(key, line), value: translation, expected: `{${name}} written out in every form, as the English writes it: as {${name}}, or as # in each form of a plural over it (a form may leave it to its words where it stands for one number, as Arabic "two" does, or where the English's same form does and this language's stands for no number above 2)` });
      }
    }
    for (const name of translated.selected) {
      if (!english.selected.has(name)) fit.push({ ...at(key, line), value: translation, expected: `{${name}} used as the English uses it, not chosen by with select: a select over a figure hides it` });
    }
    // The words' own numbers are the English's: a figure of the data typed by hand belongs in its
    // placeholder, and any other number (a date, "3 workers") must be one the English writes.
    const written = numbersWrittenIn(en);
    const numbers = [...message.numbers, ...message.months.filter((month) => !written.months.has(month))];
    for (const number of numbers) {
      if (written.counts.has(number)) continue;
      const names = figures.get(number);
      const suggestion = names?.filter((name) => wanted.has(name)) ?? [];
      fit.push({
        ...at(key, line),
        value: translation,
        expected: names
          ? `figures only from the data: "${number}" is typed by hand${suggestion.length ? `; write ${suggestion.map((n) => `{${n}}`).join(" or ")}` : ", and the English gives no such number"}`
          : `only the numbers the English writes (${written.digits.join(", ") || "none"}): "${number}" is not one of them`,
      });
    }
    const kept = new Set([...message.numbers, ...message.months]);
    for (const number of written.keep) {
      if (!kept.has(number)) fit.push({ ...at(key, line), value: translation, expected: `the number ${number} the English writes, in digits` });
    }
    if (!stale) {
      problems.push(...fit);
      continue;
    }
    // Made from older English: used as it is while it still fits today's (the desk reworded a label), set
    // aside when it does not (a number or placeholder changed). Never checked against its own "en", which
    // the file's author writes.
    const from = `the English changed after this was translated (from ${JSON.stringify(entry.en)} to ${JSON.stringify(en)})`;
    // A count the desk corrected may be a word in the translation ("trois" for 3, now 4): a number the old
    // English wrote and today's does not is reason enough not to trust the old text.
    const now = numbersWrittenIn(en).counts;
    const gone = [...numbersWrittenIn(entry.en).counts].filter((number) => !now.has(number));
    if (gone.length) fit.push({ ...at(key, line), value: translation, expected: `a translation of today's numbers (the English no longer writes ${gone.join(", ")})` });
    if (!fit.length) {
      warnings.push({ ...at(key, line), message: `${from}; the edition uses the old translation until it is updated` });
    } else if (laterKey(key)) {
      setAside.push(key);
      later.push(key);
      warnings.push({ ...at(key, line), message: `${from}, and the old translation no longer fits it (${fit[0]!.expected}); the edition writes its own until it is updated` });
    } else {
      setAside.push(key);
      missing.push(key);
      problems.push({ ...at(key, line), value: translation, expected: `a translation of ${JSON.stringify(en)}: this one was made from ${JSON.stringify(entry.en)} and no longer fits it (${fit[0]!.expected})` });
      // Said whether or not the edition is held for it (a held edition's problems are not printed).
      warnings.push({ ...at(key, line), message: `${from}, and the old translation no longer fits it (${fit[0]!.expected}): translate it again, and set its "en" to today's English` });
    }
  }
  for (const [key, entry] of file.entries) {
    if (!english.has(key)) warnings.push({ ...at(key, entry.line), message: "this key is no longer in the English (a removed incident, note or category?); it is not used" });
  }
  if (later.length) {
    const incidents = new Set(later.map((key) => key.split(".")[1]));
    warnings.push({
      file: file.file,
      message: `${incidents.size} incident${incidents.size === 1 ? " has" : "s have"} no translated label or location yet (${later.join(", ")}): the edition writes the label from the counts and categories and names the place by its district until a translator adds them`,
    });
  }
  return { problems, warnings, missing, setAside };
}
