#!/usr/bin/env node
// Run by `npm ci` when native/exchange could not be compiled (no python3, make or C compiler). The build
// still works: it swaps charts/ with two renames instead of one exchange, so for microseconds between them
// there is no charts/ (docs/how-the-build-works.md, "What the build writes"). Installing must not fail for that.
console.warn(
  "border-incident-charts: native/exchange was not built (node-gyp needs python3, make and a C compiler).\n" +
    "Builds will replace charts/ with two renames rather than one atomic exchange; see docs/how-the-build-works.md, \"What the build writes\"."
);
