/**
 * npm run translation -- --lang <xx>: writes data/translations/<xx>.json for a translator, or brings an
 * existing one up to date: every key the English has, in order, with the English beside it; entries
 * already translated keep their translation (and the English they were made from, so a changed English
 * still shows as a warning); new keys get an empty translation, which the build reports as missing. An
 * existing file gains only the new keys' lines: nothing else in it is rewritten.
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { readDataset } from "../src/input/readDataset.js";
import { sourceTexts } from "../src/editions/sourceTexts.js";
import { parseTranslationFile } from "../src/editions/translationFile.js";
import { addMissingKeys, newTranslationFile } from "../src/editions/translationSkeleton.js";
import { translationPath } from "../src/editions/translations.js";

const { values } = parseArgs({ options: { lang: { type: "string" }, data: { type: "string", default: "data" } } });
if (!values.lang || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(values.lang)) {
  console.error("Usage: npm run translation -- --lang <language tag, e.g. fr>");
  process.exit(2);
}
const path = translationPath(values.data!, values.lang);
const existingText = await readFile(path, "utf8").catch(() => undefined);
const english = sourceTexts(await readDataset(values.data!));
if (existingText === undefined) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, newTranslationFile(values.lang, english));
  console.log(`Wrote ${path}: ${english.size} keys, ${english.size} to translate`);
} else {
  // The file as the translator left it, with only the missing keys added (see src/editions/translationSkeleton.ts).
  const existing = parseTranslationFile(existingText, path).translation;
  const updated = addMissingKeys(existingText, english);
  if (!existing || !updated) {
    console.error(`${path} is not a translation file this can add keys to (not valid JSON, or no "entries" object); fix it first (npm run charts names the problem)`);
    process.exit(1);
  }
  if (updated.added.length) await writeFile(path, updated.text);
  const untranslated = [...english.keys()].filter((key) => !existing.entries.get(key)?.translation).length;
  console.log(`${updated.added.length ? "Wrote" : "Left"} ${path}: ${english.size} keys, ${updated.added.length} added, ${untranslated} to translate`);
}
