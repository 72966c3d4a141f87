/**
 * An edition's pages (alt text, CSV, snippets, its review page) remembered between watch mode's rewrites.
 * Every save assembles every edition's pages, though a save changes one edition at most when it is a
 * translation; remembering them by a digest of all that exportEdition reads spares the others (about
 * half of a French edit's assembling). The digest covers each chart's input digest (the data, the story's
 * texts and settings, the edition's words: charts/dataVersion.ts), the story's widths and checked figures,
 * the edition's status, every SVG's bytes and which PNGs are in the set. The code cannot change under a
 * running process, so it need not be in it.
 */
import { chartIds, type Dataset } from "../dataset/types.js";
import { digestOf } from "../input/sourceDigest.js";
import { chartInputDigest } from "../charts/dataVersion.js";
import type { OutputFiles } from "./exportCharts.js";
import type { ReviewChart } from "../output/reviewPage.js";
import { RecentMemo } from "../recentMemo.js";
import type { Warning } from "../input/problems.js";

export interface EditionPages {
  files: OutputFiles;
  review: ReviewChart[];
  /** Compromises of its print drawings, named by PDF (build/printOutputs.ts). */
  warnings: Warning[];
  /** The edition's own review page (charts/en.html, charts/fr/index.html). */
  page?: string;
}

/** Two sets' worth for five editions: watch mode assembles twice per save (without, then with the new PNGs). */
export class EditionPagesMemo extends RecentMemo<EditionPages> {
  constructor() {
    super(12);
  }
}

export function editionPagesKey(dataset: Dataset, svgs: ReadonlyMap<string, string>, pngs: Iterable<string>, withoutMissingPngs: boolean): string {
  const { widths, printWidths, figures } = dataset.story;
  return digestOf(
    JSON.stringify({
      charts: chartIds.map((id) => chartInputDigest(dataset, id)),
      widths,
      printWidths,
      figures,
      status: dataset.edition?.status ?? "",
      svgs: [...svgs].map(([name, svg]) => [name, digestOf(svg)]),
      pngs: [...pngs],
      withoutMissingPngs,
    })
  );
}
