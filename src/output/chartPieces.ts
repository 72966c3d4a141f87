/**
 * What a newsroom gets around one chart's SVGs: its alt text, its data as CSV, and the embed snippet
 * holding every version. Made from the dataset (in its edition's language) and the SVGs alone, so the
 * same inputs give the same pieces: watch mode, which exports an edition again when one of its charts is
 * retitled, takes the other charts' pieces as they were (a third of the French edit's pages, before).
 */
import type { HeadlineFigures } from "../figures/headlineFigures.js";
import { chartText } from "../charts/chartText.js";
import type { ChartId, Dataset } from "../dataset/types.js";
import { altText } from "../charts/altText.js";
import { editionOf } from "../editions/edition.js";
import { RecentMemo } from "../recentMemo.js";
import { digestOf } from "../input/sourceDigest.js";
import { chartInputDigest, chartVersion } from "../charts/dataVersion.js";
import { cardFileName, chartFileName, containerName } from "./chartNames.js";
import { chartData } from "./chartData.js";
import { toCsv } from "./csv.js";
import { embedSnippet } from "./embedSnippet.js";
import { socialCardMeta, type SocialCard } from "./socialMeta.js";
import { cardFormatsFor, type CardFormat } from "../charts/cardFrame.js";
import { mapSource } from "../map/mapText.js";
import { readerTable } from "./readerTable.js";

export interface ChartPieces {
  headline: string;
  alt: string;
  /** The social cards' alt text: what the card shows, its headline, chart and source line (charts/cardFrame.ts). */
  cardAlt: string;
  dataFile: string;
  csv: string;
  snippet: string;
}

// Three charts in five editions, a few saves' worth.
const made = new RecentMemo<ChartPieces>(64);

/**
 * `svgs`: every version's SVG text, widest first; `width`: the widest. Remembered by what they read: the
 * chart's inputs (charts/dataVersion.ts: data, story, the edition's words, the chart's own text), the
 * figures, the widths and the SVGs themselves.
 */
export function chartPieces(dataset: Dataset, figures: HeadlineFigures, id: ChartId, svgs: readonly string[], widths: readonly number[]): ChartPieces {
  const key = [chartInputDigest(dataset, id), digestOf(JSON.stringify(figures)), widths.join(","), ...svgs.map((svg) => digestOf(svg))].join(" ");
  let pieces = made.get(key);
  if (!pieces) made.set(key, (pieces = makePieces(dataset, figures, id, svgs, widths)));
  return pieces;
}

function makePieces(dataset: Dataset, figures: HeadlineFigures, id: ChartId, svgs: readonly string[], widths: readonly number[]): ChartPieces {
  const edition = editionOf(dataset);
  const translated = edition.lang !== "en";
  const { headline } = chartText(dataset, figures, id);
  const dataFile = `${id}.csv`;
  const words = translated
    ? { lang: edition.lang, dir: edition.dir, sources: edition.message("ui.embed.sources"), getData: edition.message("ui.embed.getData"), tableCaption: edition.message("ui.embed.tableCaption", { headline }) }
    : undefined;
  const { sourceUrl } = dataset.story;
  // A translated edition is published in its own folder under the story's address (charts/fr/…).
  const baseUrl = translated && dataset.story.baseUrl ? `${dataset.story.baseUrl.replace(/\/?$/, "/")}${edition.lang}/` : dataset.story.baseUrl;
  const alt = altText(dataset, figures, id);
  const cardAlt = socialCardAlt(dataset, headline, alt, id);
  const card = (format: CardFormat) => ({ url: `${baseUrl}${cardFileName(id, format)}`, ...format.pixels });
  const [landscape, portrait] = cardFormatsFor(dataset).map(card) as [SocialCard?, SocialCard?];
  const meta = landscape && portrait ? socialCardMeta({ landscape, portrait, alt: cardAlt, absolute: Boolean(baseUrl) }) : "";
  const snippet = meta + embedSnippet({
    svgs: [...svgs],
    width: widths[0]!,
    // Each version's light PNG, at the size its SVG is drawn.
    pngs: widths.map((width, i) => ({ file: chartFileName(id, width, widths).replace(/\.svg$/, ".png"), width, height: drawnHeight(svgs[i]!, width) })),
    alt,
    container: containerName(id, chartVersion(dataset, id)),
    headline,
    sourceUrl,
    dataFile,
    table: readerTable(dataset, figures, id),
    baseUrl,
    edition: words,
  });
  return { headline, alt, cardAlt, dataFile, csv: toCsv(chartData(dataset, figures, id)), snippet };
}

/** The height an SVG is drawn at, from its root's height attribute (the serializer writes whole or decimal px). */
function drawnHeight(svg: string, width: number): number {
  const height = /^<svg\b[^>]*?\sheight="([\d.]+)"/.exec(svg);
  return height ? Math.round(Number(height[1])) : Math.round(width * 0.75);
}

/** A card's alt text: its headline, the chart's alt text, and the source line and credit it prints (the map's with its boundaries). */
function socialCardAlt(dataset: Dataset, headline: string, alt: string, id: ChartId): string {
  const edition = editionOf(dataset);
  const { source, credit } = dataset.story;
  const sourceLine = edition.message("ui.frame.sourceLine", { source: id === "incident-map" ? mapSource(source, edition) : source });
  return [headline, alt, sourceLine, credit].filter(Boolean).map(sentence).join(edition.lang === "zh" ? "" : " ");
}

/** A line ended as a sentence, unless it already is (in any script). */
function sentence(line: string): string {
  if (/[.!?。！？]$/.test(line)) return line;
  return /[\u3400-\u9fff]/.test(line) ? `${line}。` : `${line}.`;
}
