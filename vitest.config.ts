import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One scratch folder, file server and Chromium for the whole run (test/support/globalSetup.ts).
    globalSetup: ["test/support/globalSetup.ts"],
    // Rendering with jsdom and spawning the CLI take a few seconds on a 2-core machine; a whole build is
    // five editions (three charts each, Noto Sans SC shaped for Chinese), tens of seconds while other test
    // files run beside it.
    testTimeout: 180_000,
    // Hooks too: the browser suite builds every chart in beforeAll, which passes the 10 s default on a busy machine.
    hookTimeout: 180_000,
    // Font subsets the tests make are kept apart from the ones a journalist's builds keep (src/render/subsetStore.ts).
    env: { CHARTS_CACHE_DIR: join(tmpdir(), "border-incident-charts-test-cache") },
  },
});
