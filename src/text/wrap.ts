import type { Weight } from "../style/houseStyle.js";
import { breakablePieces } from "../type/lineBreaks.js";
import { textWidth } from "./measure.js";

/**
 * Breaks text into lines no wider than maxWidth, greedily at spaces. A single word wider than the line
 * (a long URL) is broken between characters rather than left to overflow.
 */
export function wrapText(text: string, maxWidth: number, style: { size: number; weight: Weight; widthFactor?: number; lang?: "ar" | "zh" | undefined }): string[] {
  if (style.lang === "zh") return wrapPieces(breakablePieces(text, "zh"), maxWidth, style);
  const lines: string[] = [];
  let line = "";
  // Break at ordinary white space only: a no-break space (as in "1 Nov 2025") holds.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, style) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, style) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), style) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Chinese breaks between words (Intl.Segmenter, type/lineBreaks.ts), not only at spaces. */
function wrapPieces(pieces: readonly string[], maxWidth: number, style: Parameters<typeof textWidth>[1]): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (!line || textWidth((line + piece).trimEnd(), style) <= maxWidth) {
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
 * Wraps to the same number of lines as wrapText, but as evenly as possible, so a headline does not end
 * on one orphaned word.
 */
export function wrapBalanced(text: string, maxWidth: number, style: { size: number; weight: Weight; widthFactor?: number; lang?: "ar" | "zh" | undefined }): string[] {
  const greedy = wrapText(text, maxWidth, style);
  if (greedy.length < 2) return greedy;
  let low = 0;
  let high = maxWidth;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (wrapText(text, mid, style).length === greedy.length) high = mid;
    else low = mid;
  }
  return wrapText(text, high, style);
}
