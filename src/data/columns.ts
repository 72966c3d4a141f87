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
 * Strings kept as offsets into `text` where they are in it verbatim, as strings otherwise (a quoted cell
 * with doubled quotes, a row built in code).
 */
export class StringColumn {
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private readonly strings = new Map<number, string>();
  length = 0;

  constructor(private readonly text = "") {}

  /** Adds a value; `start` is where it begins in the text, or -1 when it is not there verbatim. */
  push(value: string, start = -1): void {
    if (this.length === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    this.starts[this.length] = start;
    if (start >= 0) this.ends[this.length] = start + value.length;
    else this.strings.set(this.length, value);
    this.length++;
  }

  get(i: number): string {
    const start = this.starts[i]!;
    return start >= 0 ? this.text.slice(start, this.ends[i]) : this.strings.get(i)!;
  }
}

function grown(values: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(values.length * 2);
  larger.set(values);
  return larger;
}
