import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Dataset } from "../../src/dataset/types.js";
import { languageOf } from "../../src/editions/languages.js";
import { translateDataset } from "../../src/editions/translateDataset.js";
import { parseTranslationFile, type TranslationFile } from "../../src/editions/translationFile.js";
import { fixtureDir } from "./fixtures.js";

/** The fixture's translation file for a language, parsed. */
export async function fixtureTranslation(lang: string): Promise<TranslationFile> {
  const file = `translations/${lang}.json`;
  const { translation, problems } = parseTranslationFile(await readFile(join(fixtureDir, file), "utf8"), file);
  if (!translation || problems.length) throw new Error(`${file}: ${JSON.stringify(problems)}`);
  return translation;
}

/** A dataset in a language; `extra` adds translations for keys the fixture's file lacks (test incidents). */
export async function translated(dataset: Dataset, lang: string, extra: Record<string, string> = {}): Promise<Dataset> {
  const file = await fixtureTranslation(lang);
  for (const [key, translation] of Object.entries(extra)) file.entries.set(key, { key, en: "", translation, line: 0 });
  return translateDataset(dataset, languageOf(lang)!, file);
}
