/**
 * What a build reads, in named groups, each with one digest: the data folder, the code (src/ and
 * scripts/), the fonts, the lockfile (and what npm actually installed), and the build's options with
 * the runtime whose libraries touch output bytes (Node, its zlib for the PNGs). Reading and hashing it
 * all takes a few milliseconds and loads none of the charting libraries.
 *
 * A new kind of input (say, an edition's translation file) is one more group; outputs name the groups
 * they read (buildRecord.ts), so it is stale for exactly the outputs that read it.
 */
import { join, resolve } from "node:path";
import { projectRoot } from "../projectRoot.js";
import { fontPaths } from "../text/fontFiles.js";
import { projectFontFiles } from "../text/fonts.js";
import { translationsFolder } from "../editions/askedLanguages.js";
import { digestFiles, digestOf, filesUnder, type FileDigester } from "./digest.js";

export interface InputLocations {
  dataDir: string;
  /** The project folder: src/, scripts/, package.json and the lockfile are found here. */
  root: string;
  fonts: readonly string[];
  /** Whatever was asked of the build that could change its output. */
  options: Record<string, unknown>;
}

export type InputDigests = Record<string, string>;

/** Bump when the record's meaning changes, so records written by older code are never trusted. */
const recordFormat = 1;

export function defaultLocations(dataDir: string, options: Record<string, unknown> = {}): InputLocations {
  // Source Sans 3 and Noto Sans Arabic come from npm packages: the lockfile group covers their versions
  // too. The cut of Noto Sans SC is committed (fonts/): its files are digested, so editing them redraws.
  return { dataDir, root: projectRoot(), fonts: [...fontPaths(), ...projectFontFiles()], options };
}

/** Each group's files by name (as digested) and path. */
export async function inputFiles(locations: InputLocations): Promise<Record<string, { name: string; path: string }[]>> {
  return Object.fromEntries(Object.entries(inputGroups(locations)).map(([group, files]) => [group, files()]));
}

/** Each group's files, listed only when asked for: watch mode would walk src/ on every save for nothing. */
function inputGroups({ dataDir, root, fonts }: InputLocations): Record<string, () => { name: string; path: string }[]> {
  const under = (dir: string, prefix: string) => filesOrNone(dir).map((name) => ({ name: `${prefix}${name}`, path: join(dir, name) }));
  // Each translation file is a group of its own: editing one makes only its edition's outputs stale.
  const data = under(dataDir, "");
  const translations = data.filter(({ name }) => name.startsWith(`${translationsFolder}/`));
  return {
    data: () => data.filter((file) => !translations.includes(file)),
    ...Object.fromEntries(translations.map((file) => [`translation ${file.name.slice(translationsFolder.length + 1)}`, () => [file]])),
    code: () => [...under(join(root, "src"), "src/"), ...under(join(root, "scripts"), "scripts/")],
    fonts: () => fonts.map((path, index) => ({ name: `font ${index}`, path })),
    lockfile: () => ["package.json", "package-lock.json", "node_modules/.package-lock.json"].map((name) => ({ name, path: join(root, name) })),
  };
}

/**
 * `known`: groups already digested, taken as given (watch mode's code and fonts: what the process loaded).
 * `digester`: how each file is hashed (a one-off build remembers digests, digestCache.ts).
 */
export async function digestInputs(locations: InputLocations, known: InputDigests = {}, digester?: FileDigester): Promise<InputDigests> {
  const digests: InputDigests = {};
  for (const [group, files] of Object.entries(inputGroups(locations))) digests[group] = known[group] ?? digestFiles(files(), digester);
  const { node, zlib } = process.versions;
  digests.options = digestOf(stableJson({ recordFormat, node, zlib, dataDir: resolve(locations.dataDir), ...locations.options }));
  return digests;
}

/** A folder that is not there has no files (and its group's digest says so). */
function filesOrNone(dir: string): string[] {
  try {
    return filesUnder(dir);
  } catch {
    return [];
  }
}

/** JSON with keys sorted at every level, so equal options always give the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The input groups an output is drawn from, for the build record: an edition's files (charts/fr/…) read
 * its own translation file and no other; English's read none; the review page shows every edition.
 */
export function recordedInputs(inputs: InputDigests): (file: string) => string[] {
  const groups = Object.keys(inputs);
  const shared = groups.filter((group) => !group.startsWith("translation "));
  return (file) => {
    if (file === "index.html") return groups;
    const folder = /^([^/]+)\//.exec(file)?.[1];
    return folder ? [...shared, ...groups.filter((group) => group === `translation ${folder}.json`)] : shared;
  };
}
