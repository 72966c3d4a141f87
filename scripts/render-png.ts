/**
 * npm run png: renders every SVG in charts/ to PNG, light and dark, at 2× for looking at the charts as
 * a reader would. Output goes to out/png/ (not committed).
 * npm run png -- --readme: renders the default charts (light) to docs/ for the README.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { svgToPng } from "../src/render/png.js";

const { values } = parseArgs({ options: { in: { type: "string", default: "charts" }, out: { type: "string" }, readme: { type: "boolean", default: false } } });
const outDir = values.out ?? (values.readme ? "docs" : "out/png");
await mkdir(outDir, { recursive: true });
const names = values.readme ? ["cumulative-deaths.svg", "casualties-by-category.svg", "incident-map.svg"] : (await readdir(values.in)).filter((n) => n.endsWith(".svg")).sort();
for (const name of names) {
  const svg = await readFile(join(values.in, name), "utf8");
  for (const scheme of values.readme ? (["light"] as const) : (["light", "dark"] as const)) {
    const file = join(outDir, name.replace(/\.svg$/, values.readme ? ".png" : `.${scheme}.png`));
    await writeFile(file, await svgToPng(svg, { scheme, zoom: values.readme ? 1.5 : 2 }));
    console.log(file);
  }
}
