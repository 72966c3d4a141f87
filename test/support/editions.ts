import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Dataset } from "../../src/dataset/types.js";
import { languageOf } from "../../src/editions/languages.js";
import { translateDataset } from "../../src/editions/translateDataset.js";
import { parseTranslationFile, type TranslationFile } from "../../src/editions/translationFile.js";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { readTranslations } from "../../src/editions/translations.js";
import { readDataset } from "../../src/input/readDataset.js";
import { dataDir, fixtureDir } from "./fixtures.js";

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

/**
 * The data as published (data/, or a scratch copy of it), in English and in every edition its translation
 * files make: what the desk's readers see. Any problem in a file throws (the build would not publish that
 * edition either).
 */
export async function publishedEditions(dir = dataDir): Promise<{ lang: string; dataset: Dataset }[]> {
  const dataset = await readDataset(dir);
  const languages = ["fr", "ru", "ar", "zh"].map((lang) => languageOf(lang)!);
  const { files, problems } = await readTranslations(dir, languages, dataset, headlineFigures(dataset));
  if (problems.length) throw new Error(`${dir}/translations: ${JSON.stringify(problems)}`);
  return [{ lang: "en", dataset }, ...languages.map((language) => ({ lang: language.lang, dataset: translateDataset(dataset, language, files.get(language.lang)!) }))];
}
