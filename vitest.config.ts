import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Files that replace a module of src/ with vi.mock (to count calls into it), or change the process's
 * environment: each needs a module graph of its own. Every other file shares its worker's modules with the
 * files before it, which spares loading jsdom, Plot and the fonts again for each file (a minute of a run).
 */
const isolated = ["test/charts/plotMemo.test.ts", "test/freshness/recordReadOnce.test.ts", "test/build/complexity.test.ts", "test/text/localeFormat.test.ts"];

export default defineConfig({
  test: {
    // One scratch folder, file server and Chromium for the whole run (test/support/globalSetup.ts).
    globalSetup: ["test/support/globalSetup.ts"],
    // Rendering with jsdom and spawning the CLI take seconds on a 2-core machine, more while other test
    // files run beside them; the first file to need the shared build waits for a build of every edition.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two workers on the two cores the suite is timed on. A third once filled the waits on subprocesses and
    // the browser; with the print PDFs and cards every build is busier, and a third worker cost more CPU
    // than it filled: 361 s of CPU and 3 min 21 s with three, 319 s and 3 min 00 s with two, the second run
    // on a busier machine.
    maxWorkers: 2,
    // Font subsets the tests make are kept apart from the ones a journalist's builds keep (src/render/subsetStore.ts).
    env: { CHARTS_CACHE_DIR: join(tmpdir(), "border-incident-charts-test-cache") },
    projects: [
      { extends: true, test: { name: "shared", include: ["test/**/*.test.ts"], exclude: isolated, isolate: false } },
      { extends: true, test: { name: "isolated", include: isolated } },
    ],
  },
});
