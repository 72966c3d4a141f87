/**
 * Things worth a journalist's second look that are not errors: the build prints them and goes on.
 */
import type { Dataset } from "../data/types.js";
import { ListedByKind, type Warning } from "../load/problems.js";
import { missingGlyphs } from "../text/measure.js";

// Each kind of warning names this many rows, then counts the rest: a conflict export may have a hundred
// thousand rows with no injured count, and a hundred thousand lines of warnings help no one.
const listed = 10;

export function dataWarnings(dataset: Dataset, eventsFile: string): Warning[] {
  const { incidents } = dataset;
  const more = (what: string) => (first: Warning, count: number): Warning => ({ file: first.file, column: first.column, message: `and ${count} more rows ${what}` });
  const unknownInjured = new ListedByKind<Warning>(more("with no number of injured"), listed);
  const missing = new ListedByKind<Warning>(more("with characters the chart font lacks"), listed);
  const unplaced = new ListedByKind<Warning>(more("with no location; the map counts them as not placed"), listed);
  for (let i = 0; i < incidents.length; i++) {
    const line = incidents.line(i);
    if (incidents.injured(i) === null) {
      const message = `no number of injured for ${incidents.id(i)}; fine if no source gives one (the charts do not use it), but check`;
      unknownInjured.add({ file: eventsFile, line, column: "injured", message });
    }
    if (!incidents.point(i)) {
      const message = `no location (lat, lon) for ${incidents.id(i)}; the map leaves it out and says so. Add a point and geo_precision if a source places it`;
      unplaced.add({ file: eventsFile, line, column: "lat", message });
    }
    // Characters the chart font lacks are drawn in a fallback font the layout did not measure.
    const glyphs = missingGlyphs(incidents.label(i));
    if (glyphs.length) {
      missing.add({ file: eventsFile, line, column: "label", message: `the chart font has no ${glyphs.join(" ")}; a fallback font will draw it and it may not fit` });
    }
  }
  return [...unknownInjured.all(), ...missing.all(), ...unplaced.all()];
}
