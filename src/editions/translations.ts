/**
 * Reads and checks the translation files an edition build asks for: data/translations/<lang>.json.
 * Every problem of every asked-for language is collected before anything is drawn, so a desk sees all
 * missing and broken translations at once; the build then fails and charts/ stays as it was. With
 * `hold`, a file whose only problems are texts not translated yet (a new district's name) is not a
 * problem: its edition is held at its last complete set while the others publish.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeUtf8 } from "../input/decodeUtf8.js";
import type { HeadlineFigures } from "../figures/headlineFigures.js";
import { deathsByCategory } from "../figures/deathsByCategory.js";
import type { Dataset } from "../dataset/types.js";
import { dataFileLabel } from "../input/dataFiles.js";
import { digestOf } from "../input/sourceDigest.js";
import type { Problem, Warning } from "../input/problems.js";
import { bidiControls, measureFor } from "../text/shapedText.js";
import type { Lang } from "../text/fonts.js";
import { checkTranslation } from "./checkTranslation.js";
import { styleFindings } from "./checkStyle.js";
import { parseStyleSheet, styleFolder, styleSheetPath } from "./styleSheet.js";
import type { Language } from "./languages.js";
import { sourceTexts } from "./sourceTexts.js";
import { parseTranslationFile, type TranslationFile } from "./translationFile.js";
import { RecentMemo } from "../recentMemo.js";

import { translationPath, translationsFolder } from "./askedLanguages.js";

export { translationPath, translationsFolder };

/** How problems name a language's file: "data/translations/fr.json". */
export const translationLabel = (dataDir: string, lang: string) => dataFileLabel(dataDir, join(translationsFolder, `${lang}.json`));

/** Each figure the data offers, and the placeholders that carry it, for spotting hand-typed figures. */
export function figureValues(dataset: Dataset, figures: HeadlineFigures): Map<number, string[]> {
  const values = new Map<number, string[]>();
  const add = (value: number | null | undefined, name: string) => {
    if (value == null) return;
    values.set(value, [...(values.get(value) ?? []), name]);
  };
  add(figures.killedAtLeast, "killedAtLeast");
  add(figures.itemisedKilled, "itemisedKilled");
  add(figures.itemisedIncidents, "itemisedIncidents");
  add(figures.tally?.killedAtLeast, "tallyKilled");
  add(figures.tally?.incidentsAtLeast, "tallyIncidents");
  add(figures.unitemisedKilled || undefined, "unitemised");
  for (const { category, killed } of deathsByCategory(dataset.incidents, dataset.categories)) if (killed > 0) add(killed, `the ${category.column} total`);
  return values;
}

export interface CheckedTranslations {
  files: Map<string, TranslationFile>;
  problems: Problem[];
  warnings: Warning[];
  /** With `hold`: each held language, and the keys it needs translated. */
  held: Map<string, string[]>;
}

export async function readTranslations(
  dataDir: string,
  asked: readonly Language[],
  dataset: Dataset,
  figures: HeadlineFigures,
  { hold = false }: { hold?: boolean } = {}
): Promise<CheckedTranslations> {
  const result: CheckedTranslations = { files: new Map(), problems: [], warnings: [], held: new Map() };
  // Every incident's texts by key: three seconds at a million incidents, for nothing when no edition is asked for.
  if (!asked.length) return result;
  const english = sourceTexts(dataset);
  const values = figureValues(dataset, figures);
  // What every file is checked against, digested once for all of them.
  const against = digestOf(JSON.stringify([[...english], [...values]]));
  for (const language of asked) {
    const path = translationPath(dataDir, language.lang);
    const label = translationLabel(dataDir, language.lang);
    let bytes: Buffer;
    try {
      // Read synchronously: a few small files, and watch mode waits on each hop through the thread pool.
      bytes = readFileSync(path);
    } catch {
      result.problems.push({ file: label, expected: `a translation file for the ${language.name} (${language.lang}) edition; copy another language's file and translate it (docs/editions.md, "Add a language")` });
      continue;
    }
    // Saved as UTF-16 or Latin-1, a file is named as such, as a data file is, not as a page of broken JSON.
    const decoded = decodeUtf8(bytes, label);
    if ("problem" in decoded) {
      result.problems.push(decoded.problem);
      continue;
    }
    const text = decoded.text.replace(/\r\n?/g, "\n");
    const style = readStyleSheet(dataDir, language.lang);
    const checked = checkedFile(language, label, text, english, values, against, style);
    result.warnings.push(...checked.warnings);
    // Each missing key is one problem: a file with no other problem is complete but for them.
    if (hold && checked.missing.length && checked.problems.length === checked.missing.length) result.held.set(language.lang, checked.missing);
    else result.problems.push(...checked.problems);
    if (checked.translation) result.files.set(language.lang, checked.translation);
  }
  return result;
}

type Checked = { translation?: TranslationFile; problems: Problem[]; warnings: Warning[]; missing: string[] };

/** A language's style sheet as read (data/style/<lang>.json), or none: a language need not have one. */
type StyleText = { label: string; text: string } | undefined;

function readStyleSheet(dataDir: string, lang: string): StyleText {
  try {
    const text = readFileSync(styleSheetPath(dataDir, lang), "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    return { label: dataFileLabel(dataDir, join(styleFolder, `${lang}.json`)), text };
  } catch {
    return undefined;
  }
}

// Watch mode checks every translation file on every save, though a save changes one file at most; a
// file checked against the same English and figures gives the same result (the fonts and code are
// fixed for a running process). A few sets' worth are remembered.
const remembered = 16;
const checkedBefore = new RecentMemo<Checked>(remembered);

/** `against`: the digest of `english` and `values`. */
function checkedFile(language: Language, label: string, text: string, english: ReadonlyMap<string, string>, values: ReadonlyMap<number, string[]>, against: string, style: StyleText): Checked {
  const key = digestOf(JSON.stringify([language.lang, label, text, against, style ?? null]));
  let checked = checkedBefore.get(key);
  if (!checked) {
    checked = checkFile(language, label, text, english, values, style);
    checkedBefore.set(key, checked);
  }
  return checked;
}

// bidiControls has no g flag (it is used with .test per character): a copy that takes out every one, not only the first.
const everyBidiControl = new RegExp(bidiControls.source, "gu");

function checkFile(language: Language, label: string, text: string, english: ReadonlyMap<string, string>, values: ReadonlyMap<number, string[]>, style: StyleText): Checked {
  const own = ownChecks(language, label, text, style);
  if (!own.translation) return { problems: [...own.before], warnings: [], missing: [] };
  const check = checkTranslation(own.translation, english, values);
  // A translation set aside (made from older English that it no longer fits) is not used: the edition is
  // held for it, or writes its own incident label.
  const { entries } = own.translation;
  const translation = check.setAside.length ? { ...own.translation, entries: new Map([...entries].filter(([key]) => !check.setAside.includes(key))) } : own.translation;
  return { translation, problems: [...own.before, ...check.problems, ...own.after], warnings: [...check.warnings, ...own.warnings], missing: check.missing };
}

/** What a file's text decides by itself (its parse, its language, its glyphs, its style sheet): problems said before and after the English's. */
type OwnChecks = { translation?: TranslationFile; before: Problem[]; after: Problem[]; warnings: Warning[] };

// Every story.json save moves the English, so the checks against it run again; a file's own checks are
// remembered by its text and style sheet, which a save of the English leaves as they were.
const ownBefore = new RecentMemo<OwnChecks>(remembered);

function ownChecks(language: Language, label: string, text: string, style: StyleText): OwnChecks {
  const key = JSON.stringify([language.lang, label, text, style ?? null]);
  let own = ownBefore.get(key);
  if (own) return own;
  const { translation, problems } = parseTranslationFile(text, label);
  const before = [...problems];
  const after: Problem[] = [];
  const warnings: Warning[] = [];
  if (translation) {
    if (translation.language !== language.lang) {
      before.push({ file: label, column: "language", value: translation.language, expected: `"${language.lang}", the language this file is named for` });
    }
    // A character none of the edition's fonts draws would print as an empty box.
    const { missingGlyphs } = measureFor(language.lang as Lang);
    for (const entry of translation.entries.values()) {
      const missing = missingGlyphs(entry.translation.replace(everyBidiControl, ""));
      if (missing.length) after.push({ file: label, line: entry.line, column: entry.key, value: entry.translation, expected: `characters the ${language.name} edition's fonts draw (none has ${missing.map((c) => JSON.stringify(c)).join(", ")})` });
    }
    if (style) checkAgainstStyle(translation, label, style, after, warnings);
  }
  ownBefore.set(key, (own = { translation, before, after, warnings }));
  return own;
}

/**
 * The file against its language's style sheet: a variant the sheet says never to write is a problem or a
 * warning, as its rule says, naming the key, what to write instead and the sheet's line for the reason.
 */
/** A variant as a message shows it: in JSON quotes (a quotation mark or a space stays visible), a lone character with its code point. */
const shown = (variant: string) => {
  const characters = [...variant];
  return characters.length === 1 ? `${JSON.stringify(variant)} (U+${variant.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})` : JSON.stringify(variant);
};

function checkAgainstStyle(translation: TranslationFile, label: string, style: NonNullable<StyleText>, problems: Problem[], warnings: Warning[]): void {
  const { sheet, problems: sheetProblems } = parseStyleSheet(style.text, style.label);
  problems.push(...sheetProblems);
  if (!sheet) return;
  const texts = [...translation.entries.values()].map(({ key, translation: text, line }) => ({ key, text, line }));
  for (const { key, line, text, found, rule } of styleFindings(texts, sheet)) {
    const instead = `${rule.write}, not ${shown(found)}${rule.why ? `: ${rule.why}` : ""} (style sheet ${sheet.file}, line ${rule.line}, with its source)`;
    if (rule.level === "problem") problems.push({ file: label, line, column: key, value: text, expected: instead });
    else warnings.push({ file: label, line, column: key, message: `${shown(found)} is not this edition's style: write ${instead}` });
  }
}
