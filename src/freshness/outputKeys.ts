/**
 * Each chart file's input digest: a digest of exactly what it is drawn from, so that an output whose
 * digest is what the build record says it was built from can be kept instead of drawn again. An SVG reads
 * its chart's part of the dataset (charts/dataVersion.ts: the data, the shared story settings and its own
 * texts), its width, its file name and the snippet widths it is shown at (which move when a neighbouring
 * width is added), and every input group but data/ as a whole: the code, the fonts, the lockfile, the
 * options (an edition's translations count through its chart digest, charts/dataVersion.ts). A PNG
 * is a pure function of its SVG and those same groups, so it reads its SVG's digest and its scheme. A
 * social card is drawn from the chart's inputs at its own size, so it reads the chart's digest and its format.
 */
import { chartIds, type Dataset } from "../dataset/types.js";
import { chartInputDigest, chartVersion } from "../charts/dataVersion.js";
import { pngVersions } from "../render/png.js";
import { cardFileName, chartFileName, snippetContainer } from "../output/chartNames.js";
import { cardFormatsFor } from "../charts/cardFrame.js";
import { digestOf } from "./digest.js";
import type { InputDigests } from "./inputs.js";

/** The input digest of every SVG and PNG (social cards too) the dataset makes, by file name. */
export function outputKeys(dataset: Dataset, inputs: InputDigests): Map<string, string> {
  // The data and the translations reach an output only through its chart's digest (which covers its
  // edition's words), so a translation edit touches that edition's outputs alone.
  const groups = Object.entries(inputs)
    .filter(([group]) => group !== "data" && !group.startsWith("translation "))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const widths = [...dataset.story.widths].sort((a, b) => b - a);
  // A translated edition's files are in its folder (charts/fr/…).
  const lang = dataset.edition?.lang;
  const folder = lang && lang !== "en" ? `${lang}/` : "";
  const keys = new Map<string, string>();
  for (const id of chartIds) {
    for (const width of widths) {
      const file = chartFileName(id, width, widths);
      const container = snippetContainer(id, chartVersion(dataset, id), width, widths);
      const key = digestOf(JSON.stringify({ groups, chart: chartInputDigest(dataset, id), file, width, container }));
      keys.set(`${folder}${file}`, key);
      for (const { file: png, scheme } of pngVersions(file)) keys.set(`${folder}${png}`, digestOf(`${key}\t${scheme}`));
    }
  }
  // After every chart's files, as an edition's files are written (build/buildEditions.ts).
  for (const id of chartIds) {
    for (const format of cardFormatsFor(dataset)) keys.set(`${folder}${cardFileName(id, format)}`, digestOf(JSON.stringify({ groups, chart: chartInputDigest(dataset, id), card: format })));
  }
  return keys;
}
