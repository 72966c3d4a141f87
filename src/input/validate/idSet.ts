import { IntColumn, StringColumn } from "../../dataset/columns.js";

/**
 * The ids seen so far in a table, for finding repeats. A JavaScript Set does the same, but with a million
 * freshly read ids it spends most of a second hashing, growing and keeping a million strings alive. This
 * keeps each id's hash and its place in the file's text (see StringColumn), in an open-addressing table of
 * indices: FNV-1a over the UTF-16 code units, and the id itself read back only when two hashes match.
 */
export class IdSet {
  private readonly ids: StringColumn;
  private readonly hashes = new IntColumn();
  private slots = new Int32Array(2048).fill(-1);

  /** `text` is what the starts given to add point into. */
  constructor(text = "") {
    this.ids = new StringColumn(text);
  }

  /** Adds the id (found at `start` in the text, or -1 when it is not there verbatim); false when it was there already. */
  add(id: string, start = -1): boolean {
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let index = this.slots[slot]!; index !== -1; index = this.slots[slot]!) {
      if (this.hashes.get(index) === hash && this.ids.get(index) === id) return false;
      slot = (slot + 1) & mask;
    }
    const index = this.ids.length;
    this.slots[slot] = index;
    this.ids.push(id, start);
    this.hashes.push(hash);
    if (this.ids.length * 2 > this.slots.length) this.rehash();
    return true;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let index = 0; index < this.ids.length; index++) {
      let slot = this.hashes.get(index) & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = index;
    }
  }
}

/** FNV-1a over the id's UTF-16 code units. */
export function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash;
}
