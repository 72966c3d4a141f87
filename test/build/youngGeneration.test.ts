import { constants, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { expect, it } from "vitest";
import { collectYoungGeneration } from "../../src/build/youngGeneration.js";

it("collects V8's young generation, and leaves gc() out of the program's own globals", async () => {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  collectYoungGeneration();
  await new Promise((resolve) => setTimeout(resolve, 20)); // gc entries are delivered after the collection
  observer.disconnect();
  expect(entries.map((entry) => (entry as PerformanceEntry & { detail: { kind: number } }).detail.kind)).toContain(constants.NODE_PERFORMANCE_GC_MINOR);
  expect("gc" in globalThis).toBe(false);
});
