/**
 * What watch mode remembers between rewrites (plots, edition pages): at most `kept` entries, the most
 * recently set, so a long session of saves holds a few sets' worth and no more.
 */
export class RecentMemo<Value> {
  readonly #entries = new Map<string, Value>();

  constructor(readonly kept: number) {}

  get(key: string): Value | undefined {
    return this.#entries.get(key);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  set(key: string, value: Value): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.kept) break;
      this.#entries.delete(oldest);
    }
  }
}
