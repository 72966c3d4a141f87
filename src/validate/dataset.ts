import type { Dataset } from "../data/types.js";
import type { CsvTable } from "../load/parseCsv.js";
import type { Problem } from "../load/problems.js";
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

/** Validates every file and the rules that span files; returns the dataset only when nothing is wrong. */
export function validateDataset(inputs: ParsedInputs): { dataset?: Dataset; problems: Problem[] } {
  const { story, problems } = validateStory(inputs.story.json, inputs.story.file);
  const categories = validateCategories(inputs.categories);
  problems.push(...categories.problems);
  const events = validateEvents(inputs.events, categories.categories);
  problems.push(...events.problems);
  const tallies = validateTallies(inputs.tallies);
  problems.push(...tallies.problems);

  if (!events.problems.length && !events.incidents.length) {
    problems.push({ file: inputs.events.file, expected: "at least one incident row below the header" });
  }
  if (story) {
    const inWindow = `a date from since (${story.since}) to asOf (${story.asOf}) in data/story.json`;
    events.incidents.forEach((incident) => {
      if (incident.date < story.since || incident.date > story.asOf) {
        const line = inputs.events.rows.find((row) => row.cells.id === incident.id)?.line;
        problems.push({ file: inputs.events.file, line, column: "date", value: incident.date, expected: inWindow });
      }
    });
    tallies.tallies.forEach((tally) => {
      if (tally.asOf < story.since || tally.asOf > story.asOf) {
        const line = inputs.tallies.rows.find((row) => row.cells.id === tally.id)?.line;
        problems.push({ file: inputs.tallies.file, line, column: "as_of", value: tally.asOf, expected: inWindow });
      }
    });
  }
  if (problems.length || !story) return { problems };
  return { dataset: { story, categories: categories.categories, incidents: events.incidents, tallies: tallies.tallies }, problems };
}
