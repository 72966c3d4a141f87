/**
 * Where a line may break, per language, by the rules of each language's typesetting rather than by
 * spaces typed into the data. A piece is a run a line never breaks inside; a wrapper lays pieces on a
 * line and may break after any piece, dropping white space at the break. The pieces join back to the
 * text exactly.
 *
 * Latin, Cyrillic and Arabic break at ordinary spaces (a no-break space holds), but never:
 * - between a number and the word after it ("5 incidents", "18 janvier", "18 يناير", "و3 «إرهابيين»"),
 *   nor between a month and the year after it ("janvier 2026", "يناير 2026"), so a date stays whole;
 * - after a Russian one-letter preposition, conjunction or pronoun ("в", "к", "с", "и", "а", "я"…), nor
 *   after a two-letter preposition or negation ("на", "по", "не"…);
 * - before punctuation that stands apart ("« terroristes »", "2026 :", "— ") or after an opening one;
 * - at a hyphen ("таджикско-афганской"): a hyphen is no break opportunity at all.
 *
 * Chinese has no spaces: it breaks between words, found by jieba's dictionary (jieba-wasm, the same
 * WebAssembly and dictionary on every machine, unlike the ICU dictionary behind Intl.Segmenter, which
 * cut 塔吉克|斯坦, 委员|会 and transliterated names character by character). On top of the words:
 * a date (2026年1月18日), a number with separators (151/2) and a short bracketed or quoted span
 * (《环球时报》, （未在地图上显示）) are one piece; a number stays with its measure word (5名); a word of
 * one character never stands alone (it joins the next word, so 人|数最多 cannot leave 人 at a line end);
 * names joined by a middle dot or a hyphen (沙姆西丁·绍欣区, 戈尔诺-巴达赫尚) stay whole; closing punctuation
 * never starts a line and opening punctuation never ends one.
 *
 * `wordPieces` gives the words alone (punctuation still attached): a wrapper falls back to them only for
 * a piece wider than a whole line. test/text/lineBreaks.test.ts pins the pieces.
 */
import { createRequire } from "node:module";
import { langTag, type Lang } from "./fonts.js";
import { RecentMemo } from "../recentMemo.js";

/** The text cut at its break opportunities: a line may break after any piece. */
export function breakablePieces(text: string, lang: Lang): string[] {
  // A balanced wrap tries a dozen widths of one text (text/wrap.ts): it is cut once (jieba's cut of a
  // Chinese note is most of the cost), and each caller gets its own copy to take pieces from.
  const key = `${lang}\u0000${text}`;
  let pieces = cutTexts.get(key);
  if (!pieces) cutTexts.set(key, (pieces = lang === "zh" ? chinesePieces(text, true) : spacePieces(text, lang, true)));
  return [...pieces];
}

const cutTexts = new RecentMemo<readonly string[]>(4096);

/** The text cut into words (punctuation kept with its word): the fallback for a piece wider than a line. */
export function wordPieces(text: string, lang: Lang): string[] {
  return lang === "zh" ? chinesePieces(text, false) : spacePieces(text, lang, false);
}

// ---- Languages written with spaces ----------------------------------------------------------------

/**
 * Each word with the spaces after it (the first also keeps any leading spaces). Only ordinary white space
 * parts words: a no-break space (U+00A0, U+202F) holds.
 */
const spaceWords = /^[ \t\r\n]+[^ \t\r\n]*[ \t\r\n]*|[^ \t\r\n]+[ \t\r\n]*/g;

/** A word that is punctuation alone and belongs to the word before it: ":", ";", "»", "—", "?". */
const standsAfter = /^[\p{Pe}\p{Pf}\p{Pd}\p{Po}%]+$/u;
/** A word that is opening punctuation alone and belongs to the word after it: "«", "(". */
const standsBefore = /^[\p{Ps}\p{Pi}]+$/u;
/**
 * A number alone, however written ("5", "12 345", "1er", "151/2"), perhaps after an Arabic one-letter
 * prefix written onto it ("و3", "and 3"), not closing a clause ("2026,", "5.").
 */
const numberWord = /^[وفبلك]?\p{Nd}[\p{Nd}\u00a0\u202f.,/]*(?<![.,/])\p{L}{0,3}$/u;
/** A year, perhaps with the punctuation after it ("2026", "2026;"). */
const yearWord = /^\p{Nd}{4}\p{P}*$/u;
/**
 * A Russian word that must not end a line (Мильчин, «Справочник издателя и автора»: one-letter words
 * always, short prepositions and particles in headlines and wherever it can be helped): any word of one
 * letter ("в", "и", "я"), and the two-letter prepositions and the negations, perhaps after an opening
 * bracket or quote ("(в", "«на").
 */
const shortRussian = /^[\p{Ps}\p{Pi}]*(?:\p{L}|на|по|до|от|из|за|об|во|со|ко|не|ни)$/iu;

function spacePieces(text: string, lang: Lang, strict: boolean): string[] {
  const words = text.match(spaceWords) ?? (text ? [text] : []);
  const pieces: string[] = [];
  let previous = "";
  let glueToNext = false;
  for (const word of words) {
    const core = word.trim();
    const last = pieces.length - 1;
    const glue = last >= 0 && (glueToNext || standsAfter.test(core) || (strict && yearWord.test(core) && isMonth(previous, lang)));
    if (glue) pieces[last] += word;
    else pieces.push(word);
    glueToNext = standsBefore.test(core) || (strict && (numberWord.test(core) || (lang === "ru" && shortRussian.test(core))));
    previous = core;
  }
  return pieces;
}

const monthNames = new Map<Lang, Set<string>>();

/**
 * Whether a word is a month's name in the language, full or short, in the forms Intl writes them in
 * dates ("janvier", "janv.", "января", "يناير", "Jan"): a year after one stays on its line.
 */
function isMonth(word: string, lang: Lang): boolean {
  let names = monthNames.get(lang);
  if (!names) {
    names = new Set();
    const styles: Intl.DateTimeFormatOptions[] = [{ month: "long" }, { month: "short" }, { day: "numeric", month: "long" }, { day: "numeric", month: "short" }];
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(langTag(lang), { ...style, timeZone: "UTC" });
      for (let month = 0; month < 12; month++) {
        const part = format.formatToParts(Date.UTC(2026, month, 15)).find(({ type }) => type === "month");
        if (part) names.add(bare(part.value));
      }
    }
    monthNames.set(lang, names);
  }
  return names.has(bare(word));
}

const bare = (word: string) => word.toLowerCase().replace(/\p{P}+$/u, "");

// ---- Chinese ------------------------------------------------------------------------------------------

/**
 * Compounds of news Chinese the dictionary lacks, so it cut them in two (死亡|人数): a native editor
 * marked "死亡 / 人数" at a line break as a word split; "到区 / 一级" (district level) read the same way.
 * Words of the language, not of this story's data.
 */
const compounds = ["死亡人数", "受伤人数", "遇难人数", "区一级", "省一级", "县一级"];

// jieba-wasm is CommonJS with its dictionary compiled into its WebAssembly; loaded on the first Chinese
// text (0.2 s). With its HMM on, it also finds names it has no entry for (沙姆西丁, 绍欣区), deterministically.
let jieba: typeof import("jieba-wasm") | undefined;
function cut(text: string): string[] {
  if (!jieba) {
    jieba = createRequire(import.meta.url)("jieba-wasm") as typeof import("jieba-wasm");
    for (const word of compounds) jieba.add_word(word);
  }
  return jieba.cut(text, true);
}

/** Punctuation that must not start a line (it closes or ends something). */
const closing = /^[\p{Pe}\p{Pf}，。、；：？！…—·％%,.;:?!)\]}»”’]+$/u;
/** Punctuation that must not end a line (it opens something). */
const opening = /^[\p{Ps}\p{Pi}«“‘(\[{]+$/u;
/** A number, which stays with the measure word after it. */
const number = /^[\p{Nd}.,/]+$/u;
/** A word of one Chinese character. */
const oneHan = /^\p{Script=Han}$/u;
/** A piece that is one Chinese character, perhaps with the punctuation closing its clause. */
const loneHan = /^\p{Script=Han}[\p{P}\s]*$/u;
/** A middle dot (GB/T 15834 间隔号) or hyphen joining two parts of one name: 沙姆西丁·绍欣区, 戈尔诺-巴达赫尚. */
const joiner = /^[·・‧･\-‐‑]$/u;

/** A short bracketed or quoted span (up to 12 characters inside): 《环球时报》, （未在地图上显示）. */
const shortSpan = String.raw`[（(《“‘「『【〈][^（）()《》“”‘’「」『』【】〈〉]{1,12}[）)》”’」』】〉]`;
/** A date with or without its year or day ("2026年1月18日", "1月18日", "2025年11月"); a number with separators inside ("151/2"). */
const dateOrNumber = String.raw`(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年|\d+(?:[.,/]\d+)+`;
/** Runs Chinese typesetting never breaks, kept as one word before the dictionary sees the text; the words alone keep only dates and numbers. */
const chineseWhole = { strict: new RegExp(`${shortSpan}|${dateOrNumber}`, "gu"), words: new RegExp(dateOrNumber, "gu") };

/** The dictionary's words, with each run that is kept whole as one. */
function chineseSegments(text: string, strict: boolean): string[] {
  const segments: string[] = [];
  let from = 0;
  for (const whole of text.matchAll(strict ? chineseWhole.strict : chineseWhole.words)) {
    if (whole.index > from) segments.push(...cut(text.slice(from, whole.index)));
    segments.push(whole[0]);
    from = whole.index + whole[0].length;
  }
  if (from < text.length) segments.push(...cut(text.slice(from)));
  return segments;
}

function chinesePieces(text: string, strict: boolean): string[] {
  const pieces: string[] = [];
  let glueToNext = false;
  for (const segment of chineseSegments(text, strict)) {
    const last = pieces.length - 1;
    const joins = joiner.test(segment) && last >= 0 && !/\s$/.test(pieces[last]!);
    if (last >= 0 && (glueToNext || closing.test(segment) || /^\s+$/.test(segment) || (strict && joins))) pieces[last] += segment;
    else pieces.push(segment);
    glueToNext = opening.test(segment) || (strict && (number.test(segment) || oneHan.test(segment) || joins));
  }
  if (!strict) return pieces;
  // A one-character word with no word after it (the text's or a clause's end: 事件中。) joins the one before.
  return pieces.reduce<string[]>((joined, piece) => {
    const before = joined.at(-1);
    if (before !== undefined && loneHan.test(piece) && !/[\s\p{P}]$/u.test(before)) joined[joined.length - 1] = before + piece;
    else joined.push(piece);
    return joined;
  }, []);
}
