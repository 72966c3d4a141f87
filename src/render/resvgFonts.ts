/**
 * The fonts resvg draws a PNG with. resvg reads no @font-face, so it is given TrueType files: the whole
 * font chain of the edition's language (text/fonts.ts), which it falls through per character as a
 * browser does through the embedded families.
 *
 * Each file is a subset to the SVG's own characters (kept in the subset store, so a rebuild makes none):
 * resvg maps a font file afresh for every glyph it looks up, so a small file is what makes drawing fast.
 * Noto Sans SC (10 MB a weight) cost about 2 s of system time per Chinese PNG; Source Sans 3 (0.4 MB)
 * about 30 ms per PNG, three quarters of resvg's parse. The subsets keep every glyph the text can reach
 * and the name records resvg matches faces by, so the pixels are the same (test/render/resvgFonts.test.ts).
 */
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { fontChain, fontFilesFor, type FontFace, type Lang } from "../text/fonts.js";
import { subsetFaceFile } from "./subsetFace.js";

/** resvg's options for drawing a language's SVG at a zoom, with the language's whole font files. */
export function resvgOptionsFor(lang: Lang, zoom = 2, fontFiles = fontFilesFor(lang)): ResvgRenderOptions {
  return {
    fitTo: { mode: "zoom", value: zoom },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: fontChain(lang, "regular")[0]!.family },
  };
}

/** The font files resvg is given for one SVG: the chain's, each subset to what the SVG can draw (whole when subsets are not kept). */
export async function resvgFontFiles(lang: Lang, svg: string): Promise<string[]> {
  const faces = new Map<string, FontFace>();
  for (const weight of ["regular", "semibold", "bold"] as const) {
    for (const face of fontChain(lang, weight)) if (!faces.has(face.file)) faces.set(face.file, face);
  }
  const characters = charactersOf(svg);
  return Promise.all(fontFilesFor(lang).map(async (file) => (await subsetFaceFile(faces.get(file)!, lang, characters)) ?? file));
}

/** Every character the SVG can draw: as written, and as numeric character references. */
function charactersOf(svg: string): string {
  const referenced = [...svg.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)].map(([, code]) => String.fromCodePoint(/^x/i.test(code!) ? parseInt(code!.slice(1), 16) : Number(code)));
  return [...new Set([...svg, ...referenced])].sort().join("");
}
