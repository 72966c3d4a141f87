/**
 * Watch mode collects the young generation between saves (src/pipeline/idleCollection.ts): when idle,
 * and not once a save has come.
 */
import { constants, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { collectYoungGeneration, idleCollection } from "../../src/pipeline/idleCollection.js";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("collecting between saves", () => {
  it("collects the young generation, and only it", async () => {
    const kinds: number[] = [];
    const observer = new PerformanceObserver((list) => kinds.push(...list.getEntries().map((entry: PerformanceEntry) => (entry as PerformanceEntry & { detail: { kind: number } }).detail.kind)));
    observer.observe({ entryTypes: ["gc"] });
    collectYoungGeneration();
    await wait(20); // entries are delivered asynchronously
    observer.disconnect();
    expect(kinds).toContain(constants.NODE_PERFORMANCE_GC_MINOR);
    expect(globalThis).not.toHaveProperty("gc"); // the main context is left as it was
  });

  it("collects once the wait is over if still idle; not once a save has come, nor while a rebuild is under way", async () => {
    let idle = true;
    let collected = 0;
    const collection = idleCollection(() => idle, 10, () => collected++);
    collection.schedule();
    collection.schedule(); // the wait starts again: one collection
    await wait(40);
    expect(collected).toBe(1);
    collection.schedule();
    collection.cancel(); // a save came
    await wait(40);
    collection.schedule();
    idle = false; // a rebuild started before the wait was over
    await wait(40);
    collection.schedule(); // a set finished while a newer save is being rebuilt
    await wait(40);
    expect(collected).toBe(1);
  });
});
