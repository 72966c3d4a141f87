/**
 * A chart's SVG as PNG, drawn by resvg with the shipped font (resvg does not read @font-face), in the
 * scheme asked for whatever the machine's settings. Stored as a palette PNG when the pixels allow it
 * (render/palettePng.ts: the same pixels in well under half the bytes), as resvg's RGBA PNG otherwise.
 */
import { renderAsync } from "@resvg/resvg-js";
import { fontName } from "../style/houseStyle.js";
import { fontPaths } from "../text/fontFiles.js";
import { forceColorScheme } from "./colorScheme.js";
import { palettePng } from "./palettePng.js";

/** Renders off the main thread (libuv's pool), so several PNGs draw at once, one per core. */
export async function svgToPng(svg: string, { scheme = "light", zoom = 2 }: { scheme?: "light" | "dark"; zoom?: number } = {}): Promise<Buffer> {
  const image = await renderAsync(forceColorScheme(svg, scheme), {
    fitTo: { mode: "zoom", value: zoom },
    font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: fontName },
  });
  return (await palettePng(image.pixels, image.width, image.height)) ?? image.asPng();
}
