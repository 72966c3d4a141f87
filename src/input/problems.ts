/**
 * Problems and warnings found in the input, located so a journalist can go straight to them.
 * Loading and validation collect every problem before failing, so one run shows them all.
 */
import { bidiControl, invisibleCharacter } from "../text/xmlText.js";

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
 * Problems or warnings listing the first few of each kind (file and column) and counting the rest: a
 * conflict export with a million bad dates should give a readable list (and a fast one), not a million
 * lines. `summarise` words the count for a kind, given its first unlisted item.
 */
export class ListedByKind<T extends Location> {
  private readonly listed: T[] = [];
  private readonly counts = new Map<string, number>();
  private readonly unlisted = new Map<string, T>();

  constructor(
    private readonly summarise: (first: T, more: number) => T,
    readonly perKind = 20
  ) {}

  add(item: T): void {
    const kind = `${item.file}\u0000${item.column ?? ""}`;
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    if (count <= this.perKind) this.listed.push(item);
    else if (!this.unlisted.has(kind)) this.unlisted.set(kind, item);
  }

  get length(): number {
    return this.listed.length;
  }

  /** The items listed, then one per kind saying how many more there are. */
  all(): T[] {
    return [...this.listed, ...[...this.unlisted].map(([kind, first]) => this.summarise(first, this.counts.get(kind)! - this.perKind))];
  }
}

/** The problems of one table, twenty of each kind. */
export class ProblemList extends ListedByKind<Problem> {
  constructor() {
    super((first, more) => ({
      file: first.file,
      column: first.column,
      expected: `no more problems like those above: ${more} more ${more === 1 ? "row has" : "rows have"} one in this column`,
    }));
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

/** A value as long as a cell may be would flood the terminal: its start is enough to find it. */
function shortened(value: string): string {
  return value.length <= 200 ? value : `${value.slice(0, 160)}… (${value.length.toLocaleString("en")} characters in all)`;
}

export function formatProblem(problem: Problem): string {
  const got = problem.value === undefined ? "" : ` found ${JSON.stringify(shortened(problem.value))};`;
  return forTerminal(`${formatLocation(problem)}:${got} expected ${problem.expected}`);
}

export function formatWarning(warning: Warning): string {
  return forTerminal(`${formatLocation(warning)}: ${warning.message}`);
}

// Control characters (but tab), direction controls and invisible format characters: what a file's text
// could use to move the cursor, recolour or erase the terminal, or reorder a line as it is read.
const unseen = new RegExp(`[\\u0000-\\u0008\\u000A-\\u001F]|${bidiControl.source}|${invisibleCharacter.source}`, "gu");

/**
 * A line as the terminal shows it: any character that is not seen but acts (ESC, a C1 code, U+202E) is
 * written as its \\u escape, so no text from data/ or a translation can rewrite what the build says.
 */
export function forTerminal(line: string): string {
  return line.replace(unseen, (character) => `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
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
