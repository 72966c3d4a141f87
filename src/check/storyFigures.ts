/**
 * Checks the figures a story's text quotes (story.json "figures") against the data, so the charts and the
 * article cannot disagree. A figure may come from a tally the itemised incidents do not reach (AFP's 16
 * against 14 itemised) only when it says so with "tally"; both charts then show that gap.
 */
import type { Dataset, StoryFigure } from "../data/types.js";
import type { HeadlineFigures } from "../aggregate/headlineFigures.js";
import { deathsByCategory } from "../aggregate/deathsByCategory.js";
import type { Problem } from "../load/problems.js";

export function checkStoryFigures(dataset: Dataset, figures: HeadlineFigures, file: string): Problem[] {
  return dataset.story.figures.flatMap((figure, i) => {
    const problem = (expected: string): Problem[] => [{ file, line: figure.line, column: `figures[${i}]`, value: String(figure.value), expected }];
    const category = dataset.categories.find((c) => c.column === figure.what);
    if (figure.what.startsWith("killed_") && !category) {
      return problem(`"what" to be "killed", "incidents" or a killed_… column in categories.csv; "${figure.what}" is none of them`);
    }
    const { tally } = figures;
    if (figure.tally !== undefined) {
      if (!dataset.tallies.some((t) => t.id === figure.tally)) {
        return problem(`"tally" to be an id from tallies.csv (${dataset.tallies.map((t) => t.id).join(", ") || "there are none"})`);
      }
      if (figure.tally !== tally?.id) {
        return problem(`"tally" to be the one the charts show, ${tally?.id ?? "none"} (the newest on or before asOf); the charts cannot show ${figure.tally}'s gap`);
      }
      if (category) return problem(`no "tally" on a per-category figure: ${tally.label} gives no breakdown by category`);
    }
    const actual = dataValue(dataset, figures, figure);
    if (actual.value === figure.value) return [];
    const hint =
      figure.tally === undefined && tally && !category && figure.value === dataValue(dataset, figures, { ...figure, tally: tally.id }).value
        ? `. If the difference is deaths in ${tally.label} that no incident itemises, add "tally": "${tally.id}" to this figure; the charts show that gap`
        : "";
    return problem(`the data's figure, ${actual.value} ${actual.description} (the story cites: ${figure.source})${hint}`);
  });
}

function dataValue(dataset: Dataset, figures: HeadlineFigures, figure: StoryFigure): { value: number; description: string } {
  const withTally = figure.tally !== undefined;
  const tallyName = figures.tally?.label ?? "the tally";
  if (figure.what === "killed") {
    return withTally
      ? { value: figures.killedAtLeast, description: `killed (itemised incidents plus ${tallyName}'s unitemised deaths)` }
      : { value: figures.itemisedKilled, description: "killed in itemised incidents" };
  }
  if (figure.what === "incidents") {
    return withTally
      ? { value: figures.incidentsAtLeast, description: `incidents (counting ${tallyName}'s)` }
      : { value: figures.itemisedIncidents, description: "itemised incidents" };
  }
  const total = deathsByCategory(dataset.incidents, dataset.categories).find((t) => t.category.column === figure.what)!;
  return { value: total.killed, description: `killed in itemised incidents in the category "${total.category.label}"` };
}
