/**
 * Which incidents the charts annotate and the one number each incident carries everywhere: the running
 * total at every width, its key, the map, the map's key and alt text, the CSV and the reader table.
 */
import type { IncidentTable } from "../dataset/incidentTable.js";
import type { Warning } from "../input/problems.js";
import { compareDates, type Dataset } from "../dataset/types.js";
import { runningToll, type TollStep } from "../figures/runningToll.js";
import { editionOf, english, type Edition } from "../editions/edition.js";
import { layoutFor, phoneMaxWidth } from "../style/houseStyle.js";

/**
 * The days a chart annotates, oldest first. A long-running story has more steps than a chart can annotate:
 * the deadliest days get annotations (ties go to the later day), so a chart and its key stay the same size
 * however much data there is.
 */
export function annotatedSteps(steps: readonly TollStep[], maxAnnotations: number): TollStep[] {
  const kept = new Set([...steps].sort((a, b) => b.killed - a.killed || compareDates(b.date, a.date)).slice(0, maxAnnotations));
  return steps.filter((step) => kept.has(step));
}

/**
 * Each incident's number, by row: 1, 2, 3… by date, incidents on one date in the order of events.csv.
 * An incident added later (a later date, or a later row on the same date) takes the next number and never
 * renumbers one before it. Incidents without deaths are numbered like the others: each is drawn (a dot on
 * the running total, a circle on the map) and keyed where annotated, and a death count revised from 0 (or
 * to 0) must not renumber every incident after it.
 */
export function incidentNumbers(steps: readonly TollStep[]): Map<number, number> {
  const numberOf = new Map<number, number>();
  for (const step of steps) for (const row of step.rows) numberOf.set(row, numberOf.size + 1);
  return numberOf;
}

/**
 * A day's marker on the running total (one dot per day) and in its key: "4" for one incident, "4, 5" for
 * two, "4–6" for three or more (a day's incidents always have consecutive numbers). The map numbers each
 * of the day's circles alone: 4 and 5.
 */
export function dayMarker(step: TollStep, numberOf: ReadonlyMap<number, number>): string {
  return numberRuns(step.rows.map((row) => numberOf.get(row)!));
}

/**
 * Numbers as a marker: each run of three or more consecutive numbers as a range, the rest listed
 * ("4", "4, 5", "4–6", "194–198, 208–212"), so a marker stays short however many incidents it covers.
 */
export function numberRuns(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const n of sorted) {
    const run = runs.at(-1);
    if (run && n === run.at(-1)! + 1) run.push(n);
    else runs.push([n]);
  }
  return runs.map((run) => (run.length >= 3 ? `${run[0]}–${run.at(-1)}` : run.join(", "))).join(", ");
}

/** "26 Nov: 3 Chinese workers killed in attack on camp"; two incidents on one date joined, more counted. */
export function incidentText(step: TollStep, incidents: IncidentTable, edition: Edition = english): string {
  const what =
    step.rows.length <= 2
      ? step.rows.map((row) => incidents.label(row)).join(edition.message("ui.label.incidentSeparator"))
      : edition.message("ui.label.manyIncidents", { incidents: step.rows.length, killed: step.killed });
  return edition.message("ui.label.incident", { day: edition.day(step.date), what });
}

/**
 * The key of the days annotated at phone width (the running total's at 320 px, the map's at every width):
 * each day's marker and text, and the number of each incident in it, by row. Incidents on days not
 * annotated have no number here: the map leaves them unnumbered, as the key does not list them.
 * `numbers` has every incident's number, annotated or not (a district the map lists in its key, ChartOptions.labelsToKey).
 */
export function phoneKey(dataset: Dataset): { entries: { marker: string; text: string }[]; numberOf: Map<number, number>; numbers: Map<number, number> } {
  const { maxAnnotations } = layoutFor(phoneMaxWidth, { fontEmbedded: dataset.story.embedFont, lang: editionOf(dataset).lang });
  const all = runningToll(dataset.incidents, dataset.categories);
  const numbers = incidentNumbers(all);
  const steps = annotatedSteps(all, maxAnnotations);
  const numberOf = new Map(steps.flatMap((step) => step.rows.map((row) => [row, numbers.get(row)!] as const)));
  return { entries: steps.map((step) => ({ marker: dayMarker(step, numbers), text: incidentText(step, dataset.incidents, editionOf(dataset)) })), numberOf, numbers };
}

/**
 * Said when the latest day is left out of the annotations (the deadliest days are kept, and a new incident
 * with few deaths is often not among them): its step, dot and circle are drawn, but no label, key line or
 * number says which incident it is, and the desk's newest row would otherwise go unlabelled without a word.
 */
export function latestUnannotated(dataset: Dataset, eventsFile: string): Warning[] {
  const steps = runningToll(dataset.incidents, dataset.categories);
  const latest = steps.at(-1);
  if (!latest) return [];
  const phone = layoutFor(phoneMaxWidth, { fontEmbedded: dataset.story.embedFont }).maxAnnotations;
  const wide = layoutFor(phoneMaxWidth + 1, { fontEmbedded: dataset.story.embedFont }).maxAnnotations;
  const keptAt = (most: number) => annotatedSteps(steps, most).includes(latest);
  if (keptAt(phone)) return [];
  const where = keptAt(wide)
    ? `no number on the map and no annotation on the running total at phone widths (${phone} days are annotated there)`
    : `no annotation or number on any chart (${wide} days are annotated at the widest, ${phone} at phone widths)`;
  // One warning for the day, at its first row: a synthetic export's last day can have thousands.
  const row = latest.rows[0]!;
  const more = latest.rows.length > 1 ? ` (and the ${latest.rows.length - 1} other incidents of its day)` : "";
  return [
    {
      file: eventsFile,
      line: dataset.incidents.line(row),
      message:
        `${dataset.incidents.id(row)}${more}, the latest, has ${where}: the charts annotate the deadliest of the ${steps.length} days with incidents ` +
        `(ties go to the later day), and ${latest.killed} killed is not among them. It is still drawn; say in the copy which it is`,
    },
  ];
}
