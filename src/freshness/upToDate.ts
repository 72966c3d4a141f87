/**
 * Before a build draws anything: is the output folder already what these inputs build (then keep it),
 * or only some PNGs off (then redraw just those)? Says which, with the summary the build printed, or
 * returns undefined when everything must be drawn. Loads no charting library; resvg only to repair.
 * Like every write, it first removes what dead builds left beside the folder (recoverCharts).
 */
import { recoverCharts, writeCharts } from "../output/writeCharts.js";
import { checkBuildRecord, withBuildRecord } from "./buildRecord.js";
import type { FileDigester } from "./digestCache.js";
import type { InputDigests } from "./inputs.js";

export async function keepOrRepair<Report>(outDir: string, inputs: InputDigests, digester?: FileDigester): Promise<{ message: string; done: "Kept" | "Wrote"; report: Report } | undefined> {
  // What a killed build left beside the folder goes first, as before any write: a build with nothing to
  // draw must not leave it for ever (and a set it finished may be the one to find fresh).
  await recoverCharts(outDir);
  const freshness = await checkBuildRecord<Report>(outDir, inputs, digester);
  if (freshness.fresh) {
    return { message: `Nothing changed since ${outDir}/ was built, so nothing was redrawn (--force redraws everything).`, done: "Kept", report: freshness.report };
  }
  if (!freshness.stale) return undefined;
  const { redrawPngsOnly } = await import("./redrawPngs.js");
  const repaired = await redrawPngsOnly(outDir, freshness);
  if (!repaired) return undefined;
  await writeCharts(outDir, withBuildRecord(repaired.files, inputs, repaired.report));
  const { redrawn } = repaired;
  const message = `Nothing changed since ${outDir}/ was built but ${redrawn.join(", ")}: redrew only ${redrawn.length > 1 ? "those" : "that"}, from the SVGs.`;
  return { message, done: "Wrote", report: repaired.report };
}
