/**
 * A problem found in the input, located so a journalist can go straight to it.
 * Loading and validation collect every problem before failing, so one run shows them all.
 */
export interface Problem {
  /** Path as the journalist knows it, e.g. "data/events.csv". */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** Column (CSV) or key path (JSON) the problem is in. */
  column?: string;
  /** The offending value as written. */
  value?: string;
  /** What was expected, in plain words. */
  expected: string;
}

export function formatProblem({ file, line, column, value, expected }: Problem): string {
  const where = [file, line === undefined ? "" : `line ${line}`, column === undefined ? "" : `column "${column}"`]
    .filter(Boolean)
    .join(", ");
  const got = value === undefined ? "" : ` found ${JSON.stringify(value)};`;
  return `${where}:${got} expected ${expected}`;
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
