/**
 * Things worth a journalist's second look that are not errors: the build prints them and goes on.
 */
import type { Dataset } from "../data/types.js";
import type { Warning } from "../load/problems.js";
import { missingGlyphs } from "../text/measure.js";

// Each kind of warning names this many rows, then counts the rest: a conflict export may have a hundred
// thousand rows with no injured count, and a hundred thousand lines of warnings help no one.
const listed = 10;

export function dataWarnings(dataset: Dataset, eventsFile: string): Warning[] {
  const { incidents } = dataset;
  const unknownInjured = new CappedList(listed);
  const missing = new CappedList(listed);
  for (let i = 0; i < incidents.length; i++) {
    const line = incidents.line(i);
    if (incidents.injured(i) === null) {
      unknownInjured.add(() => ({
        file: eventsFile,
        line,
        column: "injured",
        message: `no number of injured for ${incidents.id(i)}; fine if no source gives one (the charts do not use it), but check`,
      }));
    }
    // Characters the chart font lacks are drawn in a fallback font the layout did not measure.
    const glyphs = missingGlyphs(incidents.label(i));
    if (glyphs.length) {
      missing.add(() => ({ file: eventsFile, line, column: "label", message: `the chart font has no ${glyphs.join(" ")}; a fallback font will draw it and it may not fit` }));
    }
  }
  return [
    ...unknownInjured.warnings({ file: eventsFile, column: "injured" }, "with no number of injured"),
    ...missing.warnings({ file: eventsFile, column: "label" }, "with characters the chart font lacks"),
  ];
}

/** The first few warnings of a kind in full, and how many more there were. */
class CappedList {
  private readonly listed: Warning[] = [];
  private more = 0;

  constructor(private readonly limit: number) {}

  add(warning: () => Warning): void {
    if (this.listed.length < this.limit) this.listed.push(warning());
    else this.more++;
  }

  warnings(where: Omit<Warning, "message">, what: string): Warning[] {
    return this.more ? [...this.listed, { ...where, message: `and ${this.more} more rows ${what}` }] : this.listed;
  }
}
