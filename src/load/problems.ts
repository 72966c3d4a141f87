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

/**
 * Problems of one table, listing the first few of each kind (column) and counting the rest: a conflict
 * export with a million bad dates should give a readable list (and a fast one), not a million lines.
 */
export class ProblemList {
  private readonly listed: Problem[] = [];
  private readonly counts = new Map<string, number>();
  private readonly unlisted = new Map<string, Problem>();

  constructor(readonly perKind = 20) {}

  add(problem: Problem): void {
    const kind = `${problem.file}\u0000${problem.column ?? ""}`;
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    if (count <= this.perKind) this.listed.push(problem);
    else if (!this.unlisted.has(kind)) this.unlisted.set(kind, problem);
  }

  get length(): number {
    return this.listed.length;
  }

  /** The problems listed, then one line per kind saying how many more there are. */
  all(): Problem[] {
    const more = [...this.unlisted].map(([kind, first]): Problem => {
      const count = this.counts.get(kind)! - this.perKind;
      return { file: first.file, column: first.column, expected: `no more problems like those above: ${count} more ${count === 1 ? "row has" : "rows have"} one in this column` };
    });
    return [...this.listed, ...more];
  }
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
