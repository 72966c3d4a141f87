/**
 * A font of any edition subset to the characters a chart draws, keeping the layout features its script
 * shapes with. render/embedFont.ts keeps only Latin's features (kern, liga…): an Arabic subset made with
 * them loses the joining forms (init/medi/fina) and the lam-alef ligature (rlig), and the letters are
 * drawn apart. harfbuzz's layout closure brings in every glyph the kept features can reach from the
 * characters, so the subset shapes exactly as the whole font does for that text.
 *
 * WOFF2 for @font-face in the SVG; TrueType for resvg, which reads no @font-face and no WOFF2 (both come
 * from the same glyph closure, so they draw the same glyphs).
 */
import { readFile } from "node:fs/promises";
import { keptSubsetFile, readSubset, subsetKey, writeSubset } from "./subsetStore.js";
import type { Lang } from "../text/fonts.js";
import type { FontFace } from "../text/fonts.js";

const common = ["ccmp", "locl", "kern", "liga", "calt", "mark", "mkmk"];

/** The features each language's text is shaped with (the defaults browsers, resvg and fontkit apply). */
export function keptFeatures(lang: Lang): string[] {
  if (lang === "ar") return [...common, "isol", "init", "medi", "fina", "rlig", "rclt", "curs", "rtlm"];
  return common;
}

export type SubsetFormat = "woff2" | "truetype";

const fontBytes = new Map<string, Promise<Buffer>>();

function readFont(file: string): Promise<Buffer> {
  let bytes = fontBytes.get(file);
  if (!bytes) fontBytes.set(file, (bytes = readFile(file)));
  return bytes;
}

/** The face subset to the characters of `text`, with the language's layout features kept. */
export async function subsetFace(face: FontFace, lang: Lang, text: string, format: SubsetFormat = "woff2"): Promise<Buffer> {
  const font = await readFont(face.file);
  const characters = [...new Set(text)].sort().join("");
  // resvg picks a face by its typographic family and style (name IDs 16 and 17), which harfbuzz drops by
  // default: without them Noto Sans SC SemiBold is a family of its own, and semibold text is drawn bold.
  const names = format === "truetype" ? { preserveNameIds: [1, 2, 3, 4, 5, 6, 16, 17] } : {};
  const options = { targetFormat: format, keepFeatures: keptFeatures(lang), noHinting: true, ...names };
  // Kept on disk between runs like the English subsets: subsetting Noto Sans SC reads a 10 MB font.
  const storedAs = format === "woff2" ? subsetKey(font, characters, options) : undefined;
  const kept = storedAs && readSubset(storedAs);
  if (kept) return kept;
  const { default: subsetFont } = await import("subset-font");
  const made = await subsetFont(font, characters, options);
  if (storedAs) writeSubset(storedAs, made);
  return made;
}

/**
 * The face subset to the characters of `text` as a TrueType file in the subset store, for resvg; undefined
 * when subsets are not kept (the caller then gives resvg the whole font).
 */
export async function subsetFaceFile(face: FontFace, lang: Lang, text: string): Promise<string | undefined> {
  const font = await readFont(face.file);
  const characters = [...new Set(text)].sort().join("");
  const options = { targetFormat: "truetype", keepFeatures: keptFeatures(lang), noHinting: true, preserveNameIds: [1, 2, 3, 4, 5, 6, 16, 17] };
  return keptSubsetFile(subsetKey(font, characters, options), () => subsetFace(face, lang, characters, "truetype"));
}
