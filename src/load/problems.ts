/**
 * Problems and warnings found in the input, located so a journalist can go straight to them.
 * Loading and validation collect every problem before failing, so one run shows them all.
 */

/** Where something is: file, line, and column (CSV) or key path such as figures[0] (JSON). */
export interface Location {
  /** Path as the journalist knows it, e.g. "data/events.csv". */
  file: string;
  /** 1-based line in the file, when there is one. */
  line?: number | undefined;
  column?: string | undefined;
}

/** Something that stops the build. */
export interface Problem extends Location {
  /** The offending value as written. */
  value?: string | undefined;
  /** What was expected, in plain words. */
  expected: string;
}

/** Something worth a second look that does not stop the build. */
export interface Warning extends Location {
  message: string;
}

export function formatLocation({ file, line, column }: Location): string {
  const columnWord = file.endsWith(".json") ? "key" : "column";
  return [file, line === undefined ? "" : `line ${line}`, column === undefined ? "" : `${columnWord} "${column}"`].filter(Boolean).join(", ");
}

export function formatProblem(problem: Problem): string {
  const got = problem.value === undefined ? "" : ` found ${JSON.stringify(problem.value)};`;
  return `${formatLocation(problem)}:${got} expected ${problem.expected}`;
}

export function formatWarning(warning: Warning): string {
  return `${formatLocation(warning)}: ${warning.message}`;
}

/** Thrown when the input has problems; carries all of them. */
export class DataError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the data:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "DataError";
    this.problems = problems;
  }
}
