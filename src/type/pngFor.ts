/**
 * render/png.ts for any edition: resvg reads no @font-face, so it is given the TrueType files of the
 * language's whole font chain (fontFilesFor), which it falls through per character as the browser does
 * through the embedded families.
 */
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { forceColorScheme } from "../render/forceColorScheme.js";
import { palettePng } from "../render/palettePng.js";
import { fontChain, fontFilesFor, type Lang } from "./fonts.js";

/** resvg's options for drawing a language's SVG at a zoom. */
export function resvgOptionsFor(lang: Lang, zoom = 2): ResvgRenderOptions {
  return {
    fitTo: { mode: "zoom", value: zoom },
    font: { fontFiles: fontFilesFor(lang), loadSystemFonts: false, defaultFontFamily: fontChain(lang, "regular")[0]!.family },
  };
}

/** Renders off the main thread (libuv's pool), as render/png.ts does. */
export async function svgToPngFor(svg: string, lang: Lang, { scheme = "light", zoom = 2 }: { scheme?: "light" | "dark"; zoom?: number } = {}): Promise<Buffer> {
  const image = await renderAsync(forceColorScheme(svg, scheme), resvgOptionsFor(lang, zoom));
  // A palette PNG where the colours allow, as render/png.ts does, so every edition's PNGs are as small.
  return (await palettePng(image.pixels, image.width, image.height)) ?? image.asPng();
}
