import type { Category, Incident, IsoDate } from "../data/types.js";
import { remembered } from "./remember.js";

/** The toll after one date's incidents: what the cumulative chart steps to on that date. */
export interface TollStep {
  date: IsoDate;
  /** Deaths on this date (all its incidents, all categories). */
  killed: number;
  /** Running total up to and including this date. */
  total: number;
  incidents: Incident[];
}

/** Deaths in one incident, across every codebook category. */
export function incidentDeaths(incident: Incident, categories: readonly Category[]): number {
  return categories.reduce((sum, { column }) => sum + (incident.killed[column] ?? 0), 0);
}

/** Running totals by date, oldest first. Incidents on the same date make one step. */
export const runningToll = remembered(computeRunningToll);

function computeRunningToll(incidents: readonly Incident[], categories: readonly Category[]): TollStep[] {
  const byDate = new Map<IsoDate, Incident[]>();
  for (const incident of incidents) {
    const onDate = byDate.get(incident.date);
    if (onDate) onDate.push(incident);
    else byDate.set(incident.date, [incident]);
  }
  let total = 0;
  return [...byDate.keys()].sort().map((date) => {
    const onDate = byDate.get(date)!;
    const killed = onDate.reduce((sum, incident) => sum + incidentDeaths(incident, categories), 0);
    total += killed;
    return { date, killed, total, incidents: onDate };
  });
}
