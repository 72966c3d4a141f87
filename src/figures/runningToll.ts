import type { IncidentTable } from "../dataset/incidentTable.js";
import type { Category, IsoDate } from "../dataset/types.js";
import { remembered } from "./remember.js";

/** The toll after one date's incidents: what the cumulative chart steps to on that date. */
export interface TollStep {
  date: IsoDate;
  /** Deaths on this date (all its incidents, all categories). */
  killed: number;
  /** Running total up to and including this date. */
  total: number;
  /** This date's incidents with at least one death: the story's (and AFP's) measure is deadly incidents. */
  deadly: number;
  /** This date's incidents, as rows of the incident table, in file order. */
  rows: readonly number[];
}

/** Running totals by date, oldest first. Incidents on the same date make one step. */
export const runningToll = remembered(computeRunningToll);

function computeRunningToll(incidents: IncidentTable, categories: readonly Category[]): TollStep[] {
  // Deaths per incident across the codebook's categories, summed column by column.
  const deaths = new Int32Array(incidents.length);
  for (const { column } of categories) {
    const killed = incidents.killed(column);
    for (let i = 0; i < deaths.length; i++) deaths[i] = deaths[i]! + killed[i]!;
  }
  const byDate = new Map<IsoDate, { killed: number; deadly: number; rows: number[] }>();
  for (let i = 0; i < incidents.length; i++) {
    const date = incidents.date(i);
    const deadly = deaths[i]! > 0 ? 1 : 0;
    const step = byDate.get(date);
    if (step) {
      step.killed += deaths[i]!;
      step.deadly += deadly;
      step.rows.push(i);
    } else byDate.set(date, { killed: deaths[i]!, deadly, rows: [i] });
  }
  let total = 0;
  return [...byDate.keys()].sort().map((date) => {
    const { killed, deadly, rows } = byDate.get(date)!;
    total += killed;
    return { date, killed, total, deadly, rows };
  });
}
