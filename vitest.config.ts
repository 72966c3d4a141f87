import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Rendering with jsdom and spawning the CLI take a few seconds on a 2-core machine.
    testTimeout: 60_000,
  },
});
