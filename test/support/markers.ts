/**
 * The incident numbers a chart's markers stand for (charts/incidentKey.ts): "4", "4, 5" for a day with two
 * incidents, "4–6" for three or more, and on the running total one marker for a clump of touching dots.
 */
export const markerPattern = /^\d+((, \d+)+|–\d+)?$/;

export function markerNumbers(marker: string): number[] {
  const range = /^(\d+)–(\d+)$/.exec(marker);
  if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i);
  return marker.split(", ").map(Number);
}

/** Every number a list of markers stands for, in order: the same list for the chart and its key. */
export function allNumbers(markers: readonly (string | null)[]): number[] {
  return markers.flatMap((m) => markerNumbers(m ?? "")).sort((a, b) => a - b);
}
