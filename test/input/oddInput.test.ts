/**
 * Input that used to crash the build, publish something other than the data, or be reported misleadingly
 * (issue 12, points 5–8). Each case is a copy of the fixture with one edit.
 */
import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCharts } from "../../src/build/buildCharts.js";
import { readDataset } from "../../src/input/readDataset.js";
import { DataError, formatProblem, formatWarning } from "../../src/input/problems.js";
import { fixtureDir, fixtureWith } from "../support/fixtures.js";

async function problems(dir: string): Promise<string[]> {
  const error = await readDataset(dir).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(DataError);
  return (error as DataError).problems.map(formatProblem);
}

const story = (edit: (s: Record<string, any>) => void) => (text: string) => {
  const json = JSON.parse(text);
  edit(json);
  return JSON.stringify(json, null, 2);
};

describe("placeholders the data cannot fill (point 5)", () => {
  it("{tallyKilled} with no tally is a located error, not a crash while drawing", async () => {
    const dir = await fixtureWith("story.json", story((s) => (s.charts["cumulative-deaths"].dek = "AFP counts {tallyKilled}")));
    await writeFile(join(dir, "tallies.csv"), "id,as_of,killed_at_least,incidents_at_least,label,source,source_url,note\n");
    const found = await problems(dir);
    expect(found.some((p) => /story\.json, line \d+, key "charts\.cumulative-deaths\.dek": found "\{tallyKilled\}"; expected only figures the data has: \{tallyKilled\} needs a tally/.test(p))).toBe(true);
  });

  it("{tallyIncidents} when the tally's incidents_at_least is empty is a located error", async () => {
    const dir = await fixtureWith("tallies.csv", (t) => t.replace(",16,5,", ",16,,"));
    await writeFile(join(dir, "story.json"), story((s) => (s.charts["casualties-by-category"].headline = "{tallyIncidents} incidents"))(JSON.stringify(JSON.parse(await (await import("node:fs/promises")).readFile(join(fixtureDir, "story.json"), "utf8")))));
    const found = await problems(dir);
    expect(found.join("\n")).toMatch(/key "charts\.casualties-by-category\.headline": found "\{tallyIncidents\}"; expected only figures the data has: \{tallyIncidents\} needs incidents_at_least in the tally the charts show \(afp-2026-01-18\)/);
  });
});

describe("story.json that used to crash or mislead", () => {
  it("deep nesting is refused with its line, not a stack overflow", async () => {
    const dir = await fixtureWith("story.json", (t) => t.replace('"notes": [', `"deep": ${"[".repeat(100_000)}${"]".repeat(100_000)},\n  "notes": [`));
    expect(await problems(dir)).toEqual([expect.stringMatching(/story\.json, line 6: expected at most 20 levels of nested/)]);
  });

  it("a repeated key is an error naming both lines, not a silent last-one-wins", async () => {
    const dir = await fixtureWith("story.json", (t) => t.replace('"credit": "Graphic: Border desk",', '"credit": "Graphic: Border desk",\n  "since": "2025-11-02",'));
    expect(await problems(dir)).toEqual([expect.stringMatching(/story\.json, line 6, key "since": expected each key once in its object \(line 2 has "since" already/)]);
  });

  it("since after asOf is reported even when another setting is wrong too", async () => {
    const dir = await fixtureWith("story.json", story((s) => ((s.since = "2026-02-01"), (s.embedFont = "yes"))));
    const found = (await problems(dir)).join("\n");
    expect(found).toMatch(/key "embedFont": found "yes"; expected true or false/);
    expect(found).toMatch(/key "since": found "2026-02-01"; expected a date before asOf \(2026-01-18\)/);
  });

  it("since equal to asOf is refused (one day has no period to chart; the labels overlapped)", async () => {
    const dir = await fixtureWith("story.json", story((s) => (s.since = s.asOf)));
    expect((await problems(dir)).join("\n")).toMatch(/key "since": found "2026-01-18"; expected a date before asOf \(2026-01-18\): the charts need a period of at least two days/);
  });

  it("says what kind of value it wanted in plain words, not zod's", async () => {
    const dir = await fixtureWith("story.json", story((s) => ((s.source = 42), (s.notes = "one note"))));
    const found = (await problems(dir)).join("\n");
    expect(found).toMatch(/key "source": found "42"; expected text in double quotes/);
    expect(found).toMatch(/key "notes": found "one note"; expected a list in square brackets/);
    expect(found).not.toMatch(/received|Invalid input/);
  });

  it("an unclosed brace in a headline is an error, not published word for word", async () => {
    const dir = await fixtureWith("story.json", (t) => t.replace("At least {killedAtLeast} killed", "At least {killedAtLeast killed"));
    expect(await problems(dir)).toEqual([expect.stringMatching(/key "charts\.cumulative-deaths\.headline": found "At least \{killedAtLeast killed.*expected a closing \} after "\{killedAtLeast killed/)]);
  });
});

describe("text that would show something other than the data (points 6 and 7)", () => {
  it.each([
    ["events.csv", "3 Chinese workers killed in attack on camp", "\"Officials say \u202E3 killed, 12 injured\u202C\"", "label"],
    ["categories.csv", "Tajik border guards", "Tajik \u2067border\u2069 guards", "label"],
    ["tallies.csv", "AFP tally", "AFP \u202Dtally", "label"],
  ])("a direction control in %s is refused with its line and column", async (file, from, to, column) => {
    const dir = await fixtureWith(file, (t) => t.replace(from, to));
    expect((await problems(dir)).join("\n")).toMatch(new RegExp(`${file.replace(".", "\\.")}, line 2, column "${column}": found .*; expected text without invisible direction controls`));
  });

  it.each([
    ["a right-to-left mark", "3 Chinese workers \u200Fkilled", "invisible direction controls"],
    ["an Arabic letter mark", "3 Chinese \u061Cworkers killed", "invisible direction controls"],
    ["a C1 control (U+009B starts a terminal escape)", "3 Chinese workers\u009B2K killed", "invisible format characters"],
    ["a zero-width space", "3 Chinese work\u200Bers killed", "invisible format characters"],
  ])("%s in a cell is refused with its line and column, by the rule translations share", async (_, to, expected) => {
    const dir = await fixtureWith("events.csv", (t) => t.replace("3 Chinese workers killed in attack on camp", `${to} in attack on camp`));
    expect((await problems(dir)).join("\n")).toMatch(new RegExp(`events\\.csv, line 2, column "label": found .*; expected text without ${expected}`));
  });

  it("a direction control in the headline, dek or notes is refused with its key", async () => {
    const dir = await fixtureWith("story.json", story((s) => (s.notes[0] = "Officials say \u202E3 killed\u202C")));
    expect((await problems(dir)).join("\n")).toMatch(/key "notes\[0\]": .*expected text without invisible direction controls/);
  });

  it("an empty source_url is refused: the codebook requires a link for every incident", async () => {
    const dir = await fixtureWith("events.csv", (t) => t.replace(/,https:\/\/www\.trtworld\.com\S+ \S+/, ","));
    expect((await problems(dir)).join("\n")).toMatch(/events\.csv, line 2, column "source_url": found ""; expected one or more web links/);
  });

  it("a row of empty cells, as a spreadsheet exports a cleared row, is skipped like a blank line", async () => {
    const dir = await fixtureWith("events.csv", (t) => `${t.trimEnd()}\n${",".repeat(16)}\n${",".repeat(16)}\n`);
    const dataset = await readDataset(dir);
    expect(dataset.incidents.length).toBe((await readDataset(fixtureDir)).incidents.length);
  });

  it("an incident with 0 in every killed column is accepted", async () => {
    const dir = await fixtureWith("events.csv", (t) => t.replace(",0,3,0,0,1,", ",0,0,0,0,1,"));
    const dataset = await readDataset(dir);
    expect(dataset.incidents.length).toBe((await readDataset(fixtureDir)).incidents.length);
  });

  it("glyphs the chart font lacks are a located warning in every drawn field, not only incident labels", async () => {
    const dir = await fixtureWith("story.json", story((s) => ((s.charts["cumulative-deaths"].headline = "Border 边境 deaths"), (s.notes[1] = "Reported 🙂"), (s.credit = "Graphic: 中"))));
    await writeFile(join(dir, "categories.csv"), (await (await import("node:fs/promises")).readFile(join(dir, "categories.csv"), "utf8")).replace("Smugglers,", "Smugglers 走私,"));
    const warnings = (await buildCharts(dir)).warnings.map(formatWarning).join("\n");
    expect(warnings).toMatch(/story\.json, line \d+, key "charts\.cumulative-deaths\.headline": the chart font has no 边 境/);
    expect(warnings).toMatch(/story\.json, line \d+, key "notes\[1\]": the chart font has no 🙂/);
    expect(warnings).toMatch(/story\.json, line \d+, key "credit": the chart font has no 中/);
    expect(warnings).toMatch(/categories\.csv, column "label of killed_smugglers": the chart font has no 走 私/);
  });

  it("a tally smaller than the itemised count is a warning, not dropped in silence", async () => {
    const dir = await fixtureWith("tallies.csv", (t) => t.replace(",16,5,", ",10,5,"));
    const storyDir = dir;
    await writeFile(join(storyDir, "story.json"), story((s) => (s.figures = []))(await (await import("node:fs/promises")).readFile(join(dir, "story.json"), "utf8")));
    const warnings = (await buildCharts(dir)).warnings.map(formatWarning).join("\n");
    expect(warnings).toMatch(/tallies\.csv, column "killed_at_least": afp-2026-01-18 reports at least 10 killed, fewer than the 14 the incidents itemise/);
  });
});

describe("messages that used to mislead (point 8)", () => {
  it.each([
    ["semicolons", ";"],
    ["tabs", "\t"],
  ])("a file separated by %s says so, not 'an unclosed quote'", async (name, separator) => {
    const dir = await fixtureWith("categories.csv", (t) => t.replaceAll(",", separator).replace("“terrorists”", '"terrorists" (officials)'));
    const found = await problems(dir);
    expect(found[0]).toMatch(new RegExp(`categories\\.csv, line 1: found "columns separated by ${name}"; expected columns separated by commas`));
    expect(found.join("\n")).not.toMatch(/quote/);
  });

  it("UTF-16 without a byte-order mark is named as such", async () => {
    const dir = await fixtureWith("tallies.csv", (t) => Buffer.from(t, "utf16le"));
    expect(await problems(dir)).toEqual([expect.stringMatching(/tallies\.csv, line 1: found "UTF-16 text \(little-endian, without a byte-order mark\)"; expected UTF-8 text/)]);
  });

  it("a Latin-1 events.csv is reported with its line, and the other files' problems are still listed", async () => {
    const dir = await fixtureWith("events.csv", (t) => Buffer.from(t.replace("Shodak village", "Shodak villagé"), "latin1"));
    await writeFile(join(dir, "tallies.csv"), (await (await import("node:fs/promises")).readFile(join(dir, "tallies.csv"), "utf8")).replace("2026-01-18,16", "2026-01-32,16"));
    const found = await problems(dir);
    expect(found[0]).toMatch(/events\.csv, line 3: found ".*villag\u00e9.*not UTF-8: probably Latin-1/);
    expect(found.join("\n")).toMatch(/tallies\.csv, line 2, column "as_of": found "2026-01-32"/);
    expect(found).toHaveLength(2);
  });

  it("one bad colour does not also report its column in events.csv as having no matching row", async () => {
    const dir = await fixtureWith("categories.csv", (t) => t.replace("#c2410c", "orange"));
    const found = await problems(dir);
    expect(found).toEqual([expect.stringMatching(/categories\.csv, line 3, column "color": found "orange"/)]);
  });

  it("a trailing comma in the header is one problem that says so, not column \"\" and a short row per line", async () => {
    const dir = await fixtureWith("tallies.csv", (t) => t.replace("source_url,note\n", "source_url,note,\n"));
    expect(await problems(dir)).toEqual([expect.stringMatching(/tallies\.csv, line 1: expected no comma at the end of the header row: column 9 has no name$/)]);
  });

  it("a missing file says which folder it looked in", async () => {
    const dir = await mkdtemp(join(tmpdir(), "charts-empty-"));
    await cp(fixtureDir, dir, { recursive: true });
    await (await import("node:fs/promises")).rm(join(dir, "tallies.csv"));
    expect((await problems(dir)).join("\n")).toContain(`expected this file to exist (looked in ${dir}`);
  });
});
