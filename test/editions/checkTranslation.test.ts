/**
 * The translation checks a desk relies on: all four files are complete and sound for the story; a figure
 * typed by hand, a lost or invented placeholder, broken ICU syntax and a missing key are problems located
 * by file, line and key, listed all at once; a translation made from older English is a warning naming the key.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { checkTranslation, numbersIn } from "../../src/editions/checkTranslation.js";
import { sourceTexts } from "../../src/editions/sourceTexts.js";
import { parseTranslationFile } from "../../src/editions/translationFile.js";
import { figureValues, readTranslations } from "../../src/editions/translations.js";
import { languageOf } from "../../src/editions/languages.js";
import { formatProblem, formatWarning } from "../../src/input/problems.js";
import { readDataset } from "../../src/input/readDataset.js";
import { fixtureWith, readFixture } from "../support/fixtures.js";
import { fixtureTranslation } from "../support/editions.js";

const dataset = await readFixture();
const english = sourceTexts(dataset);
const figures = figureValues(dataset, headlineFigures(dataset));

/** A translation file in the project's layout from entries, to check. */
function file(entries: Record<string, string>, en: Record<string, string> = {}): string {
  const lines = Object.entries(entries).map(([key, translation]) => `    ${JSON.stringify(key)}: {\n      "en": ${JSON.stringify(en[key] ?? english.get(key))},\n      "translation": ${JSON.stringify(translation)}\n    }`);
  return `// test\n{\n  "language": "fr",\n  "status": "needs native editor review",\n  "entries": {\n${lines.join(",\n")}\n  }\n}\n`;
}

async function frenchWith(changes: Record<string, string | undefined>, en: Record<string, string> = {}) {
  const fr = await fixtureTranslation("fr");
  const entries = Object.fromEntries([...fr.entries].map(([key, e]) => [key, e.translation]));
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete entries[key];
    else entries[key] = value;
  }
  const { translation, problems } = parseTranslationFile(file(entries, en), "data/translations/fr.json");
  expect(problems).toEqual([]);
  const check = checkTranslation(translation!, english, figures);
  return { problems: check.problems.map(formatProblem), warnings: check.warnings.map(formatWarning), text: file(entries, en) };
}

const lineOf = (text: string, key: string) => text.split("\n").findIndex((line) => line.includes(`"${key}"`)) + 3; // the translation's line

describe("translation files", () => {
  it.each(["fr", "ru", "ar", "zh"])("%s is complete and sound for the story, and marked for a native editor's review", async (lang) => {
    const translation = await fixtureTranslation(lang);
    expect(translation.language).toBe(lang);
    expect(translation.status).toBe("needs native editor review");
    const check = checkTranslation(translation, english, figures);
    expect(check.problems.map(formatProblem)).toEqual([]);
    expect(check.warnings.map(formatWarning)).toEqual([]);
  });

  it("flags a figure typed by hand where a placeholder belongs, with file, line and key", async () => {
    const key = "chart.cumulative-deaths.headline";
    const { problems, text } = await frenchWith({ [key]: "Au moins 16 morts à la frontière tadjiko-afghane depuis novembre" });
    expect(problems).toEqual([
      `data/translations/fr.json, line ${lineOf(text, key)}, key "${key}": found "Au moins 16 morts à la frontière tadjiko-afghane depuis novembre"; expected the placeholder {killedAtLeast} the English has`,
      `data/translations/fr.json, line ${lineOf(text, key)}, key "${key}": found "Au moins 16 morts à la frontière tadjiko-afghane depuis novembre"; expected figures only from the data: "16" is typed by hand; write {killedAtLeast}`,
    ]);
  });

  it("flags a figure typed in Arabic-Indic digits too", async () => {
    expect(numbersIn("١٦ قتيلًا و٢")).toEqual([16, 2]);
    const { problems } = await frenchWith({ "ui.alt.none": "aucun (١٤)" });
    expect(problems.join("\n")).toMatch(/key "ui\.alt\.none": found "aucun \(١٤\)"; expected figures only from the data: "14" is typed by hand, and the English gives no such number/);
  });

  // Found by an attack on the French file: each drew a number the data does not say, and built.
  describe("never a number other than the data's and the English's", () => {
    const headline = "chart.cumulative-deaths.headline";
    const french = "Au moins {killedAtLeast, plural, one {# mort} other {# morts}} à la frontière tadjiko-afghane depuis novembre";
    const expected = async (changes: Record<string, string>) => (await frenchWith(changes)).problems.map((problem) => problem.replace(/^.*; expected /, ""));

    it("a plural form past =2 that leaves its figure to words", async () => {
      expect(await expected({ [headline]: french.replace("one {# mort}", "one {# mort} =16 {quinze morts}") })).toEqual([expect.stringMatching(/^\{killedAtLeast\} written out in every form/)]);
    });

    it("not a Chinese full-width comma before a number, after a placeholder", async () => {
      const key = "ui.alt.none";
      expect(await expected({ [key]: "{itemisedKilled}，3" })).not.toContainEqual(expect.stringMatching(/right after a placeholder/));
    });

    it("a figure left to words in a form where the English leaves it out only for grammar", async () => {
      const gap = (await fixtureTranslation("fr")).entries.get("ui.note.tallyGap")!.translation;
      expect(gap).toContain("other {les # autres n’ont}");
      expect(await expected({ "ui.note.tallyGap": gap.replace("other {les # autres n’ont}", "other {quelques autres n’ont}") })).toEqual([expect.stringMatching(/^\{unitemised\} written out in every form/)]);
    });

    it("a digit or a mark against a placeholder", async () => {
      expect(await expected({ [headline]: french.replace("Au moins {", "Au moins 1{") })).toEqual([expect.stringMatching(/^a space or a word between a placeholder and any digit or mark: " moins 1" right before a placeholder/), expect.stringMatching(/"1" is not one of them/)]);
      expect(await expected({ [headline]: french.replace("}} à la", "}}\u0338 à la") })).toEqual([expect.stringMatching(/right after a placeholder would join or mark the figure/)]);
      expect(await expected({ [headline]: french.replace("Au moins {", "Au moins {killedAtLeast}{") })).toContainEqual(expect.stringMatching(/two figures: written together, 16 and 16 are drawn 1616/));
      expect(await expected({ "ui.alt.none": "{itemisedKilled}\u202f000" })).toContainEqual(expect.stringMatching(/000" right after a placeholder/));
    });

    it("a number the English does not write, or one it writes left out", async () => {
      expect(await expected({ "incident.2025-11-26-shohin-sm-camp.label": "30 ouvriers chinois tués dans l’attaque d’un campement" })).toEqual(['only the numbers the English writes (3): "30" is not one of them']);
      const notes = (await fixtureTranslation("fr")).entries.get("story.notes.2")!.translation;
      expect(await expected({ "story.notes.2": notes.replace("18 janvier", "19 janvier") })).toEqual(['only the numbers the English writes (18, 24): "19" is not one of them', "the number 18 the English writes, in digits"]);
    });

    it("the number of a month the English names, only where it is written as a month", async () => {
      expect(english.get(headline)).toMatch(/since November/);
      expect(await expected({ [headline]: french.replace("depuis novembre", "depuis novembre, dont 11 gardes") })).toEqual(['only the numbers the English writes (none): "11" is not one of them']);
    });

    it("as a newsroom writes them: a count the English spells out in digits, a small number in words or grammar", async () => {
      const notes = (await fixtureTranslation("fr")).entries.get("story.notes.1")!.translation;
      expect(english.get("story.notes.1")).toMatch(/that five were injured/);
      expect(await expected({ "story.notes.1": notes.replace(/cinq/, "5") })).toEqual([]);
      expect(await expected({ "incident.2025-11-30-shodak-road-crew.label": "deux ouvriers chinois du chantier routier tués" })).toEqual([]);
    });

    // Checked against today's English, never the file's own "en" (which its author writes): a translation
    // made from older English is used while it fits today's, and set aside when it does not.
    it("made from older English: used while it fits, set aside when a number or placeholder no longer does", async () => {
      const label = "incident.2025-11-26-shohin-sm-camp.label";
      const reworded = await frenchWith({ [label]: "3 ouvriers chinois tués dans une attaque" }, { [label]: "3 Chinese workers killed in an attack" });
      expect(reworded.problems).toEqual([]);
      expect(reworded.warnings).toEqual([expect.stringMatching(/the English changed after this was translated .*; the edition uses the old translation until it is updated$/)]);
      const recounted = await frenchWith({ [label]: "30 ouvriers chinois tués dans l’attaque d’un campement" }, { [label]: "30 Chinese workers killed in attack on camp" });
      expect(recounted.problems).toEqual([]);
      expect(recounted.warnings[0]).toMatch(/and the old translation no longer fits it \(only the numbers the English writes \(3\): "30" is not one of them\); the edition writes its own until it is updated$/);
      // A count corrected in the English may be a word in the translation: changed numbers set it aside too.
      const spelt = await frenchWith({ [label]: "trois ouvriers chinois tués dans l’attaque d’un campement" }, { [label]: "30 Chinese workers killed in attack on camp" });
      expect(spelt.warnings[0]).toMatch(/no longer fits it \(a translation of today's numbers \(the English no longer writes 30\)\); the edition writes its own/);
      const headline = "chart.cumulative-deaths.headline";
      const older = "At least {killedAtLeast} killed since November";
      const held = await frenchWith({ [headline]: "Au moins {killedAtLeast} morts depuis novembre, dont {itemisedKilled} détaillés" }, { [headline]: `${older}, {itemisedKilled} itemised` });
      expect(held.problems).toEqual([expect.stringMatching(/key "chart\.cumulative-deaths\.headline": found .*; expected a translation of .*: this one was made from .* and no longer fits it \(only the English's placeholders \(\{killedAtLeast\}\), not \{itemisedKilled\}\)$/)]);
    });

    it("a figure typed in superscript digits, or kept apart by an invisible character", async () => {
      for (const typed of ["¹⁶", "1\u200d6", "1\u034f6"]) {
        expect(await expected({ [headline]: `${french} (${typed})` })).toEqual(['figures only from the data: "16" is typed by hand; write {killedAtLeast}']);
      }
    });
  });

  // A later incident can make 1 one of the data's figures (one death not itemised, say): the month of a
  // date and a plural selector are then still not figures typed by hand, but a 1 in the words still is.
  describe("when 1 is one of the data's figures", () => {
    const withOne = new Map([...figures, [1, ["unitemised"]]]);
    const check = (key: string, translation: string) => {
      const { translation: parsed } = parseTranslationFile(file({ [key]: translation }), "data/translations/fr.json");
      return checkTranslation(parsed!, new Map([[key, english.get(key)!]]), withOne).problems.map(formatProblem);
    };

    it("takes the month of a date the English names for a date, not a figure: 1月18日 for 18 January", () => {
      expect(english.get("story.notes.2")).toMatch(/18 January/);
      expect(check("story.notes.2", "阿富汗消息来源称，1月18日死亡的那批人员可能是毒贩；自由欧洲电台/自由电台塔吉克语部（Radio Ozodi）的消息来源称12月24日的那批人员为走私者。")).toEqual([]);
      // The month, but not a year the English does not write.
      expect(check("story.notes.2", "阿富汗消息来源称，18.01.2026死亡的那批人员可能是毒贩；12月24日的那批人员为走私者。")).toEqual([expect.stringMatching(/expected only the numbers the English writes \(18, 24\): "2026" is not one of them$/)]);
    });

    it("still flags a 1 where the English names no January", () => {
      expect(english.get("story.credit")).toBe("Graphic: Border desk");
      expect(check("story.credit", "1月")).toEqual([expect.stringMatching(/key "story\.credit": found "1月"; expected figures only from the data: "1" is typed by hand, and the English gives no such number$/)]);
    });

    it("takes a plural selector (=1) for ICU syntax, but flags a 1 written in a plural's words", () => {
      const key = "ui.map.note.districtCircles";
      const selector = "Cercles ombrés en pointillés : les données ne situent {district, plural, =1 {cet incident} other {ces # incidents}} qu’au niveau du district.";
      expect(check(key, selector)).toEqual([]);
      expect(check(key, selector.replace("{cet incident}", "{1 incident}"))).toEqual([expect.stringMatching(/expected figures only from the data: "1" is typed by hand/)]);
    });
  });

  it("passes every edition's real file after a later incident leaves one death of the tally unitemised", async () => {
    // 15 itemised against AFP's 16: 1 becomes one of the data's figures, as it would for the desk.
    const row = "2026-01-10-synthetic,2026-01-10,Khatlon,Shamsiddin Shohin,Synthetic place,37.84,70.04,district,0,0,1,0,0,1 killed (synthetic),SYNTHETIC TEST ROW.,Synthetic,https://example.org/synthetic\n";
    const dir = await fixtureWith("events.csv", (text) => text + row);
    const dataset = await readDataset(dir);
    const headline = headlineFigures(dataset);
    expect(headline.unitemisedKilled).toBe(1);
    for (const lang of ["fr", "ru", "ar", "zh"]) {
      const path = join(dir, "translations", `${lang}.json`);
      const text = await readFile(path, "utf8");
      const end = text.lastIndexOf("\n  }\n}");
      const entry = (field: string, en: string, translation: string) => `,\n    "incident.2026-01-10-synthetic.${field}": { "en": ${JSON.stringify(en)}, "translation": ${JSON.stringify(translation)} }`;
      await writeFile(path, text.slice(0, end) + entry("label", "1 killed (synthetic)", `1 (${lang}, synthetic)`) + entry("location", "Synthetic place", "Synthetic place") + text.slice(end));
    }
    const { problems } = await readTranslations(dir, ["fr", "ru", "ar", "zh"].map((lang) => languageOf(lang)!), dataset, headline);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("flags a placeholder missing from or added to a translation", async () => {
    const { problems } = await frenchWith({ "ui.label.atLeast": "Au moins {killedAtLeast}", "ui.bar.noneItemised": "Aucun ({tally})" });
    expect(problems).toEqual([
      expect.stringMatching(/line \d+, key "ui\.label\.atLeast": found "Au moins \{killedAtLeast\}"; expected the placeholder \{tally\} the English has$/),
      expect.stringMatching(/line \d+, key "ui\.bar\.noneItemised": found "Aucun \(\{tally\}\)"; expected only the English's placeholders \(none\), not \{tally\}$/),
    ]);
  });

  it("lists every missing required translation at once; an incident's label and location may come later, with a warning", async () => {
    const { problems, warnings } = await frenchWith({
      "story.credit": undefined,
      "place.district.Darvoz": undefined,
      "incident.2026-01-18-khirmandjo-post.label": undefined,
      "incident.2026-01-18-khirmandjo-post.location": "",
      "ui.csv.note": "  ",
    });
    expect(problems).toEqual([
      'data/translations/fr.json, key "story.credit": expected a translation of "Graphic: Border desk"',
      'data/translations/fr.json, key "place.district.Darvoz": expected a translation of "Darvoz"',
      expect.stringMatching(/^data\/translations\/fr\.json, line \d+, key "ui\.csv\.note": expected a translation of "note"$/),
    ]);
    expect(warnings).toEqual([
      "data/translations/fr.json: 1 incident has no translated label or location yet (incident.2026-01-18-khirmandjo-post.label, incident.2026-01-18-khirmandjo-post.location): the edition writes the label from the counts and categories and names the place by its district until a translator adds them",
    ]);
  });

  it("locates broken ICU syntax and characters a chart cannot carry", async () => {
    const { problems } = await frenchWith({ "ui.alt.none": "aucun {", "ui.csv.note": "note\u0007" });
    expect(problems).toEqual([
      expect.stringMatching(/key "ui\.alt\.none": found "aucun \{"; expected text with placeholders in ICU MessageFormat .*EXPECT_ARGUMENT_CLOSING_BRACE|key "ui\.alt\.none": found "aucun \{"; expected text with placeholders in ICU MessageFormat/),
      expect.stringMatching(/key "ui\.csv\.note": found "note\\u0007"; expected text without hidden control characters/),
    ]);
  });

  it("warns, naming the key, when the English changed after the translation was made", async () => {
    const key = "story.notes.1";
    const { problems, warnings, text } = await frenchWith({}, { [key]: "Injured in the November attacks: 1 and 2." });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      `data/translations/fr.json, line ${lineOf(text, key)}, key "${key}": the English changed after this was translated (from "Injured in the November attacks: 1 and 2." to ${JSON.stringify(english.get(key))}); the edition uses the old translation until it is updated`,
    ]);
  });

  it("reports a file that is not JSON with its line", () => {
    const { problems } = parseTranslationFile('{\n  "language": "fr",\n  "status": "x"\n  "entries": {}\n}', "data/translations/fr.json");
    expect(problems.map(formatProblem)).toEqual(['data/translations/fr.json, line 4: expected valid JSON (CommaExpected)']);
  });
});

describe("translation files checked again (watch mode checks every file on every save)", () => {
  it("give a fresh result whenever the file, the English or the figures differ", async () => {
    const data = await fixtureWith("story.json", (text) => text);
    const french = [languageOf("fr")!];
    const read = () => readTranslations(data, french, dataset, headlineFigures(dataset));
    expect((await read()).problems).toEqual([]);
    const path = join(data, "translations", "fr.json");
    const text = await readFile(path, "utf8");
    // Broken ICU syntax is a problem, said again on every check while it is there…
    await writeFile(path, text.replace('"translation": "Où se sont produits', '"translation": "Où {se sont produits'));
    expect((await read()).problems.map(formatProblem)).toEqual([expect.stringContaining("chart.incident-map.headline")]);
    expect((await read()).problems).toHaveLength(1);
    // …and gone once the file is put back.
    await writeFile(path, text);
    expect((await read()).problems).toEqual([]);
    // The same file against English that moved on: the translation is older than its English.
    const moved = structuredClone(dataset.story);
    moved.charts["incident-map"].headline += " (updated)";
    const newer = await readTranslations(data, french, { ...dataset, story: moved }, headlineFigures(dataset));
    expect(newer.warnings.map(formatWarning)).toEqual([expect.stringContaining("chart.incident-map.headline")]);
    expect((await read()).warnings).toEqual([]);
  });

  it("say a remembered file's problems once per check, against English that moves on every save", async () => {
    const data = await fixtureWith("story.json", (text) => text);
    const languages = ["fr", "ar"].map((lang) => languageOf(lang)!);
    // The French file names another language; the Arabic one has a character none of its fonts draws.
    const fr = join(data, "translations", "fr.json");
    await writeFile(fr, (await readFile(fr, "utf8")).replace('"language": "fr"', '"language": "de"'));
    const ar = join(data, "translations", "ar.json");
    await writeFile(ar, (await readFile(ar, "utf8")).replace(/("chart\.incident-map\.headline": \{[^}]*"translation": ")/, "$1\u{1F5FA} "));
    for (const headline of ["A", "B", "C"]) {
      const story = structuredClone(dataset.story);
      story.charts["incident-map"].headline = headline;
      const { problems } = await readTranslations(data, languages, { ...dataset, story }, headlineFigures(dataset));
      expect(problems.map(formatProblem), headline).toEqual([
        expect.stringContaining('key "language": found "de"'),
        expect.stringMatching(/ar\.json, line \d+, key "chart\.incident-map\.headline": .*none has "\u{1F5FA}"/u),
      ]);
    }
  });
});

describe("malformed translation files (issue 30)", () => {
  const fr = "data/translations/fr.json";
  const problemsOf = (text: string) => parseTranslationFile(text, fr).problems.map(formatProblem);
  const entry = (translation: string) => `{ "en": "Killed", "translation": ${JSON.stringify(translation)} }`;

  it("refuses a second top-level \"entries\": the build read the first, JSON.parse and Python the second", () => {
    const text = `{\n  "language": "fr",\n  "status": "needs native editor review",\n  "entries": {\n    "ui.a": ${entry("Tués")}\n  },\n  "entries": {\n    "ui.a": ${entry("Autre")}\n  }\n}\n`;
    expect(problemsOf(text)).toEqual([`${fr}, line 7, key "entries": expected each key once in its object (line 4 has "entries" already; JSON would silently keep only the last)`]);
  });

  it("refuses a repeated \"language\", \"status\", entry key or entry field, each located", () => {
    const text = [
      "{",
      '  "language": "fr",',
      '  "language": "ru",',
      '  "status": "needs native editor review",',
      '  "status": "reviewed by nobody",',
      '  "entries": {',
      `    "ui.a": ${entry("Tués")},`,
      '    "ui.b": { "en": "Killed",',
      '      "translation": "Tués",',
      '      "translation": "=evil" },',
      `    "ui.a": ${entry("Autre")}`,
      "  }",
      "}",
    ].join("\n");
    expect(problemsOf(text)).toEqual([
      `${fr}, line 3, key "language": expected each key once in its object (line 2 has "language" already; JSON would silently keep only the last)`,
      `${fr}, line 5, key "status": expected each key once in its object (line 4 has "status" already; JSON would silently keep only the last)`,
      `${fr}, line 10, key "ui.b": expected each key once in its object (line 9 has "translation" already; JSON would silently keep only the last)`,
      `${fr}, line 11, key "ui.a": expected each key once in its object (line 7 has "ui.a" already; JSON would silently keep only the last)`,
    ]);
  });

  it("refuses a file nested too deep with a located problem, before parsing it (100,000 levels ended in a stack overflow)", () => {
    const depth = 100_000;
    const text = `{\n  "language": "fr",\n  "status": "x",\n  "entries": {\n    "ui.a": ${"[".repeat(depth)}${"]".repeat(depth)}\n  }\n}\n`;
    const started = performance.now();
    expect(problemsOf(text)).toEqual([`${fr}, line 5: expected at most 20 levels of nested [ ] and { } (a translation file needs three)`]);
    expect(performance.now() - started).toBeLessThan(500);
    // Braces in a translation or a comment are text, not nesting.
    expect(problemsOf(`// {{{{{{{{{{{{{{{{{{{{{{{{\n{ "language": "fr", "status": "x", "entries": { "ui.a": ${entry("{".repeat(30))} } }`)).toEqual([]);
  });
});

describe("hidden characters in translations (issue 30)", () => {
  const fr = "data/translations/fr.json";

  it("refuses control, direction and invisible format characters in \"status\", which the build prints to the terminal", () => {
    for (const status of ["\u001b[1A\u001b[2Kreviewed by A. Editor", "\u001b]0;x\u0007reviewed", "re\u0000viewed", "reviewed\u009b2K", "\u202ereviewed", "reviewed\u200f", "reviewed\u200b"]) {
      const text = `{\n  "language": "fr",\n  "status": ${JSON.stringify(status)},\n  "entries": {}\n}\n`;
      const { translation, problems } = parseTranslationFile(text, fr);
      expect(problems).toEqual([]);
      const found = checkTranslation(translation!, new Map(), figures).problems.map(formatProblem);
      expect(found, JSON.stringify(status)).toEqual([expect.stringMatching(/^data\/translations\/fr\.json, line 3, key "status": found .*; expected text without (hidden control characters|invisible direction controls|invisible format characters)/)]);
    }
  });

  it("refuses them in every translated field, located, as the data's cells are refused; joiners that shape a script stay allowed", async () => {
    const key = "chart.cumulative-deaths.headline";
    const ok = (await fixtureTranslation("fr")).entries.get(key)!.translation;
    const cases: [string, RegExp][] = [
      [`${ok}\u001b[2K`, /hidden control characters/],
      [`${ok}\u0000`, /hidden control characters/],
      [`${ok}\tx`, /hidden control characters/],
      [`${ok}\u0085`, /invisible format characters|hidden control characters/],
      [`\u200f${ok}\u200f`, /invisible direction controls \(U\+202A–202E, U\+2066–2069, U\+200E, U\+200F, U\+061C\)/],
      [`\u061c${ok}`, /invisible direction controls/],
      [`${ok}\u2067x\u2069`, /invisible direction controls/],
      [`${ok}\u200b`, /invisible format characters/],
      [`${ok}\u00ad`, /invisible format characters/],
    ];
    for (const [translation, expected] of cases) {
      const { problems, text } = await frenchWith({ [key]: translation });
      expect(problems, JSON.stringify(translation)).toEqual([expect.stringMatching(new RegExp(`^${fr.replace(/\./g, "\\.")}, line ${lineOf(text, key)}, key "${key}": found .*; expected text without`))]);
      expect(problems[0], JSON.stringify(translation)).toMatch(expected);
    }
    expect((await frenchWith({ [key]: `${ok}\u200c\u200d` })).problems).toEqual([]);
  });

  it("names a file saved as UTF-16 or Latin-1 as such, once", async () => {
    const data = await fixtureWith("story.json", (text) => text);
    const fr = join(data, "translations", "fr.json");
    const text = await readFile(fr, "utf8");
    const read = async () => (await readTranslations(data, [languageOf("fr")!], dataset, headlineFigures(dataset))).problems.map(formatProblem);
    await writeFile(fr, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(await read()).toEqual([expect.stringMatching(/fr\.json, line 1: found "UTF-16 text \(little-endian, with a byte-order mark\)"; expected UTF-8 text/)]);
    await writeFile(fr, Buffer.from(text.replace(/[^\x00-\xff]/g, "?"), "latin1"));
    expect(await read()).toEqual([expect.stringMatching(/fr\.json, line \d+: found ".*\(not UTF-8: probably Latin-1 or Windows-1252\)"; expected UTF-8 text/)]);
  });

  it("checks glyphs with every direction control taken out, not only the first", async () => {
    const data = await fixtureWith("story.json", (text) => text);
    // French is set in Source Sans alone, whose glyph check counts every character it is given.
    const fr = join(data, "translations", "fr.json");
    await writeFile(fr, (await readFile(fr, "utf8")).replace(/("chart\.incident-map\.headline": \{[^}]*"translation": ")/, "$1\u2067x\u2069 \u2067y\u2069 "));
    const { problems } = await readTranslations(data, [languageOf("fr")!], dataset, headlineFigures(dataset));
    // One problem, the direction controls; the glyph check saw none of them, so it names no empty box.
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/fr\.json, line \d+, key "chart\.incident-map\.headline": found .*; expected text without invisible direction controls/)]);
  });
});

describe("translated text's length (issue 30)", () => {
  it("refuses a 10,000-character headline with its line and key, at once, before any layout (it took 17.6 s and 915 MB to draw)", async () => {
    const key = "chart.cumulative-deaths.headline";
    const long = `Au moins {killedAtLeast} morts ${"à la frontière ".repeat(700)}`.slice(0, 10_000);
    const started = performance.now();
    const { problems, text } = await frenchWith({ [key]: long });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^data/translations/fr\\.json, line ${lineOf(text, key)}, key "${key.replace(/\./g, "\\.")}": found "Au moins .*… \\(10,000 characters in all\\)"; expected at most 400 characters for a headline \\(or twice the English's length, when that is more\\); shorten it$`)),
    ]);
  });

  it("scales the limit to the field: a place name is short, a UI message may carry six plural forms", async () => {
    const limits: [string, number][] = [["place.district.Darvoz", 100], ["story.notes.1", 1_000], ["ui.alt.none", 2_000], ["category.killed_border_guards.label", 300]];
    for (const [key, limit] of limits) {
      expect(english.has(key), key).toBe(true);
      const max = Math.max(limit, 2 * english.get(key)!.length);
      const fits = "x".repeat(max);
      expect((await frenchWith({ [key]: fits })).problems.filter((p) => p.includes("shorten it")), key).toEqual([]);
      expect((await frenchWith({ [key]: `${fits}x` })).problems, key).toEqual([expect.stringContaining(`expected at most ${max.toLocaleString("en")} characters`)]);
    }
  });

  it("refuses a status longer than a line", () => {
    const text = `{\n  "language": "fr",\n  "status": ${JSON.stringify("reviewed ".repeat(30))},\n  "entries": {}\n}\n`;
    const { translation } = parseTranslationFile(text, "data/translations/fr.json");
    expect(checkTranslation(translation!, new Map(), figures).problems.map(formatProblem)).toEqual([expect.stringMatching(/line 3, key "status": found .*; expected at most 200 characters for the review status; shorten it$/)]);
  });
});

describe("a translation moves words around the data's numbers, never changes, hides or reformats them (issue 30)", () => {
  const headline = "chart.cumulative-deaths.headline";
  const dek = "chart.cumulative-deaths.dek";
  it.each([
    ["an offset", `Au moins {killedAtLeast, plural, offset:1 one {# mort} other {# morts}}`, /offset:1 …\} changes the figure it writes; use no offset/],
    ["a format of its own", `{killedAtLeast, number, percent} morts`, /\{killedAtLeast, number…\} formats the value itself; write \{killedAtLeast\}/],
    ["forms that write no figure", `{killedAtLeast, plural, one {Un mort} other {Beaucoup de morts}} à la frontière`, /\{killedAtLeast\} written out in every form, as the English writes it/],
    ["a select over a figure", `{killedAtLeast, select, other {#}} morts`, /\{killedAtLeast\} used as the English uses it, not chosen by with select/],
  ])("refuses %s in a headline, located", async (_, text, expected) => {
    const { problems } = await frenchWith({ [headline]: text });
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(new RegExp(`^data/translations/fr\\.json, line \\d+, key "${headline}": found `));
    expect(problems.some((problem) => expected.test(problem)), problems.join("\n")).toBe(true);
  });

  it.each([
    ["as a number", `Morts du {sinceDate, number} au {asOfDate}`],
    ["as a date", `Morts du {sinceDate, date, long} au {asOfDate}`],
  ])("refuses a date the edition has written formatted again %s", async (_, text) => {
    const { problems } = await frenchWith({ [dek]: text });
    expect(problems).toEqual([expect.stringMatching(/key "chart\.cumulative-deaths\.dek": found .*; expected \{sinceDate, (number|date)…\} formats the value itself/)]);
  });

  it("lets a form leave the figure to its words where the English's does, or where it stands for one number", async () => {
    // French "one" is 0 and 1, yet the English's own "one" form says "death has" with no figure.
    const { problems } = await frenchWith({});
    expect(problems).toEqual([]);
    // An exact =1 form stands for one number in any language.
    const exact = await frenchWith({ [headline]: "Au moins {killedAtLeast, plural, =1 {un mort} other {# morts}} à la frontière tadjiko-afghane depuis novembre" });
    expect(exact.problems).toEqual([]);
  });
});

describe("what the build prints of a translation file", () => {
  it("writes a refused value's escapes, C1 codes and direction controls as \\u escapes: a file cannot rewrite the terminal", async () => {
    const forged = "needs native editor review\u001b[2K\u001b]0;x\u0007\u009b1Areviewed by the desk \u202e";
    const { problems } = await frenchWith({ "story.credit": forged });
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(problems.join("\n").toLowerCase()).toContain("\\u001b[2k");
    expect(problems.join("\n").toLowerCase()).toContain("\\u009b1a");
  });
});

