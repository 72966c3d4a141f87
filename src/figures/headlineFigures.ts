import type { Dataset, IsoDate, Tally } from "../dataset/types.js";
import { latestTally } from "../dataset/latestTally.js";
import { runningToll, type TollStep } from "./runningToll.js";

/**
 * What the data says by one date: itemised deaths and incidents up to it. "Incidents" are all rows,
 * "deadly incidents" those with at least one death; a story (and AFP) counts deadly incidents, and a
 * row with no deaths must never inflate that count.
 */
export interface ItemisedCounts {
  killed: number;
  incidents: number;
  deadlyIncidents: number;
}

/** The figures a story's text quotes, and the gap between a source's tally and the itemised rows. */
export interface HeadlineFigures {
  itemisedKilled: number;
  /** Every itemised incident, deadly or not. */
  itemisedIncidents: number;
  /** Itemised incidents with at least one death. */
  itemisedDeadlyIncidents: number;
  /** The latest tally on or before the story's asOf, if any. */
  tally: Tally | undefined;
  /** Itemised deaths and incidents up to the tally's date: what the tally is compared with. */
  itemisedByTally: ItemisedCounts | undefined;
  /** Deaths in the tally that no itemised incident up to its date accounts for (0 when none). */
  unitemisedKilled: number;
  /** Itemised deaths plus the unitemised ones: what "at least N killed" can honestly say. */
  killedAtLeast: number;
  /**
   * Deadly incidents the same way: the tally's count (tallies count deadly incidents) where it is larger
   * than the itemised deadly incidents up to its date, plus itemised deadly incidents after it.
   */
  deadlyIncidentsAtLeast: number;
}

export function headlineFigures({ incidents, categories, tallies, story }: Dataset): HeadlineFigures {
  // Everything here follows from the running toll by date, which is computed once per dataset.
  const steps = runningToll(incidents, categories);
  const now = itemisedBy(steps, story.asOf);
  const tally = latestTally(tallies, story.asOf);
  // A tally counts only what happened by its own date; incidents after it add to it rather than fill it.
  const itemisedByTally = tally && itemisedBy(steps, tally.asOf);
  const asOfTally = tally && tallyFigures(steps, tally);
  const unitemisedKilled = asOfTally ? asOfTally.killedAtLeast - itemisedByTally!.killed : 0;
  const unitemisedDeadly = asOfTally ? asOfTally.deadlyIncidentsAtLeast - itemisedByTally!.deadlyIncidents : 0;
  return {
    itemisedKilled: now.killed,
    itemisedIncidents: incidents.length,
    itemisedDeadlyIncidents: now.deadlyIncidents,
    tally,
    itemisedByTally,
    unitemisedKilled,
    killedAtLeast: now.killed + unitemisedKilled,
    deadlyIncidentsAtLeast: now.deadlyIncidents + unitemisedDeadly,
  };
}

/**
 * What a tally said, set against the itemised rows up to its own date: "at least" the larger of the two.
 * A figure the copy takes from a tally is checked against this, so it stays true after later incidents.
 */
export function tallyFigures(steps: readonly TollStep[], tally: Tally): { killedAtLeast: number; deadlyIncidentsAtLeast: number } {
  const by = itemisedBy(steps, tally.asOf);
  return {
    killedAtLeast: Math.max(tally.killedAtLeast, by.killed),
    deadlyIncidentsAtLeast: Math.max(tally.incidentsAtLeast ?? 0, by.deadlyIncidents),
  };
}

/** Itemised counts of the incidents on or before a date. */
export function itemisedBy(steps: readonly TollStep[], date: IsoDate): ItemisedCounts {
  const counts = { killed: 0, incidents: 0, deadlyIncidents: 0 };
  for (const step of steps) {
    if (step.date > date) break;
    counts.killed = step.total;
    counts.incidents += step.rows.length;
    counts.deadlyIncidents += step.deadly;
  }
  return counts;
}

