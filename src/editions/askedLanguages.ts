/**
 * Which editions a build makes: every language with a translation file by default, or those `--lang`
 * names. Kept apart from the build so that a build with nothing to do can answer it without loading
 * the charting libraries.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { languageOf, languages, type Language } from "./languages.js";

export const translationsFolder = "translations";

export function translationPath(dataDir: string, lang: string): string {
  return join(dataDir, translationsFolder, `${lang}.json`);
}

/**
 * The editions `npm run charts` builds besides English: every language the embedded fonts cover that
 * has a translation file (a story not yet translated builds in English alone).
 */
export function defaultLanguages(dataDir: string): Language[] {
  return languages.filter((language) => language.fontCovers && existsSync(translationPath(dataDir, language.lang)));
}

/** Which languages a `--lang` list names; unknown or unbuildable ones are usage errors, said plainly. */
export function askedLanguages(langs: readonly string[] | undefined, dataDir: string): { english: boolean; translated: Language[]; error?: string } {
  if (!langs?.length) return { english: true, translated: defaultLanguages(dataDir) };
  const translated: Language[] = [];
  for (const lang of langs) {
    if (lang === "en") continue;
    const language = languageOf(lang);
    if (!language) return { english: false, translated, error: `unknown language "${lang}"; editions: en, ${languages.map((l) => l.lang).join(", ")}` };
    if (!language.fontCovers) return { english: false, translated, error: `the ${language.name} (${lang}) edition cannot be built yet: its script needs a font of its own (docs/editions.md)` };
    translated.push(language);
  }
  return { english: langs.includes("en"), translated };
}
