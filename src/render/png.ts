/**
 * A chart's SVG as PNG, drawn by resvg with the shipped font (resvg does not read @font-face), in the
 * scheme asked for whatever the machine's settings.
 */
import { Resvg } from "@resvg/resvg-js";
import { fontName } from "../style/houseStyle.js";
import { fontPaths } from "../text/measure.js";
import { forceColorScheme } from "./colorScheme.js";

export function svgToPng(svg: string, { scheme = "light", zoom = 2 }: { scheme?: "light" | "dark"; zoom?: number } = {}): Buffer {
  return new Resvg(forceColorScheme(svg, scheme), {
    fitTo: { mode: "zoom", value: zoom },
    font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: fontName },
  })
    .render()
    .asPng();
}
