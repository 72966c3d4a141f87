/**
 * The cheapest repair of an output folder: when its inputs are unchanged and the only outputs out of
 * date are PNGs (deleted or edited by hand) whose SVG is still as built, only those PNGs are drawn
 * again, from that SVG, with resvg; jsdom and Plot are not needed. A PNG is a pure function of its
 * SVG, so each one redrawn must come out byte for byte as the record says it was written; if any does
 * not, this declines and the caller builds everything.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pngSource, svgToPng } from "../render/png.js";
import { langs, type Lang } from "../text/fonts.js";
import type { Freshness } from "./buildRecord.js";
import { digestOf } from "./digest.js";

export async function redrawPngsOnly<Report>(
  outDir: string,
  freshness: Freshness<Report>
): Promise<{ files: Map<string, string | Buffer>; redrawn: string[]; report: Report } | undefined> {
  if (freshness.fresh || !freshness.stale) return undefined;
  const { record, inputs, outputs, unexpected } = freshness.stale;
  if (inputs.length || unexpected.length || !outputs.length) return undefined;
  const sources = outputs.map((file) => ({ file, source: pngSource(file) }));
  if (sources.some(({ source }) => !source || outputs.includes(source.svgFile) || !(source.svgFile in record.outputs))) return undefined;
  const redrawn = new Map<string, Buffer>();
  for (const { file, source } of sources) {
    const svg = await readFile(join(outDir, source!.svgFile), "utf8");
    // Each edition's PNGs are drawn with its own fonts, as the build draws them: its folder names its language.
    const folder = /^([^/]+)\//.exec(file)?.[1];
    const lang: Lang = langs.find((known) => known === folder) ?? "en";
    const png = await svgToPng(svg, { scheme: source!.scheme, lang });
    if (digestOf(png) !== record.outputs[file]!.digest) return undefined;
    redrawn.set(file, png);
  }
  // Everything else is as the record says, so the folder is rewritten whole from it (and the record).
  const files = new Map<string, string | Buffer>();
  for (const [file, { digest }] of Object.entries(record.outputs)) {
    const content = redrawn.get(file) ?? (await readFile(join(outDir, file)));
    if (digestOf(content) !== digest) return undefined; // changed since it was checked
    files.set(file, content);
  }
  return { files, redrawn: [...redrawn.keys()], report: record.report };
}
