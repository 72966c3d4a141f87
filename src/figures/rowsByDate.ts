/**
 * Every row in date order, the rows of one date in file order: the order the map's tables list incidents
 * in, and the order of the incidents at one place. The running toll has already grouped the rows by date,
 * oldest first (every build computes it for the headline figures), so this only lays its steps end to end;
 * comparing a million rows' dates in a sort took more than a second.
 */
import type { IncidentTable } from "../dataset/incidentTable.js";
import { remembered } from "./remember.js";
import { runningToll } from "./runningToll.js";

export const rowsByDate = remembered((incidents: IncidentTable, categories): { order: Int32Array } => ({
  order: Int32Array.from(runningToll(incidents, categories).flatMap((step) => step.rows)),
}));
