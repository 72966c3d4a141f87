#!/usr/bin/env node
/**
 * Runs one of the TypeScript scripts in scripts/ (npm run charts → `node scripts/run.mjs build-charts`).
 *
 * Node 20 cannot run TypeScript itself, and a loader such as tsx costs about 0.4 s on every start
 * (hooks on every module, jsdom's hundreds among them). So src/ and scripts/ are compiled to JavaScript
 * in .build/, one file per source file, by esbuild; a file is compiled again only when its source is
 * newer, which a start checks in a few milliseconds. Type checking is `npm run typecheck`'s job (and
 * `npm test` runs it first), exactly as with tsx.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const buildDir = join(root, ".build");

/** Every .ts source under a folder (declaration files aside), recursively. */
function sources(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const modified = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

async function compileStale() {
  const stale = [...sources("src"), ...sources("scripts")].filter((source) => modified(join(root, source)) > modified(outputOf(source)));
  if (!stale.length) return;
  const { transform } = await import("esbuild");
  await Promise.all(
    stale.map(async (source) => {
      const code = readFileSync(join(root, source), "utf8");
      const { code: js } = await transform(code, { loader: "ts", format: "esm", target: "node20", sourcefile: source, sourcemap: "inline" });
      const output = outputOf(source);
      mkdirSync(dirname(output), { recursive: true });
      // Written whole then renamed, so two builds starting at once never read half a file.
      const partial = `${output}.${process.pid}.tmp`;
      writeFileSync(partial, js);
      renameSync(partial, output);
    })
  );
}

function outputOf(source) {
  return join(buildDir, source.replace(/\.ts$/, ".js"));
}

const [name, ...args] = process.argv.slice(2);
if (!name || modified(join(root, "scripts", `${name}.ts`)) < 0) {
  const available = sources("scripts").filter((s) => dirname(s) === "scripts").map((s) => relative("scripts", s).replace(/\.ts$/, ""));
  console.error(`Usage: node scripts/run.mjs <script> [arguments]; scripts: ${available.join(", ")}`);
  process.exit(2);
}
await compileStale();
// Stack traces point into the TypeScript, through the inline source maps.
process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], join(root, "scripts", `${name}.ts`), ...args];
await import(pathToFileURL(outputOf(join("scripts", `${name}.ts`))).href);
