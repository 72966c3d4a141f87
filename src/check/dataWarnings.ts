/**
 * Things worth a journalist's second look that are not errors: the build prints them and goes on.
 */
import type { Dataset } from "../data/types.js";
import type { Warning } from "../load/problems.js";

export function dataWarnings(dataset: Dataset, eventsFile: string): Warning[] {
  return dataset.incidents
    .filter((incident) => incident.injured === null)
    .map((incident) => ({
      file: eventsFile,
      line: incident.line,
      column: "injured",
      message: `no number of injured for ${incident.id}; fine if no source gives one (the charts do not use it), but check`,
    }));
}
