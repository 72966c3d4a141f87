/**
 * Where a line may break, per language. Latin, Cyrillic and Arabic text breaks at spaces. Chinese has no
 * spaces: it breaks between words, found by ICU's dictionary through Intl.Segmenter (word granularity),
 * so a line never splits a word such as 阿富汗 or 边境; punctuation stays with its neighbour (a comma never
 * starts a line, an opening bracket never ends one), and a number stays with the measure word after it
 * (5名), and a date stays whole (2026年1月18日), the usual rules of Chinese typesetting. The words are ICU's dictionary's, so the pieces are
 * pinned in test/text/lineBreaks.test.ts.
 *
 * The pieces join back to the text exactly; a wrapper lays pieces on a line and may break after any piece,
 * dropping white space at the break.
 */
import type { Lang } from "./fonts.js";
import { langTag } from "./fonts.js";

/** Punctuation that must not start a line (it closes or ends something). */
const closing = /^[\p{Pe}\p{Pf}，。、；：？！…—·％%,.;:?!)\]}»”’]+$/u;
/** A number, which stays with the measure word after it. */
const number = /^[\p{Nd}.,]+$/u;
/** Punctuation that must not end a line (it opens something). */
const opening = /^[\p{Ps}\p{Pi}«“‘(\[{]+$/u;

const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(lang: Lang): Intl.Segmenter {
  let made = segmenters.get(lang);
  if (!made) segmenters.set(lang, (made = new Intl.Segmenter(langTag(lang), { granularity: "word" })));
  return made;
}

/** The text cut at its break opportunities: a line may break after any piece. */
export function breakablePieces(text: string, lang: Lang): string[] {
  return lang === "zh" ? chinesePieces(text) : spacePieces(text);
}

/** Each word with the spaces after it (the first piece also keeps any leading spaces). */
function spacePieces(text: string): string[] {
  return text.match(/^\s+\S*\s*|\S+\s*/g) ?? (text ? [text] : []);
}

/**
 * A Chinese date ("2026年1月18日", "1月18日", "2025年11月") is one piece: Chinese typesetting never splits a
 * date across lines, though the dictionary cuts it into number-and-unit words.
 */
const chineseDate = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年/gu;

/** ICU's words, with each date kept as one. */
function chineseSegments(text: string): string[] {
  const segments: string[] = [];
  const words = (part: string) => [...segmenter("zh").segment(part)].map(({ segment }) => segment);
  let from = 0;
  for (const date of text.matchAll(chineseDate)) {
    segments.push(...words(text.slice(from, date.index)), date[0]);
    from = date.index + date[0].length;
  }
  segments.push(...words(text.slice(from)));
  return segments;
}

function chinesePieces(text: string): string[] {
  const pieces: string[] = [];
  let glueToNext = false;
  for (const segment of chineseSegments(text)) {
    const last = pieces.length - 1;
    if (glueToNext || (last >= 0 && (closing.test(segment) || /^\s+$/.test(segment)))) {
      pieces[last] += segment;
    } else {
      pieces.push(segment);
    }
    glueToNext = opening.test(segment) || number.test(segment);
  }
  return pieces;
}
