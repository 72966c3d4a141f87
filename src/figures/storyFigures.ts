/**
 * Checks the figures a story's text quotes (story.json "figures") against the data, so the charts and the
 * article cannot disagree. A figure may come from a tally the itemised incidents do not reach (AFP's 16
 * against 14 itemised) only when it says so with "tally"; both charts then show that gap.
 *
 * A figure tied to a tally is what that source said on its date, and stays true when later incidents are
 * added: it is checked against the data as of the tally's date. That the story has moved on since is a
 * warning (storyFigureWarnings), never an error: an error would push a journalist on deadline to type
 * today's total into a figure whose source counted fewer.
 */
import type { Dataset, StoryFigure, Tally } from "../dataset/types.js";
import { tallyFigures, type HeadlineFigures } from "./headlineFigures.js";
import { deathsByCategory } from "./deathsByCategory.js";
import { runningToll } from "./runningToll.js";
import type { Problem, Warning } from "../input/problems.js";
import { formatCount, formatDate as chartDate } from "../style/houseStyle.js";

/** Dates as the charts print them, with plain spaces: these messages go to a terminal. */
const formatDate = (date: string) => chartDate(date).replace(/\u00a0/g, " ");

/** The measures a figure can name besides a killed_… column; "incidents" counts every row, deadly or not. */
const measures = ["killed", "deadly_incidents", "incidents"] as const;

export function checkStoryFigures(dataset: Dataset, figures: HeadlineFigures, file: string): Problem[] {
  return dataset.story.figures.flatMap((figure, i) => {
    const problem = (expected: string): Problem[] => [{ file, line: figure.line, column: `figures[${i}]`, value: String(figure.value), expected }];
    const category = dataset.categories.find((c) => c.column === figure.what);
    if (!category && !(measures as readonly string[]).includes(figure.what)) {
      return problem(`"what" to be ${measures.map((m) => `"${m}"`).join(", ")} or a killed_… column in categories.csv; "${figure.what}" is none of them`);
    }
    const tally = figure.tally === undefined ? undefined : dataset.tallies.find((t) => t.id === figure.tally);
    if (figure.tally !== undefined) {
      if (!tally) return problem(`"tally" to be an id from tallies.csv (${dataset.tallies.map((t) => t.id).join(", ") || "there are none"})`);
      if (category) return problem(`no "tally" on a per-category figure: ${tally.label} gives no breakdown by category`);
      if (figure.plusLater && tally.id !== figures.tally?.id) {
        return problem(`"plusLater" only with the tally the charts show, ${figures.tally?.id ?? "none"} (the newest on or before asOf); the charts do not add later incidents to ${tally.id}`);
      }
    } else if (figure.plusLater) return problem(`"plusLater" only together with "tally": it adds the incidents after a tally's date to that tally`);
    const actual = dataValue(dataset, figures, figure, tally);
    if (actual.value === figure.value) return [];
    return problem(`the data's figure, ${actual.value} ${actual.description} (the story cites: ${figure.source})${hint(dataset, figures, figure, tally)}`);
  });
}

/**
 * Worth a look, not an error: the copy's newest figure for a measure is behind what the charts now show
 * (later incidents were added after the tally it quotes), or a figure is written the old way.
 */
export function storyFigureWarnings(dataset: Dataset, figures: HeadlineFigures, file: string): Warning[] {
  const warnings: Warning[] = [];
  const { story } = dataset;
  story.figures.forEach((figure, i) => {
    if (figure.what === "incidents" && figure.tally !== undefined) {
      warnings.push({
        file,
        line: figure.line,
        column: `figures[${i}]`,
        message: `"incidents" with a tally is read as deadly incidents (a tally counts deadly incidents); write "what": "deadly_incidents" to say so`,
      });
    }
  });
  for (const what of ["killed", "deadly_incidents"] as const) {
    const quoted = story.figures.map((figure, i) => ({ figure, i })).filter(({ figure }) => measureOf(figure) === what && figure.tally !== undefined);
    const now = what === "killed" ? figures.killedAtLeast : figures.deadlyIncidentsAtLeast;
    const tallies = new Map(dataset.tallies.map((t) => [t.id, t]));
    // Only tally figures can lag: a figure without one is the itemised count now, and checked as such.
    if (!quoted.length || story.figures.some((f) => measureOf(f) === what && f.tally === undefined)) continue;
    const newest = quoted.reduce((a, b) => (tallies.get(b.figure.tally!)!.asOf >= tallies.get(a.figure.tally!)!.asOf ? b : a));
    const tally = tallies.get(newest.figure.tally!);
    if (!tally || newest.figure.value >= now || quoted.some(({ figure }) => figure.value === now)) continue;
    const noun = what === "killed" ? "killed" : "deadly incidents";
    const later = tally.id === figures.tally?.id ? ` (${tally.label} plus incidents after ${formatDate(tally.asOf)})` : "";
    warnings.push({
      file,
      line: newest.figure.line,
      column: `figures[${newest.i}]`,
      message:
        `the copy says at least ${formatCount(newest.figure.value)} ${noun} (${tally.label}, ${formatDate(tally.asOf)}); ` +
        `the charts now show at least ${formatCount(now)}${later}. Update the copy? This figure stays right for what the ${tally.label} said; ` +
        `to quote the new number, add a figure with "value": ${now}, "tally": "${figures.tally?.id ?? tally.id}" and "plusLater": true`,
    });
  }
  return warnings;
}

/** "incidents" tied to a tally is the old way of writing deadly incidents: tallies count deadly incidents. */
function measureOf(figure: StoryFigure): string {
  return figure.what === "incidents" && figure.tally !== undefined ? "deadly_incidents" : figure.what;
}

function dataValue(dataset: Dataset, figures: HeadlineFigures, figure: StoryFigure, tally: Tally | undefined): { value: number; description: string } {
  const what = measureOf(figure);
  if (what === "killed" || what === "deadly_incidents") {
    const killed = what === "killed";
    if (tally && figure.plusLater) {
      return killed
        ? { value: figures.killedAtLeast, description: `killed (${tally.label} plus itemised incidents after ${formatDate(tally.asOf)})` }
        : { value: figures.deadlyIncidentsAtLeast, description: `deadly incidents (${tally.label} plus itemised deadly incidents after ${formatDate(tally.asOf)})` };
    }
    if (tally) {
      const asOfTally = tallyFigures(runningToll(dataset.incidents, dataset.categories), tally);
      return killed
        ? { value: asOfTally.killedAtLeast, description: `killed by ${formatDate(tally.asOf)} (${tally.label}, or the itemised incidents to that date where they count more)` }
        : { value: asOfTally.deadlyIncidentsAtLeast, description: `deadly incidents by ${formatDate(tally.asOf)} (${tally.label}, or the itemised incidents to that date where they count more)` };
    }
    return killed
      ? { value: figures.itemisedKilled, description: "killed in itemised incidents" }
      : { value: figures.itemisedDeadlyIncidents, description: "itemised incidents with at least one death" };
  }
  if (what === "incidents") return { value: figures.itemisedIncidents, description: "itemised incidents, with or without deaths" };
  const total = deathsByCategory(dataset.incidents, dataset.categories).find((t) => t.category.column === figure.what)!;
  return { value: total.killed, description: `killed in itemised incidents in the category "${total.category.label}"` };
}

/** What the journalist probably meant, when another reading of the figure matches the data. */
function hint(dataset: Dataset, figures: HeadlineFigures, figure: StoryFigure, tally: Tally | undefined): string {
  const matches = (changed: Partial<StoryFigure>) => {
    const variant = { ...figure, ...changed };
    const variantTally = variant.tally === undefined ? undefined : dataset.tallies.find((t) => t.id === variant.tally);
    return dataValue(dataset, figures, variant, variantTally).value === figure.value;
  };
  const chartsTally = figures.tally;
  const category = figure.what.startsWith("killed_");
  if (!tally && chartsTally && !category && figure.what !== "incidents" && matches({ tally: chartsTally.id })) {
    return `. If the difference is deaths in ${chartsTally.label} that no incident itemises, add "tally": "${chartsTally.id}" to this figure; the charts show that gap`;
  }
  if (tally && !figure.plusLater && tally.id === chartsTally?.id && matches({ plusLater: true })) {
    return `. ${tally.label} counted fewer on ${formatDate(tally.asOf)}: if the copy adds incidents since then to it, add "plusLater": true; if it quotes ${tally.label}, keep the tally's own figure`;
  }
  if (figure.what === "incidents" && !tally && matches({ what: "deadly_incidents" })) {
    return `. If the copy means incidents with deaths, write "what": "deadly_incidents"`;
  }
  return "";
}
