/**
 * A chart's SVG as PNG, drawn by resvg with its edition's fonts (render/resvgFonts.ts: resvg does not read
 * @font-face), in the scheme asked for whatever the machine's settings. Stored as a palette PNG when the
 * pixels allow it (render/palettePng.ts: the same pixels in well under half the bytes), as resvg's RGBA
 * PNG otherwise.
 */
import { renderAsync } from "@resvg/resvg-js";
import type { Lang } from "../text/fonts.js";
import { resvgFontFiles, resvgOptionsFor } from "./resvgFonts.js";
import { forceColorScheme } from "./forceColorScheme.js";
import { palettePng } from "./palettePng.js";

export type Scheme = "light" | "dark";

/** A chart's PNGs, named after its SVG: `x.png` on white, `x.dark.png` in the dark scheme. */
export function pngVersions(svgFile: string): { file: string; scheme: Scheme }[] {
  return (["light", "dark"] as const).map((scheme) => ({ file: svgFile.replace(/\.svg$/, scheme === "dark" ? ".dark.png" : ".png"), scheme }));
}

/** The SVG a PNG is drawn from, and in which scheme; undefined for any other file (a social card is drawn from the data). */
export function pngSource(file: string): { svgFile: string; scheme: Scheme } | undefined {
  if (/\.card-[^/]*\.png$/.test(file)) return undefined;
  const match = /^(.*?)(\.dark)?\.png$/.exec(file);
  return match ? { svgFile: `${match[1]}.svg`, scheme: match[2] ? "dark" : "light" } : undefined;
}

/** Renders off the main thread (libuv's pool), so several PNGs draw at once, one per core. */
export async function svgToPng(svg: string, { scheme = "light", zoom = 2, lang = "en" }: { scheme?: Scheme; zoom?: number; lang?: Lang } = {}): Promise<Buffer> {
  const options = resvgOptionsFor(lang, zoom, await resvgFontFiles(lang, svg));
  const image = await renderAsync(forceColorScheme(svg, scheme), options);
  return (await palettePng(image.pixels, image.width, image.height)) ?? image.asPng();
}
