/**
 * Growable columns for tables with up to millions of rows: numbers in one typed array, strings as offsets
 * into the text they were read from. A million cells then cost a few megabytes and nothing for the garbage
 * collector to trace, where a million strings cost tens of megabytes and seconds of collection.
 */

/** Whole numbers from -2^31 to 2^31 - 1. */
export class IntColumn {
  private values = new Int32Array(256);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.values = grown(this.values);
    this.values[this.length++] = value;
  }

  get(i: number): number {
    return this.values[i]!;
  }

  /** The filled part, without copying. */
  view(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}

/**
 * Strings kept as offsets into `text` where they are in it (verbatim, or quoted with doubled quotes, as
 * scanCsv's CellRanges mark them), as strings otherwise (rows csv-parse read, rows built in code).
 */
export class StringColumn {
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private readonly strings = new Map<number, string>();
  length = 0;

  constructor(private readonly text = "") {}

  /**
   * Adds a value; `start` is where it begins in the text, -2 or less for text with doubled quotes
   * (starting at -start - 2), or -1 when it is not in the text.
   */
  push(value: string, start = -1): void {
    if (this.length === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    this.starts[this.length] = start;
    if (start >= 0) this.ends[this.length] = start + value.length;
    else if (start <= -2) this.ends[this.length] = -start - 2 + value.length + quotesIn(value);
    else this.strings.set(this.length, value);
    this.length++;
  }

  /** Whether value i lies in the text (false: it was pushed as a string of its own). */
  inText(i: number): boolean {
    return this.starts[i] !== -1;
  }

  get(i: number): string {
    const start = this.starts[i]!;
    if (start >= 0) return this.text.slice(start, this.ends[i]);
    if (start <= -2) return this.text.slice(-start - 2, this.ends[i]).replaceAll('""', '"');
    return this.strings.get(i)!;
  }
}

function quotesIn(value: string): number {
  let count = 0;
  for (let at = value.indexOf('"'); at !== -1; at = value.indexOf('"', at + 1)) count++;
  return count;
}

/** A copy of the values in an array at least twice as long (and at least `atLeast`). */
export function grown(values: Int32Array<ArrayBuffer>, atLeast = 0): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(Math.max(atLeast, values.length * 2));
  larger.set(values);
  return larger;
}
