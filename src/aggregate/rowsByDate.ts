/**
 * Every row in date order, the rows of one date in file order: the order the map's tables list incidents
 * in, and the order of the incidents at one place. A counting sort over the distinct dates (a story has a
 * few hundred at most): comparing a million rows' dates in a sort took more than a second.
 */
import type { IncidentTable } from "../data/incidentTable.js";
import { compareDates } from "../data/types.js";
import { remembered } from "./remember.js";

export const rowsByDate = remembered((incidents: IncidentTable): { order: Int32Array } => {
  const rank = new Map<string, number>();
  for (let row = 0; row < incidents.length; row++) rank.set(incidents.date(row), 0);
  const dates = [...rank.keys()].sort(compareDates);
  dates.forEach((date, i) => rank.set(date, i));
  // Where each date's rows start in the order, then each row put at its date's next place.
  const next = new Int32Array(dates.length + 1);
  const rowRank = new Int32Array(incidents.length);
  for (let row = 0; row < incidents.length; row++) next[(rowRank[row] = rank.get(incidents.date(row))!) + 1]! += 1;
  for (let i = 1; i < next.length; i++) next[i]! += next[i - 1]!;
  const order = new Int32Array(incidents.length);
  for (let row = 0; row < incidents.length; row++) order[next[rowRank[row]!]!++] = row;
  return { order };
});
