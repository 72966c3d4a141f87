import type { Weight } from "../style/houseStyle.js";
import { breakablePieces } from "./lineBreaks.js";
import { RecentMemo } from "../recentMemo.js";
import { textWidth } from "./measure.js";

export type TextStyle = { size: number; weight: Weight; widthFactor?: number; lang?: "ar" | "zh" | undefined };
/** Width in px of a line of text; textWidth unless a test counts the work. */
export type Measure = (text: string, style: TextStyle) => number;

/**
 * Breaks text into lines no wider than maxWidth, greedily at spaces. A single word wider than the line
 * (a long URL) is broken between characters rather than left to overflow. The work is linear in the text's
 * length: each measurement is of at most a line and a word, and a long word is cut by searching for the
 * longest prefix that fits (doubling, then halving), never by trying one character shorter each time.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: Measure = textWidth): string[] {
  return measure === textWidth ? remembered("text", text, maxWidth, style, () => wrapGreedy(text, maxWidth, style, measure)) : wrapGreedy(text, maxWidth, style, measure);
}

// Watch mode frames a retitled chart again: all its text but the new headline wraps as it did. Lines
// measured by the font (not a test's measure) are remembered by text, width and what the width reads.
const wrapped = new RecentMemo<readonly string[]>(4096);

function remembered(how: string, text: string, maxWidth: number, { size, weight, widthFactor, lang }: TextStyle, wrap: () => string[]): string[] {
  const key = `${how}\u0000${maxWidth}\u0000${size}\u0000${weight}\u0000${widthFactor}\u0000${lang}\u0000${text}`;
  let lines = wrapped.get(key);
  if (!lines) {
    lines = wrap();
    wrapped.set(key, lines);
  }
  return [...lines];
}

function wrapGreedy(text: string, maxWidth: number, style: TextStyle, measure: Measure): string[] {
  if (style.lang === "zh") return wrapPieces(breakablePieces(text, "zh"), maxWidth, style, measure);
  const lines: string[] = [];
  let line = "";
  // Break at ordinary white space only: a no-break space (as in "1 Nov 2025") holds.
  for (const word of text.split(/[ \t\r\n]+/)) {
    if (!word) continue;
    if (line && measure(`${line} ${word}`, style) <= maxWidth) {
      line = `${line} ${word}`;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    let cut = afterHyphen(line, longestFit(line, maxWidth, style, measure));
    while (cut < line.length) {
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      cut = afterHyphen(line, longestFit(line, maxWidth, style, measure));
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Where to cut a word too wide for the line: after its last hyphen that fits ("таджикско-|афганской"), as
 * a browser would, rather than between any two letters; at `cut` when the fitting part has no hyphen.
 */
function afterHyphen(word: string, cut: number): number {
  if (cut >= word.length) return cut;
  const hyphen = word.lastIndexOf("-", cut - 1);
  return hyphen > 0 ? hyphen + 1 : cut;
}

/** Chinese breaks between words (Intl.Segmenter, text/lineBreaks.ts), not only at spaces. */
function wrapPieces(pieces: readonly string[], maxWidth: number, style: TextStyle, measure: Measure): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (!line || measure((line + piece).trimEnd(), style) <= maxWidth) {
      line += piece;
      continue;
    }
    lines.push(line.trimEnd());
    line = piece.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * The length of the longest prefix of `word` that fits (at least one character, never half a surrogate
 * pair). Prefixes are measured at lengths 1, 2, 4, … until one does not fit, then the step is halved: the
 * work is proportional to the prefix found, whatever the word's length.
 */
function longestFit(word: string, maxWidth: number, style: TextStyle, measure: Measure): number {
  const fits = (length: number) => measure(word.slice(0, length), style) <= maxWidth;
  let low = 0; // fits (empty)
  let high = 1; // the first length found not to fit, or past the end
  while (high <= word.length && fits(whole(word, high))) {
    low = whole(word, high);
    high = low * 2;
  }
  if (high > word.length) {
    if (low === word.length || fits(word.length)) return word.length;
    high = word.length;
  }
  while (high - low > 1) {
    const mid = whole(word, (low + high) >> 1);
    if (mid <= low || mid >= high) break;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return Math.max(low, whole(word, 1));
}

/** The length, moved forward past the second half of a surrogate pair rather than splitting it. */
function whole(word: string, length: number): number {
  const code = word.charCodeAt(length - 1);
  return code >= 0xd800 && code <= 0xdbff && length < word.length ? length + 1 : length;
}

/**
 * Wraps to the same number of lines as wrapText, but as evenly as possible, so a headline does not end
 * on one orphaned word. A fixed number of wraps (the search halves a pixel range), so linear too.
 */
export function wrapBalanced(text: string, maxWidth: number, style: TextStyle, measure: Measure = textWidth): string[] {
  return measure === textWidth ? remembered("balanced", text, maxWidth, style, () => balance(text, maxWidth, style, measure)) : balance(text, maxWidth, style, measure);
}

function balance(text: string, maxWidth: number, style: TextStyle, measure: Measure): string[] {
  const greedy = wrapGreedy(text, maxWidth, style, measure);
  if (greedy.length < 2) return greedy;
  let low = 0;
  let high = maxWidth;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (wrapGreedy(text, mid, style, measure).length === greedy.length) high = mid;
    else low = mid;
  }
  return wrapGreedy(text, high, style, measure);
}
