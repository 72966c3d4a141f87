/**
 * How many threads draw the SVGs: `--threads N` (or CHARTS_THREADS), 1 being the one-thread path with
 * no worker at all. The default is what measurably pays on the machines we have (BENCHMARKS.md).
 */
import { availableParallelism } from "node:os";

/**
 * The default when nothing is asked (BENCHMARKS.md, "Parallel rendering"): on 2 cores a worker does not
 * pay (loading jsdom and Plot again costs more than its share of the drawing, and resvg's PNGs already
 * keep the second core busy), so one thread; with 4 or more, half the cores draw SVGs and the rest are
 * left to the PNGs. The latter is reasoned from the 2-core figures, not yet measured.
 */
export const defaultThreads = (cores = availableParallelism()) => (cores < 4 ? 1 : Math.floor(cores / 2));

/** The thread count asked for, or an error line naming what was wrong. */
export function threadCount(asked: string | undefined = process.env.CHARTS_THREADS): number | { error: string } {
  if (asked === undefined || asked === "") return defaultThreads();
  if (!/^[1-9]\d{0,2}$/.test(asked)) return { error: `--threads takes a whole number from 1 to 999, not "${asked}"` };
  return Number(asked);
}
