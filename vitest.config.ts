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
    // Three workers on the two cores the suite is timed on: the tests wait on subprocesses, servers and
    // the browser, and a third worker fills those waits (1 min 49 s here, against 2 min 20 s with two
    // and 2 min with four, which loads the modules once more).
    maxWorkers: 3,
    // Font subsets the tests make are kept apart from the ones a journalist's builds keep (src/render/subsetStore.ts).
    env: { CHARTS_CACHE_DIR: join(tmpdir(), "border-incident-charts-test-cache") },
    projects: [
      { extends: true, test: { name: "shared", include: ["test/**/*.test.ts"], exclude: isolated, isolate: false } },
      { extends: true, test: { name: "isolated", include: isolated } },
    ],
  },
});
