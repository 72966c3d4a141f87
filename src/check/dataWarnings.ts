/**
 * Things worth a journalist's second look that are not errors: the build prints them and goes on.
 */
import type { Dataset } from "../data/types.js";
import type { Warning } from "../load/problems.js";
import { missingGlyphs } from "../text/measure.js";

export function dataWarnings(dataset: Dataset, eventsFile: string): Warning[] {
  const unknownInjured = dataset.incidents
    .filter((incident) => incident.injured === null)
    .map((incident) => ({
      file: eventsFile,
      line: incident.line,
      column: "injured",
      message: `no number of injured for ${incident.id}; fine if no source gives one (the charts do not use it), but check`,
    }));
  // Characters the chart font lacks are drawn in a fallback font the layout did not measure.
  const drawn = dataset.incidents.map((incident) => ({ line: incident.line, text: incident.label }));
  const missing = drawn.flatMap(({ line, text }) => {
    const glyphs = missingGlyphs(text);
    return glyphs.length
      ? [{ file: eventsFile, line, column: "label", message: `the chart font has no ${glyphs.join(" ")}; a fallback font will draw it and it may not fit` }]
      : [];
  });
  return [...unknownInjured, ...missing];
}
