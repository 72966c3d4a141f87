/**
 * A scavenge of V8's young generation, for watch mode to run once a save's complete set is written. A
 * save allocates megabytes of short-lived strings and DOM nodes on top of what drawing the last save's
 * PNGs left; traced with --trace-gc, every one of 24 retitles stopped for a scavenge of 3–7 ms, an eighth
 * of the save. Collected while nothing waits, the next save starts with the young generation empty.
 *
 * Node gives gc() only under --expose-gc: the flag is set at run time and the function taken from a
 * context made after it, where V8 puts it; the main context is left as it was.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Gc = (options: { type: "minor" }) => void;
let gc: Gc | undefined;

export function collectYoungGeneration(): void {
  try {
    gc ??= (setFlagsFromString("--expose-gc"), runInNewContext("gc") as Gc);
    gc({ type: "minor" });
  } catch {
    // No gc to be had: saves collect as they go.
  }
}
