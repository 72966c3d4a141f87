/**
 * The Chinese middle dot (间隔号, as in 沙姆西丁·绍欣区) as it must be drawn. GB/T 15834-2011 §5.1.7 sets
 * it "占半个字位置，上下居中": half a character wide, centred. Noto Sans SC draws U+00B7 MIDDLE DOT,
 * U+30FB KATAKANA MIDDLE DOT and U+2027 HYPHENATION POINT all with one glyph, the one it also draws
 * U+2022 BULLET with: a dot a quarter of an em wide (bolder still in bold) in a full em of space, so a
 * label read as two names around a bullet, like the map's city dots. The font's 'halt' feature would
 * halve the space, but resvg (our PNGs) applies no font-feature-settings, so Chromium and the PNGs would
 * differ. U+FF65 HALFWIDTH KATAKANA MIDDLE DOT is the font's half-width, centred, smaller dot, drawn the
 * same by resvg, Chromium and librsvg: the drawn text uses it, and is measured with it. Only the drawing
 * changes: the alt text, CSV and pages keep the translators' U+00B7.
 */
const fullWidthDots = /[\u00b7\u30fb\u2027]/gu;

/** A Chinese line's text as it is drawn (and measured): each middle dot half-width. */
export function chineseForSvg(text: string): string {
  return text.replace(fullWidthDots, "\uff65");
}
