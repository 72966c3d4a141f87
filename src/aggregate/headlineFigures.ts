import type { Dataset, Tally } from "../data/types.js";
import { runningToll } from "./runningToll.js";

/** The figures a story's text quotes, and the gap between a source's tally and the itemised rows. */
export interface HeadlineFigures {
  itemisedKilled: number;
  itemisedIncidents: number;
  /** The latest tally on or before the story's asOf, if any. */
  tally: Tally | undefined;
  /** Itemised deaths and incidents up to the tally's date: what the tally is compared with. */
  itemisedByTally: { killed: number; incidents: number } | undefined;
  /** Deaths in the tally that no itemised incident up to its date accounts for (0 when none). */
  unitemisedKilled: number;
  /** Itemised deaths plus the unitemised ones: what "at least N killed" can honestly say. */
  killedAtLeast: number;
  /** Incidents the same way: the tally's count where it is larger, plus itemised incidents after it. */
  incidentsAtLeast: number;
}

export function headlineFigures({ incidents, categories, tallies, story }: Dataset): HeadlineFigures {
  // Everything here follows from the running toll by date, which is computed once per dataset.
  const steps = runningToll(incidents, categories);
  const itemisedKilled = steps.at(-1)?.total ?? 0;
  const tally = latestTally(tallies, story.asOf);
  // A tally counts only what happened by its own date; incidents after it add to it rather than fill it.
  const byTally = tally && steps.filter((step) => step.date <= tally.asOf);
  const itemisedByTally = byTally && {
    killed: byTally.at(-1)?.total ?? 0,
    incidents: byTally.reduce((sum, step) => sum + step.rows.length, 0),
  };
  const unitemisedKilled = tally && itemisedByTally ? Math.max(0, tally.killedAtLeast - itemisedByTally.killed) : 0;
  const unitemisedIncidents = tally && itemisedByTally ? Math.max(0, (tally.incidentsAtLeast ?? 0) - itemisedByTally.incidents) : 0;
  return {
    itemisedKilled,
    itemisedIncidents: incidents.length,
    tally,
    itemisedByTally,
    unitemisedKilled,
    killedAtLeast: itemisedKilled + unitemisedKilled,
    incidentsAtLeast: incidents.length + unitemisedIncidents,
  };
}

// Later tallies supersede earlier ones; on the same date the later row in the file wins.
function latestTally(tallies: readonly Tally[], asOf: string): Tally | undefined {
  let latest: Tally | undefined;
  for (const tally of tallies) if (tally.asOf <= asOf && (!latest || tally.asOf >= latest.asOf)) latest = tally;
  return latest;
}
