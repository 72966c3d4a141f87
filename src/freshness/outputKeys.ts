/**
 * Each chart file's input digest: a digest of exactly what it is drawn from, so that an output whose
 * digest is what the build record says it was built from can be kept instead of drawn again. An SVG reads
 * its chart's part of the dataset (render/dataVersion.ts: the data, the shared story settings and its own
 * texts), its width, its file name and the snippet widths it is shown at (which move when a neighbouring
 * width is added), and every input group but data/ as a whole: the code, the fonts, the lockfile, the
 * options (and any group added later, such as an edition's translations, until it is split finer). A PNG
 * is a pure function of its SVG and those same groups, so it reads its SVG's digest and its scheme.
 */
import { chartIds, type Dataset } from "../data/types.js";
import { chartInputDigest, chartVersion } from "../render/dataVersion.js";
import { pngVersions } from "../render/png.js";
import { chartFileName, snippetContainer } from "../build/renderCharts.js";
import { digestOf } from "./digest.js";
import type { InputDigests } from "./inputs.js";

/** The input digest of every SVG and PNG the dataset makes, by file name. */
export function outputKeys(dataset: Dataset, inputs: InputDigests): Map<string, string> {
  const groups = Object.entries(inputs)
    .filter(([group]) => group !== "data")
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const widths = [...dataset.story.widths].sort((a, b) => b - a);
  const keys = new Map<string, string>();
  for (const id of chartIds) {
    for (const width of widths) {
      const file = chartFileName(id, width, widths);
      const container = snippetContainer(id, chartVersion(dataset, id), width, widths);
      const key = digestOf(JSON.stringify({ groups, chart: chartInputDigest(dataset, id), file, width, container }));
      keys.set(file, key);
      for (const { file: png, scheme } of pngVersions(file)) keys.set(png, digestOf(`${key}\t${scheme}`));
    }
  }
  return keys;
}
