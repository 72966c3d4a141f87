/**
 * Which incidents the charts annotate and the numbers they carry. The cumulative chart numbers its
 * annotated days at phone width; the map uses the same numbers, so a reader can go from one to the other.
 */
import type { IncidentTable } from "../dataset/incidentTable.js";
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

/** "26 Nov: 3 Chinese workers killed in attack on camp"; two incidents on one date joined, more counted. */
export function incidentText(step: TollStep, incidents: IncidentTable, edition: Edition = english): string {
  const what =
    step.rows.length <= 2
      ? step.rows.map((row) => incidents.label(row)).join(edition.message("ui.label.incidentSeparator"))
      : edition.message("ui.label.manyIncidents", { incidents: step.rows.length, killed: step.killed });
  return edition.message("ui.label.incident", { day: edition.day(step.date), what });
}

/** The cumulative chart's phone key: number → its day's text, and each numbered incident row's number. */
export function phoneKey(dataset: Dataset): { entries: { marker: string; text: string }[]; numberOf: Map<number, number> } {
  const { maxAnnotations } = layoutFor(phoneMaxWidth, { fontEmbedded: dataset.story.embedFont, lang: editionOf(dataset).lang });
  const steps = annotatedSteps(runningToll(dataset.incidents, dataset.categories), maxAnnotations);
  const numberOf = new Map<number, number>();
  steps.forEach((step, i) => step.rows.forEach((row) => numberOf.set(row, i + 1)));
  return { entries: steps.map((step, i) => ({ marker: String(i + 1), text: incidentText(step, dataset.incidents, editionOf(dataset)) })), numberOf };
}
