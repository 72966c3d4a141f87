/**
 * The rule that keeps src/ reading in the build's order (src/README.md): a folder may import from the
 * folders before it in `flow` and from itself, never from a folder after it; nothing may import in a
 * circle, type-only imports included; src/ never imports from test/ or scripts/. `npm test` runs it
 * (`npm run lint:deps` alone).
 */

/** src/'s folders in the flow's order. The files at src/'s top (shared pieces) come first: they import no folder. */
const flow = ["dataset", "style", "text", "input", "figures", "editions", "charts", "map", "render", "output", "freshness", "build", "preview"];

const folder = (name) => `^src/${name}/`;
const backward = flow.slice(0, -1).map((name, i) => ({
  name: `${name}-not-to-later`,
  comment: `src/${name}/ comes before ${flow.slice(i + 1).join(", ")} in the flow: it may not import from them.`,
  severity: "error",
  from: { path: folder(name) },
  to: { path: `^src/(${flow.slice(i + 1).join("|")})/` },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "A circle of imports (type-only imports count): one of the files belongs lower, or takes a value as a parameter.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "shared-not-to-folders",
      comment: "The files at src/'s top are shared by every stage: they import from no folder.",
      severity: "error",
      from: { path: "^src/[^/]+$" },
      to: { path: "^src/[^/]+/" },
    },
    ...backward,
    {
      name: "unknown-folder",
      comment: `A folder of src/ that is not in the flow: add it to \`flow\` in .dependency-cruiser.cjs, where it belongs.`,
      severity: "error",
      from: { path: "^src/", pathNot: `^src/([^/]+$|(${flow.join("|")})/)` },
      to: {},
    },
    {
      name: "src-not-to-test-or-scripts",
      comment: "src/ is the package; tests and scripts use it, never the other way round.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|scripts)/" },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that names no file.",
      severity: "error",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports are dependencies too: a type-only circle is still a circle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
