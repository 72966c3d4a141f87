/**
 * The tally a story shows: the newest on or before asOf. Validation (which placeholders can be filled)
 * and the charts ask the same question, so they share the answer.
 */
import type { Tally } from "./types.js";

// Later tallies supersede earlier ones; on the same date the later row in the file wins.
export function latestTally(tallies: readonly Tally[], asOf: string): Tally | undefined {
  let latest: Tally | undefined;
  for (const tally of tallies) if (tally.asOf <= asOf && (!latest || tally.asOf >= latest.asOf)) latest = tally;
  return latest;
}
