import type { ChartId, Dataset } from "../data/types.js";
import type { HeadlineFigures } from "../aggregate/headlineFigures.js";
import { formatCount, formatDate } from "../style/houseStyle.js";
import { altText } from "../describe/altText.js";
import { fillPlaceholders } from "../text/placeholders.js";
import type { FrameText } from "./frame.js";

/** A chart's headline and dek with their {placeholders} filled from the data. */
export function chartText(dataset: Dataset, figures: HeadlineFigures, id: ChartId): { headline: string; dek: string } {
  const { tally } = figures;
  const values = {
    killedAtLeast: formatCount(figures.killedAtLeast),
    itemisedKilled: formatCount(figures.itemisedKilled),
    itemisedIncidents: formatCount(figures.itemisedIncidents),
    itemisedDeadlyIncidents: formatCount(figures.itemisedDeadlyIncidents),
    deadlyIncidentsAtLeast: formatCount(figures.deadlyIncidentsAtLeast),
    tallyKilled: tally && formatCount(tally.killedAtLeast),
    tallyIncidents: tally?.incidentsAtLeast == null ? undefined : formatCount(tally.incidentsAtLeast),
    sinceDate: formatDate(dataset.story.since),
    asOfDate: formatDate(dataset.story.asOf),
  };
  const { headline, dek } = dataset.story.charts[id];
  return { headline: fillPlaceholders(headline, values), dek: fillPlaceholders(dek, values) };
}

/**
 * The note that explains a tally the itemised rows do not reach. It is written from the data, so it can
 * never be forgotten or go stale; `shownAs` says how this chart draws the gap.
 */
export function tallyGapNote(figures: HeadlineFigures, shownAs: string): string | undefined {
  const { tally, unitemisedKilled, itemisedByTally } = figures;
  if (!tally || !itemisedByTally || unitemisedKilled === 0) return undefined;
  const count = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
  // A tally counts deadly incidents, so the itemised ones it is set against are the deadly ones too.
  const incidents = tally.incidentsAtLeast == null ? "" : ` in at least ${count(tally.incidentsAtLeast, "deadly incident", "deadly incidents")}`;
  return (
    `${tally.source}: at least ${formatCount(tally.killedAtLeast)} killed${incidents}. ` +
    `Official statements itemise ${count(itemisedByTally.killed, "death", "deaths")} in ` +
    `${count(itemisedByTally.deadlyIncidents, "deadly incident", "deadly incidents")} to ${formatDate(tally.asOf)}; ` +
    `the other ${unitemisedKilled === 1 ? "death has" : `${formatCount(unitemisedKilled)} have`} no date or category there ` +
    `and ${unitemisedKilled === 1 ? "is" : "are"} ${shownAs}.` +
    (tally.note ? ` ${tally.note}` : "")
  );
}

/** Everything the frame prints around a chart: its filled headline and dek, the gap note first, then the story's notes. */
export function frameText(dataset: Dataset, figures: HeadlineFigures, id: ChartId, gapShownAs: string): FrameText {
  const { headline, dek } = chartText(dataset, figures, id);
  const gapNote = tallyGapNote(figures, gapShownAs);
  const { notes, source, credit } = dataset.story;
  return { id, headline, dek, alt: altText(dataset, figures, id), notes: gapNote ? [gapNote, ...notes] : notes, source, credit };
}
