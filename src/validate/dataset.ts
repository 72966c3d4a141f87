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
  const events = validateEvents(inputs.events, categories.categories, story);
  const tallies = validateTallies(inputs.tallies, story);
  for (const more of [categories.problems, events.problems, tallies.problems]) for (const problem of more) problems.push(problem);
  if (problems.length || !story) return { problems };
  return { dataset: { story, categories: categories.categories, incidents: events.incidents, tallies: tallies.tallies }, problems };
}
