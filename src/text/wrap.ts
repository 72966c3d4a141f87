import type { Weight } from "../style/houseStyle.js";
import { breakablePieces, wordPieces } from "./lineBreaks.js";
import type { Lang } from "./fonts.js";
import { RecentMemo } from "../recentMemo.js";
import { textWidth } from "./measure.js";

/** `lang` picks the line-breaking rules (text/lineBreaks.ts) and, for ar and zh, the fonts measured. */
export type TextStyle = { size: number; weight: Weight; widthFactor?: number; lang?: Lang | undefined };
/** Width in px of a line of text; textWidth unless a test counts the work. */
export type Measure = (text: string, style: TextStyle) => number;

/**
 * Breaks text into lines no wider than maxWidth, greedily at the language's break opportunities
 * (text/lineBreaks.ts: never inside a word, a date, a number and its word). A piece wider than a whole
 * line falls back to its words; a single word wider than the line (a long URL) is broken between
 * characters rather than left to overflow. The work is linear in the text's
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
  const lang = style.lang ?? "en";
  // Runs of white space are one space in languages written with spaces, as the SVG will draw them.
  const source = lang === "zh" ? text : text.replace(/[ \t\r\n]+/g, " ").trim();
  const lines: string[] = [];
  let line = "";
  // The line's width with its trailing space, kept as pieces are added: a line is measured piece by piece
  // (pieces meet at spaces, or between Chinese words, where nothing kerns or joins), not shaped again
  // whole for every piece it might take, which made wrapping the longest part of drawing a chart.
  let lineWidth = 0;
  const fits = (candidate: string) => measure(candidate.trimEnd(), style) <= maxWidth;
  const queue = breakablePieces(source, lang);
  for (let piece = queue.shift(); piece !== undefined; piece = queue.shift()) {
    const inked = piece.trimEnd();
    if (line && (!inked || lineWidth + measure(inked, style) <= maxWidth)) {
      line += piece;
      lineWidth += inked === piece ? measure(inked, style) : measure(piece, style);
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = piece.trimStart();
    lineWidth = measure(line, style);
    if (!line || fits(line)) continue;
    // Wider than a whole line: its words, laid one by one (a number then may part from its word)…
    const words = wordPieces(line, lang);
    if (words.length > 1) {
      queue.unshift(...words);
      line = "";
      lineWidth = 0;
      continue;
    }
    // …and a single word wider than the line is cut after a hyphen that fits, else between letters.
    const trailing = line.slice(line.trimEnd().length);
    let word = line.trimEnd();
    let cut = afterHyphen(word, longestFit(word, maxWidth, style, measure));
    while (cut < word.length) {
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
      cut = afterHyphen(word, longestFit(word, maxWidth, style, measure));
    }
    line = word + trailing;
    lineWidth = measure(line, style);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Where to cut a word too wide for any line: after its last hyphen that fits ("таджикско-|афганской"), as
 * a browser would, rather than between any two letters; at `cut` when the fitting part has no hyphen. A
 * hyphen is never a break otherwise (text/lineBreaks.ts).
 */
function afterHyphen(word: string, cut: number): number {
  if (cut >= word.length) return cut;
  const hyphen = word.lastIndexOf("-", cut - 1);
  return hyphen > 0 ? hyphen + 1 : cut;
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
  // Never narrower than the widest piece: balancing must not cut a word the full width keeps whole.
  const widest = Math.max(...breakablePieces(text, style.lang ?? "en").map((piece) => measure(piece.trim(), style)));
  return wrapGreedy(text, Math.max(high, Math.min(widest, maxWidth)), style, measure);
}
