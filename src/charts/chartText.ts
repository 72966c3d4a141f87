import type { ChartId, Dataset } from "../dataset/types.js";
import type { HeadlineFigures } from "../figures/headlineFigures.js";
import { altText } from "./altText.js";
import { editionOf, english, type Edition } from "../editions/edition.js";
import type { FrameText } from "./frame.js";

/** A chart's headline and dek with their {placeholders} filled from the data. */
export function chartText(dataset: Dataset, figures: HeadlineFigures, id: ChartId): { headline: string; dek: string } {
  const { tally } = figures;
  const edition = editionOf(dataset);
  // Numbers stay numbers until the edition writes them, so a translation can choose its plural form.
  const values = {
    killedAtLeast: figures.killedAtLeast,
    itemisedKilled: figures.itemisedKilled,
    itemisedIncidents: figures.itemisedIncidents,
    itemisedDeadlyIncidents: figures.itemisedDeadlyIncidents,
    deadlyIncidentsAtLeast: figures.deadlyIncidentsAtLeast,
    tallyKilled: tally?.killedAtLeast,
    tallyIncidents: tally?.incidentsAtLeast ?? undefined,
    sinceDate: edition.date(dataset.story.since),
    asOfDate: edition.date(dataset.story.asOf),
  };
  const { headline, dek } = dataset.story.charts[id];
  return { headline: edition.fill(headline, values), dek: edition.fill(dek, values) };
}

/**
 * The note that explains a tally the itemised rows do not reach. It is written from the data, so it can
 * never be forgotten or go stale; `shownAs` says how this chart draws the gap.
 */
export function tallyGapNote(figures: HeadlineFigures, shownAs: string, edition: Edition = english): string | undefined {
  const { tally, unitemisedKilled, itemisedByTally } = figures;
  if (!tally || !itemisedByTally || unitemisedKilled === 0) return undefined;
  const note = edition.message("ui.note.tallyGap", {
    tallySource: tally.source,
    tallyKilled: tally.killedAtLeast,
    hasIncidents: tally.incidentsAtLeast == null ? "no" : "yes",
    tallyIncidents: tally.incidentsAtLeast ?? 0,
    itemisedKilled: itemisedByTally.killed,
    // A tally counts deadly incidents, so the itemised ones it is set against are the deadly ones too.
    itemisedIncidents: itemisedByTally.deadlyIncidents,
    tallyDate: edition.date(tally.asOf),
    unitemised: unitemisedKilled,
    shownAs,
  });
  // Chinese sentences follow a full stop with no space.
  const space = /[。！？]$/.test(note) ? "" : " ";
  return note + (tally.note ? `${space}${tally.note}` : "");
}

/** Everything the frame prints around a chart: its filled headline and dek, the gap note first, then the story's notes. */
export function frameText(dataset: Dataset, figures: HeadlineFigures, id: ChartId, gapShownAs: string): FrameText {
  const { headline, dek } = chartText(dataset, figures, id);
  const gapNote = tallyGapNote(figures, gapShownAs, editionOf(dataset));
  const { notes, source, credit } = dataset.story;
  const edition = editionOf(dataset);
  return {
    id,
    headline,
    dek,
    alt: altText(dataset, figures, id),
    notes: gapNote ? [gapNote, ...notes] : notes,
    source,
    credit,
    sourceLine: edition.message("ui.frame.sourceLine", { source }),
    ...(edition.lang === "en" ? {} : { lang: edition.lang, dir: edition.dir }),
  };
}
