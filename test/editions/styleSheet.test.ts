/**
 * The style sheets (data/style/<lang>.json) and the check that holds the translation files to them:
 * every sheet is valid and every edition follows its own; each variant a sheet forbids is caught, in
 * the keys its rule names, in a text's words but not its ICU syntax, whatever its case; and a build's
 * translation check names the file, line and key, as a problem or a warning as the rule says.
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { styleFindings } from "../../src/editions/checkStyle.js";
import { languageOf } from "../../src/editions/languages.js";
import { parseStyleSheet, styleSheetPath, type StyleSheet } from "../../src/editions/styleSheet.js";
import { parseTranslationFile } from "../../src/editions/translationFile.js";
import { readTranslations } from "../../src/editions/translations.js";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { formatProblem, formatWarning } from "../../src/input/problems.js";
import { dataDir, fixtureWith, readFixture } from "../support/fixtures.js";

const sheetOf = (lang: string): StyleSheet => {
  const { sheet, problems } = parseStyleSheet(readFileSync(styleSheetPath(dataDir, lang), "utf8"), `data/style/${lang}.json`);
  expect(problems).toEqual([]);
  return sheet!;
};

/** One text holding `words` (ICU-quoted where a variant has a brace) under `key`. */
const textWith = (key: string, words: string) => [{ key, text: `x ${words.replace(/[{}]/g, "'$&'")} y`, line: 7 }];

describe("style sheets", () => {
  it.each(["fr", "ru", "ar", "zh"])("%s: the sheet is valid and the edition's translation file follows it", (lang) => {
    const sheet = sheetOf(lang);
    expect(sheet.language).toBe(lang);
    expect(sheet.rules.every((rule) => rule.source.length > 0)).toBe(true);
    const { translation } = parseTranslationFile(readFileSync(join(dataDir, "translations", `${lang}.json`), "utf8"), lang);
    const texts = [...translation!.entries.values()].map(({ key, translation: text, line }) => ({ key, text, line }));
    expect(styleFindings(texts, sheet).map(({ key, found }) => `${key}: ${found}`)).toEqual([]);
  });

  // Data-driven: a variant added to a sheet is tested with no new test. Each is caught where its rule applies.
  for (const lang of ["en", "fr", "ru", "ar", "zh"]) {
    const sheet = sheetOf(lang);
    const cases = sheet.rules.flatMap((rule) => rule.never.map((variant) => [rule.topic, variant, rule.keys[0] ?? "ui.alt.none", rule] as const));
    it.each(cases)(`${lang}: catches the forbidden variant (%s) %j`, (_, variant, key, rule) => {
      expect(styleFindings(textWith(key, variant), sheet)).toEqual([{ key, line: 7, text: expect.any(String), found: variant, rule }]);
    });
  }

  it("catches a variant whatever its case, only in the keys its rule names, and never in ICU syntax", () => {
    const ru = sheetOf("ru");
    expect(styleFindings(textWith("place.district.Shamsiddin Shohin", "ШАМСИДДИН-ШОХИНСКИЙ р-н"), ru).map((f) => f.found)).toEqual(["Шамсиддин-Шохинск"]);
    const fr = sheetOf("fr");
    expect(styleFindings(textWith("ui.alt.gap", "Le décompte compte"), fr).map((f) => f.found)).toEqual([" compte "]);
    expect(styleFindings(textWith("story.notes.2", "Le décompte compte"), fr)).toEqual([]);
    // Chinese forbids the half-width comma in words; a plural's own commas are syntax.
    const zh = sheetOf("zh");
    expect(styleFindings([{ key: "ui.table.incidentCount", text: "{count, plural, other {#起事件}}" }], zh)).toEqual([]);
    expect(styleFindings([{ key: "ui.table.incidentCount", text: "{count, plural, other {#起,事件}}" }], zh).map((f) => f.found)).toEqual([","]);
  });

  it("refuses a sheet it cannot hold a translation to, naming the line", () => {
    const text = '{\n  "language": "ar",\n  "rules": [\n    { "topic": "t", "write": "w", "never": ["x"], "source": "s" },\n    { "topic": "t", "write": "w", "source": "s", "pattern": "(a+)+$" }\n  ]\n}\n';
    expect(parseStyleSheet(text, "data/style/ar.json").problems.map(formatProblem)).toEqual([
      'data/style/ar.json, line 4, key "rules.0.level": expected a "level" ("problem" or "warning") for a rule with variants to check',
      'data/style/ar.json, line 5, key "rules.1": expected only topic, write, never, keys, level, why and source in a rule (not pattern)',
    ]);
  });
});

describe("the build's translation check", () => {
  it("names file, line and key: a wrong place name stops the build, a quotation mark is a warning", async () => {
    const dir = await fixtureWith("translations/ar.json", (text) => text.replace('"ولاية خاتلون"', '"ولاية ختلان"').replace('"انظر «تنزيل البيانات»"', '"انظر \\"تنزيل البيانات\\""'), { languages: ["ar"] });
    await mkdir(join(dir, "style"));
    await writeFile(join(dir, "style", "ar.json"), readFileSync(styleSheetPath(dataDir, "ar"), "utf8"));
    const dataset = await readFixture();
    const { problems, warnings } = await readTranslations(dir, [languageOf("ar")!], dataset, headlineFigures(dataset));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/translations\/ar\.json, line \d+, key "place\.region\.Khatlon": found "ولاية ختلان"; expected خاتلون .*, not "ختلان": Khatlon is written «خاتلون» \(style sheet .*style\/ar\.json, line \d+, with its source\)$/),
    ]);
    expect(warnings.map(formatWarning)).toEqual([expect.stringMatching(/translations\/ar\.json, line \d+, key "ui\.table\.seeData": "\\"" \(U\+0022\) is not this edition's style: write «…», not "\\"" \(U\+0022\) \(style sheet /)]);
  });
});
