#!/usr/bin/env node
/**
 * Runs one of the TypeScript scripts in scripts/ (npm run charts → `node scripts/run.mjs build-charts`).
 *
 * Node 20 cannot run TypeScript itself, and a loader such as tsx costs about 0.4 s on every start
 * (hooks on every module, jsdom's hundreds among them). So src/ and scripts/ are compiled to JavaScript
 * in .build/, one file per source file, by esbuild. .build/manifest.json records each source's size and
 * modification time as compiled, and the compiler's version and options: a source whose record differs
 * (edited, copied with old times, restored from git) is compiled again, the output of a source that is
 * gone is deleted, and a new compiler recompiles everything. Checking takes a few milliseconds. Type
 * checking is `npm run typecheck`'s job (and `npm test` runs it first), as it was with tsx.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const buildDir = join(root, ".build");
const manifestFile = join(buildDir, "manifest.json");
const options = { loader: "ts", format: "esm", target: "node20", sourcemap: "inline" };

/** Every .ts source under a folder (declaration files aside), recursively, relative to the root. */
function sources(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const outputOf = (source) => join(buildDir, source.replace(/\.ts$/, ".js"));

/** What a source looked like when compiled: any change to it means compiling again. */
const stamp = (path) => {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${mtimeMs}`;
};

/** Writes whole then renames, so a run starting meanwhile never reads half a file. */
function writeAtomically(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, content);
  renameSync(partial, path);
}

function readManifest(toolchain) {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    if (manifest.toolchain === toolchain) return manifest.files;
  } catch {
    // No manifest yet, or unreadable: compile everything.
  }
  return {};
}

async function compileStale() {
  const esbuildVersion = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("esbuild/package.json"), "utf8")).version;
  const toolchain = `esbuild ${esbuildVersion} ${JSON.stringify(options)}`;
  const compiled = readManifest(toolchain);
  const current = [...sources("src"), ...sources("scripts")];
  const files = {};
  const stale = [];
  for (const source of current) {
    files[source] = stamp(join(root, source));
    if (compiled[source] !== files[source] || !existsSync(outputOf(source))) stale.push(source);
  }
  const gone = Object.keys(compiled).filter((source) => !(source in files));
  if (!stale.length && !gone.length) return;
  for (const source of gone) rmSync(outputOf(source), { force: true });
  if (stale.length) {
    const { transform } = await import("esbuild");
    await Promise.all(
      stale.map(async (source) => {
        // Stamped as read: a save during compiling leaves a stamp that differs, so the next run compiles again.
        const code = readFileSync(join(root, source), "utf8");
        if (stamp(join(root, source)) !== files[source]) delete files[source];
        const output = outputOf(source);
        // Source maps name the file relative to the output, so stack traces point at the TypeScript.
        const { code: js } = await transform(code, { ...options, sourcefile: relative(dirname(output), join(root, source)) });
        writeAtomically(output, js);
      })
    );
  }
  writeAtomically(manifestFile, JSON.stringify({ toolchain, files }, null, 1));
}

const [name, ...args] = process.argv.slice(2);
if (!name || !existsSync(join(root, "scripts", `${name}.ts`))) {
  const available = sources("scripts").filter((s) => dirname(s) === "scripts").map((s) => relative("scripts", s).replace(/\.ts$/, ""));
  console.error(`Usage: node scripts/run.mjs <script> [arguments]; scripts: ${available.join(", ")}`);
  process.exit(2);
}
await compileStale();
// Stack traces point into the TypeScript, through the inline source maps. Only when stack traces are
// shown (--debug, or anything but the charts command): reading every module's map costs a build with
// nothing to do a fifth of its time.
if (name !== "build-charts" || args.includes("--debug")) process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], join(root, "scripts", `${name}.ts`), ...args];
await import(pathToFileURL(outputOf(join("scripts", `${name}.ts`))).href);
