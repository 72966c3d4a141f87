/**
 * Things worth a journalist's second look that are not errors: the build prints them and goes on.
 */
import { dirname, join } from "node:path";
import { headlineFigures } from "./headlineFigures.js";
import { chartIds, type Dataset } from "../dataset/types.js";
import { dataFiles } from "../input/dataFiles.js";
import { lineIn } from "../input/jsonLocations.js";
import { ListedByKind, type Warning } from "../input/problems.js";
import { missingGlyphs } from "../text/measure.js";
import { creditsOutlet, namedOutlets } from "./sourceOutlets.js";
import { insideFrame, mapExtent } from "./incidentPlaces.js";
import { lookalikePlaces } from "./lookalikePlaces.js";

// Each kind of warning names this many rows, then counts the rest: a conflict export may have a hundred
// thousand rows with no injured count, and a hundred thousand lines of warnings help no one.
const listed = 10;

const lacks = (glyphs: readonly string[]) => `the chart font has no ${glyphs.join(" ")}; a fallback font will draw it, in another style, and it may not fit or overlap the next word`;

export function dataWarnings(dataset: Dataset, eventsFile: string): Warning[] {
  const { incidents } = dataset;
  const more = (what: string) => (first: Warning, count: number): Warning => ({ file: first.file, column: first.column, message: `and ${count} more rows ${what}` });
  const unknownInjured = new ListedByKind<Warning>(more("with no number of injured"), listed);
  const missing = new ListedByKind<Warning>(more("with characters the chart font lacks"), listed);
  const written = new ListedByKind<Warning>(more("with no label, each given one written from its counts"), listed);
  const unplaced = new ListedByKind<Warning>(more("with no location; the map counts them as not placed"), listed);
  const outside = new ListedByKind<Warning>(more("whose point lies outside the map's frame; the map counts them as not shown"), listed);
  const { west, east, south, north } = mapExtent;
  const frame = `latitude ${south} to ${north}, longitude ${west} to ${east}`;
  const unlinked = new ListedByKind<Warning>(more("with no public link"), listed);
  const uncredited = new ListedByKind<Warning>(more("whose source the story's source line does not name"), listed);
  // A large export repeats a few sources: each is read once.
  const missingFromLine = new Map<string, string[]>();
  const uncreditedIn = (source: string) => {
    let missing = missingFromLine.get(source);
    if (!missing) {
      missing = namedOutlets(source).filter((outlet) => !creditsOutlet(dataset.story.source, outlet));
      if (missingFromLine.size < 10_000) missingFromLine.set(source, missing);
    }
    return missing;
  };
  for (let i = 0; i < incidents.length; i++) {
    const line = incidents.line(i);
    if (incidents.injured(i) === null) {
      const message = `no number of injured for ${incidents.id(i)}; fine if no source gives one (the charts do not use it), but check`;
      unknownInjured.add({ file: eventsFile, line, column: "injured", message });
    }
    if (incidents.labelWritten(i)) {
      const message =
        `no label for ${incidents.id(i)}; the charts say "${incidents.label(i)}", written for you from its counts so the update can go out. ` +
        `Write your own (a few words, the authorities' terms attributed) when you can`;
      written.add({ file: eventsFile, line, column: "label", message });
    }
    const point = incidents.point(i);
    if (!point) {
      const message = `no location (lat, lon) for ${incidents.id(i)}; the map leaves it out and says so. Add a point and geo_precision if a source places it`;
      unplaced.add({ file: eventsFile, line, column: "lat", message });
    } else if (!insideFrame(point.lat, point.lon)) {
      const message =
        `${incidents.id(i)}'s point (${point.lat}, ${point.lon}) lies outside the map's frame (${frame}); the map leaves it out and its note says so. ` +
        "Check the point (lat and lon swapped, a typo?); if it is right, the incident is not on this map";
      outside.add({ file: eventsFile, line, column: "lat", message });
    }
    if (!incidents.sourceUrls(i).length) {
      const message =
        `no public link for ${incidents.id(i)}: readers get only its source, "${incidents.source(i)}", and the data says "no public link". ` +
        "Check that it names the outlet and the date; add the link when the report is published";
      unlinked.add({ file: eventsFile, line, column: "source_url", message });
    }
    const missingOutlets = uncreditedIn(incidents.source(i));
    if (missingOutlets.length) {
      const names = missingOutlets.map((name) => `"${name}"`).join(" and ");
      const message = `the story's source line (story.json "source") does not name ${names}, which ${incidents.id(i)}'s source names; add ${missingOutlets.length > 1 ? "them" : "it"} if the charts should credit ${missingOutlets.length > 1 ? "them" : "it"}`;
      uncredited.add({ file: eventsFile, line, column: "source", message });
    }
    // Characters the chart font lacks are drawn in a fallback font the layout did not measure.
    const glyphs = missingGlyphs(incidents.label(i));
    if (glyphs.length) missing.add({ file: eventsFile, line, column: "label", message: lacks(glyphs) });
  }
  return [...written.all(), ...unknownInjured.all(), ...missing.all(), ...unplaced.all(), ...outside.all(), ...unlinked.all(), ...uncredited.all(), ...lookalikePlaces(dataset, eventsFile), ...otherTextGlyphs(dataset, eventsFile), ...tallyBelowItemised(dataset, eventsFile)];
}

/** The same glyph check for every other text drawn on a chart: headlines, deks, notes, source, credit, categories, tallies. */
function otherTextGlyphs(dataset: Dataset, eventsFile: string): Warning[] {
  const sibling = (name: string) => join(dirname(eventsFile), name);
  const { story } = dataset;
  const warnings: Warning[] = [];
  const check = (text: string, where: Omit<Warning, "message">) => {
    const glyphs = missingGlyphs(text);
    if (glyphs.length) warnings.push({ ...where, message: lacks(glyphs) });
  };
  const storyFile = sibling(dataFiles.story);
  const atKey = (path: (string | number)[]) => ({ file: storyFile, line: lineIn(story, path), column: path.map((k) => (typeof k === "number" ? `[${k}]` : k)).join(".").replaceAll(".[", "[") });
  for (const id of chartIds) for (const key of ["headline", "dek"] as const) check(story.charts[id][key], atKey(["charts", id, key]));
  story.notes.forEach((note, i) => check(note, atKey(["notes", i])));
  check(story.source, atKey(["source"]));
  check(story.credit, atKey(["credit"]));
  for (const category of dataset.categories) {
    for (const column of ["label", "attribution"] as const) check(category[column], { file: sibling(dataFiles.categories), column: `${column} of ${category.column}` });
  }
  for (const tally of dataset.tallies) {
    for (const column of ["label", "source", "note"] as const) check(tally[column], { file: sibling(dataFiles.tallies), column: `${column} of ${tally.id}` });
  }
  return warnings;
}

/**
 * A tally smaller than the incidents itemised up to its date adds nothing to the charts (there is no gap to
 * show), yet the story may still credit it: say so rather than drop it in silence.
 */
function tallyBelowItemised(dataset: Dataset, eventsFile: string): Warning[] {
  const { tally, itemisedByTally } = headlineFigures(dataset);
  if (!tally || !itemisedByTally || tally.killedAtLeast >= itemisedByTally.killed) return [];
  const message =
    `${tally.id} reports at least ${tally.killedAtLeast} killed, fewer than the ${itemisedByTally.killed} the incidents itemise up to ${tally.asOf}; ` +
    "the charts show no gap for it and use the itemised count. Check the tally (or the incidents), or remove it if a newer count replaces it";
  return [{ file: join(dirname(eventsFile), dataFiles.tallies), column: "killed_at_least", message }];
}
