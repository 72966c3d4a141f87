import type { Dataset, Tally } from "../data/types.js";
import { incidentDeaths } from "./runningToll.js";

/** The figures a story's text quotes, and the gap between a source's tally and the itemised rows. */
export interface HeadlineFigures {
  itemisedKilled: number;
  itemisedIncidents: number;
  /** The latest tally on or before the story's asOf, if any. */
  tally: Tally | undefined;
  /** Deaths in the tally that no itemised incident accounts for (0 when none). */
  unitemisedKilled: number;
  /** The larger of the itemised total and the tally: what "at least N killed" can honestly say. */
  killedAtLeast: number;
}

export function headlineFigures({ incidents, categories, tallies, story }: Dataset): HeadlineFigures {
  const itemisedKilled = incidents.reduce((sum, incident) => sum + incidentDeaths(incident, categories), 0);
  const tally = latestTally(tallies, story.asOf);
  const tallyKilled = tally?.killedAtLeast ?? 0;
  return {
    itemisedKilled,
    itemisedIncidents: incidents.length,
    tally,
    unitemisedKilled: Math.max(0, tallyKilled - itemisedKilled),
    killedAtLeast: Math.max(itemisedKilled, tallyKilled),
  };
}

// Later tallies supersede earlier ones; on the same date the later row in the file wins.
function latestTally(tallies: readonly Tally[], asOf: string): Tally | undefined {
  let latest: Tally | undefined;
  for (const tally of tallies) if (tally.asOf <= asOf && (!latest || tally.asOf >= latest.asOf)) latest = tally;
  return latest;
}
