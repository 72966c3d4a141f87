/**
 * Collects V8's young generation while watch mode waits for the next save, so a save does not stop for
 * it. A save allocates megabytes of short-lived objects (DOM nodes, strings); once the young generation
 * is full, the next allocation stops everything for a scavenge, 6–11 ms with watch mode's heap: four of
 * six English retitles traced with --trace-gc stopped for one. Collected once a save's complete set is
 * written, the young generation starts the next save empty, and none of the saves traced since stopped.
 *
 * Node offers gc() only with --expose-gc. The flag is set at run time and the function taken from a
 * context made after it, where V8 puts it; the main context is left as it was.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Gc = (options: { type: "minor" }) => void;
let gc: Gc | undefined;

export interface IdleCollection {
  /** Collects after `delayMs`, if still idle then; a later call starts the wait again. */
  schedule(): void;
  /** A save came: no collection now. */
  cancel(): void;
}

/**
 * `idle`: whether nothing is being rebuilt or waiting to be (a save's set may finish after a newer save
 * came). `collect`: a test's stand-in for the collection.
 */
export function idleCollection(idle: () => boolean, delayMs = 50, collect: () => void = collectYoungGeneration): IdleCollection {
  let timer: NodeJS.Timeout | undefined;
  return {
    schedule() {
      clearTimeout(timer);
      if (!idle()) return;
      timer = setTimeout(() => idle() && collect(), delayMs);
      timer.unref(); // never what keeps the process alive
    },
    cancel: () => clearTimeout(timer),
  };
}

export function collectYoungGeneration(): void {
  try {
    gc ??= (setFlagsFromString("--expose-gc"), runInNewContext("gc") as Gc);
    gc({ type: "minor" });
  } catch {
    // No gc to be had: saves collect as they go, as before.
  }
}
