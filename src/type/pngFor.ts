/**
 * render/png.ts for any edition: resvg reads no @font-face, so it is given the TrueType files of the
 * language's whole font chain (fontFilesFor), which it falls through per character as the browser does
 * through the embedded families.
 */
import { stat } from "node:fs/promises";
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { forceColorScheme } from "../render/forceColorScheme.js";
import { palettePng } from "../render/palettePng.js";
import { fontChain, fontFilesFor, type FontFace, type Lang } from "./fonts.js";
import { subsetFaceFile } from "./subsetFace.js";

/** resvg's options for drawing a language's SVG at a zoom. */
export function resvgOptionsFor(lang: Lang, zoom = 2): ResvgRenderOptions {
  return {
    fitTo: { mode: "zoom", value: zoom },
    font: { fontFiles: fontFilesFor(lang), loadSystemFonts: false, defaultFontFamily: fontChain(lang, "regular")[0]!.family },
  };
}

/** Renders off the main thread (libuv's pool), as render/png.ts does. */
export async function svgToPngFor(svg: string, lang: Lang, { scheme = "light", zoom = 2 }: { scheme?: "light" | "dark"; zoom?: number } = {}): Promise<Buffer> {
  const options = resvgOptionsFor(lang, zoom);
  options.font!.fontFiles = await fontFilesForSvg(lang, svg);
  const image = await renderAsync(forceColorScheme(svg, scheme), options);
  // A palette PNG where the colours allow, as render/png.ts does, so every edition's PNGs are as small.
  return (await palettePng(image.pixels, image.width, image.height)) ?? image.asPng();
}

// resvg maps a font file afresh for every glyph it looks up: Noto Sans SC (10 MB a weight) made each
// Chinese PNG take about 2 s of system time. A subset to the SVG's own characters draws the same glyphs
// (test/type/pngFor.test.ts compares the pixels) from a file a thousand times smaller.
const largeFont = 1 << 20;

/** The font files resvg is given for one SVG: the chain's, with any large face subset to what the SVG says. */
async function fontFilesForSvg(lang: Lang, svg: string): Promise<string[]> {
  const weights = ["regular", "semibold", "bold"] as const;
  const faces = new Map<string, FontFace>();
  for (const weight of weights) for (const face of fontChain(lang, weight)) if (!faces.has(face.file)) faces.set(face.file, face);
  const characters = charactersOf(svg);
  return Promise.all(
    fontFilesFor(lang).map(async (file) => {
      const face = faces.get(file)!;
      return (await fileSize(file)) > largeFont ? ((await subsetFaceFile(face, lang, characters)) ?? file) : file;
    })
  );
}

/** Every character the SVG can draw: as written, and as numeric character references. */
function charactersOf(svg: string): string {
  const referenced = [...svg.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)].map(([, code]) => String.fromCodePoint(code!.startsWith("x") || code!.startsWith("X") ? parseInt(code!.slice(1), 16) : Number(code)));
  return [...new Set([...svg, ...referenced])].sort().join("");
}

const sizes = new Map<string, Promise<number>>();
function fileSize(file: string): Promise<number> {
  let size = sizes.get(file);
  if (!size) sizes.set(file, (size = stat(file).then((s) => s.size)));
  return size;
}
