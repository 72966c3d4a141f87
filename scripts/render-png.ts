/**
 * npm run png: renders every SVG in charts/ to PNG with resvg and the shipped font, in the light and the
 * dark scheme, for looking at the charts as a reader would. Output goes to out/png/ (not committed).
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { forceColorScheme } from "../src/render/colorScheme.js";
import { fontPaths } from "../src/text/measure.js";

const [inDir = "charts", outDir = "out/png"] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
for (const name of (await readdir(inDir)).filter((n) => n.endsWith(".svg")).sort()) {
  const svg = await readFile(join(inDir, name), "utf8");
  for (const scheme of ["light", "dark"] as const) {
    const png = new Resvg(forceColorScheme(svg, scheme), {
      fitTo: { mode: "zoom", value: 2 },
      font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: "Source Sans 3" },
    })
      .render()
      .asPng();
    const file = join(outDir, name.replace(/\.svg$/, `.${scheme}.png`));
    await writeFile(file, png);
    console.log(file);
  }
}
