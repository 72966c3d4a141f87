import { chartIds, type Dataset, type Story, type Tally } from "../../dataset/types.js";
import { latestTally } from "../../dataset/latestTally.js";
import { dataFiles } from "../dataFiles.js";
import { lineIn } from "../jsonLocations.js";
import { placeholdersIn } from "../../text/placeholders.js";
import type { CsvTable } from "../parseCsv.js";
import type { Problem } from "../problems.js";
import { validateCategories } from "./categories.js";
import { validateEvents } from "./events.js";
import { validateStory } from "./story.js";
import { validateTallies } from "./tallies.js";

export interface ParsedInputs {
  story: { file: string; json: string };
  categories: CsvTable;
  events: CsvTable;
  tallies: CsvTable;
}

/**
 * Validates every file and the rules that span files; returns the dataset only when nothing is wrong.
 * Files in `unreadable` (missing, not UTF-8, not CSV: already reported) are skipped, with the checks that
 * need them, so they add no noise but the other files' problems are still listed.
 */
export function validateDataset(inputs: ParsedInputs, unreadable: ReadonlySet<string> = new Set()): { dataset?: Dataset; problems: Problem[] } {
  const skip = (name: string) => unreadable.has(name);
  const { story, problems } = skip(dataFiles.story) ? { story: undefined, problems: [] as Problem[] } : validateStory(inputs.story.json, inputs.story.file);
  const categories = skip(dataFiles.categories) ? undefined : validateCategories(inputs.categories);
  // Without the codebook, events.csv's killed_… columns cannot be judged.
  const events = skip(dataFiles.events) || !categories ? undefined : validateEvents(inputs.events, categories.categories, story, categories.columnsNamed);
  const tallies = skip(dataFiles.tallies) ? undefined : validateTallies(inputs.tallies, story);
  for (const more of [categories?.problems, events?.problems, tallies?.problems]) for (const problem of more ?? []) problems.push(problem);
  if (story && tallies && !tallies.problems.length) for (const problem of placeholdersWithoutValues(story, tallies.tallies, inputs.story.file)) problems.push(problem);
  if (problems.length || unreadable.size || !story || !categories || !events || !tallies) return { problems };
  return { dataset: { story, categories: categories.categories, incidents: events.incidents, tallies: tallies.tallies }, problems };
}

/**
 * Placeholders the data cannot fill: {tallyKilled} with no tally on or before asOf, {tallyIncidents} when
 * that tally gives no number of incidents. Found here, with the key's line, rather than when drawing.
 */
function placeholdersWithoutValues(story: Story, tallies: readonly Tally[], file: string): Problem[] {
  const shown = latestTally(tallies, story.asOf); // the tally the charts show
  const problems: Problem[] = [];
  for (const id of chartIds) {
    for (const key of ["headline", "dek"] as const) {
      for (const name of new Set(placeholdersIn(story.charts[id][key]))) {
        const why = !shown
          ? name === "tallyKilled" || name === "tallyIncidents"
            ? `needs a tally in tallies.csv on or before asOf (${story.asOf}), and there is none`
            : undefined
          : name === "tallyIncidents" && shown.incidentsAtLeast == null
            ? `needs incidents_at_least in the tally the charts show (${shown.id}), and that cell is empty`
            : undefined;
        if (why) {
          const path = ["charts", id, key];
          problems.push({ file, line: lineIn(story, path), column: path.join("."), value: `{${name}}`, expected: `only figures the data has: {${name}} ${why}` });
        }
      }
    }
  }
  return problems;
}
