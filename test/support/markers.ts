/**
 * The incident numbers a chart's markers stand for (charts/incidentKey.ts): "4", "4, 5" for a day with two
 * incidents, "4–6" for three or more, and on the running total one marker for a clump of touching dots.
 */
export const markerPattern = /^\d+(–\d+)?(, \d+(–\d+)?)*$/;

/** "4" → [4]; "4, 5" → [4, 5]; "4–6" → [4, 5, 6]; "194–196, 208" → [194, 195, 196, 208]. */
export function markerNumbers(marker: string): number[] {
  return marker.split(", ").flatMap((part) => {
    const range = /^(\d+)–(\d+)$/.exec(part);
    return range ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i) : [Number(part)];
  });
}

/** Every number a list of markers stands for, in order: the same list for the chart and its key. */
export function allNumbers(markers: readonly (string | null)[]): number[] {
  return markers.flatMap((m) => markerNumbers(m ?? "")).sort((a, b) => a - b);
}
