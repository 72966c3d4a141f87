/**
 * One case per kind of mistake journalists really make in data/, each asserting the file, line and
 * column the build names. Fixtures are copies of test/fixtures/story-2026-01-18 with one edit.
 */
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/input/readDataset.js";
import { DataError, formatProblem, type Problem } from "../../src/input/problems.js";
import { fixtureWith } from "../support/fixtures.js";

async function problemsFor(file: string, edit: (text: string) => string | Uint8Array): Promise<Problem[]> {
  const dir = await fixtureWith(file, edit);
  const error = await readDataset(dir).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(DataError);
  return [...(error as DataError).problems];
}

const onLine = (line: number, from: string | RegExp, to: string) => (text: string) =>
  text
    .split("\n")
    .map((l, i) => (i === line - 1 ? l.replace(from, to) : l))
    .join("\n");

type Case = [what: string, file: string, edit: (text: string) => string | Uint8Array, expected: Partial<Problem>, reportedIn?: string];

const cases: Case[] = [
  // Columns
  ["a missing column", "events.csv", (t) => t.replace(",region,", ",").replace(/,Khatlon,|,Gorno-Badakhshan,/g, ","), { line: 1, column: "region", expected: 'a column named "region" in the header row' }],
  ["a misspelt column", "events.csv", onLine(1, "killed_border_guards", "killed_border_guard"), { line: 1, column: "killed_border_guard", expected: expect.stringContaining('did you mean "killed_border_guards"') }],
  ["a column named twice", "events.csv", onLine(1, "injured,", "killed_militants,"), { line: 1, column: "killed_militants", expected: "each column name once in the header row" }],
  ["a killed_ column without a codebook entry", "categories.csv", onLine(5, /.*/, ""), { line: 1, column: "killed_smugglers", expected: expect.stringContaining("categories.csv") }, "events.csv"],
  ["a codebook entry without a killed_ column", "categories.csv", (t) => `${t}killed_civilians,Civilians,,#2a7a4b\n`, { line: 1, column: "killed_civilians" }, "events.csv"],
  // Counts
  ["a count that is not a whole number", "events.csv", onLine(2, ",0,3,0,0,1,", ",0,3.5,0,0,1,"), { line: 2, column: "killed_chinese_nationals", value: "3.5" }],
  ["a negative count", "events.csv", onLine(2, ",0,3,0,0,1,", ",0,-3,0,0,1,"), { line: 2, column: "killed_chinese_nationals", value: "-3" }],
  ["a blank count", "events.csv", onLine(4, ",2,0,3,0,2,", ",2,0,,0,2,"), { line: 4, column: "killed_militants", value: "" }],
  ["an absurdly large count", "events.csv", onLine(2, ",0,3,0,0,1,", ",0,99999999999999999999,0,0,1,"), { line: 2, column: "killed_chinese_nationals" }],
  ["injured written as a word", "events.csv", onLine(3, ",0,2,0,0,2,", ",0,2,0,0,two,"), { line: 3, column: "injured", value: "two" }],
  // Dates
  ["an impossible date", "events.csv", onLine(3, "2025-11-30,", "2025-02-30,"), { line: 3, column: "date", value: "2025-02-30", expected: expect.stringContaining("real calendar date") }],
  ["a date written day first", "events.csv", onLine(3, "2025-11-30,", "26/11/2025,"), { line: 3, column: "date", value: "26/11/2025" }],
  ["a date before since", "events.csv", onLine(2, "2025-11-26,", "2025-10-31,"), { line: 2, column: "date", value: "2025-10-31", expected: expect.stringContaining("since (2025-11-01)") }],
  ["a date after asOf", "events.csv", onLine(5, "2026-01-18,", "2026-01-19,"), { line: 5, column: "date", value: "2026-01-19", expected: expect.stringContaining("asOf (2026-01-18)") }],
  // Rows
  ["a duplicate id", "events.csv", onLine(3, "2025-11-30-shodak-road-crew", "2025-11-26-shohin-sm-camp"), { line: 3, column: "id", expected: expect.stringContaining("line 2 has it already") }],
  ["a row with no source", "events.csv", onLine(3, /"Tajik Border Troops \(GKNB\) via Interfax[^"]*"/, '""'), { line: 3, column: "source", value: "" }],
  ["a source link without http(s)", "events.csv", onLine(2, "https://www.trtworld.com", "www.trtworld.com"), { line: 2, column: "source_url" }],
  ["a source with no public link and no date", "events.csv", onLine(5, /"Tajik Border Troops \(GKNB\), via [^"]*",.*$/, "Fergana News,no public link"), { line: 5, column: "source", value: "Fergana News", expected: expect.stringContaining("the date of the report") }],
  ["a link and no public link at once", "events.csv", onLine(5, "https://centralasia.media/news:2398767", "no public link"), { line: 5, column: "source_url", expected: expect.stringContaining('or "no public link"') }],
  ["a javascript: link", "events.csv", onLine(2, "https://www.trtworld.com", "javascript://www.trtworld.com"), { line: 2, column: "source_url" }],
  // Coordinates (a row's point, how exact it is, and that it lies in the two countries the story covers)
  ["a latitude out of range", "events.csv", onLine(2, ",37.84,70.04,district,", ",97.84,70.04,district,"), { line: 2, column: "lat", value: "97.84", expected: expect.stringContaining("from -90 to 90") }],
  ["a longitude written with a comma", "events.csv", onLine(2, ",37.84,70.04,district,", ',37.84,"70,04",district,'), { line: 2, column: "lon", value: "70,04", expected: expect.stringContaining("decimal degrees") }],
  ["a precision word not in the codebook", "events.csv", onLine(3, ",38.47,70.80,district,", ",38.47,70.80,approximate,"), { line: 3, column: "geo_precision", value: "approximate", expected: expect.stringContaining("exact, near, district") }],
  ["a point outside Tajikistan and Afghanistan", "events.csv", onLine(2, ",37.84,70.04,district,", ",41.30,69.24,exact,"), { line: 2, column: "lat", value: "41.30, 69.24", expected: expect.stringContaining("inside Tajikistan or Afghanistan") }],
  ["lat and lon swapped", "events.csv", onLine(2, ",37.84,70.04,district,", ",70.04,37.84,district,"), { line: 2, column: "lat", value: "70.04, 37.84", expected: expect.stringContaining("swapped") }],
  ["a latitude without a longitude", "events.csv", onLine(2, ",37.84,70.04,district,", ",37.84,,district,"), { line: 2, column: "lon", value: "", expected: expect.stringContaining("both lat and lon") }],
  ["two points for one district", "events.csv", onLine(4, ",37.84,70.04,district,", ",37.90,70.04,district,"), { line: 4, column: "lat", value: "37.90, 70.04", expected: expect.stringContaining("as line 2 gives it (37.84, 70.04)") }],
  ["a point without its precision", "events.csv", onLine(2, ",37.84,70.04,district,", ",37.84,70.04,,"), { line: 2, column: "geo_precision", value: "", expected: expect.stringContaining("how exact") }],
  ["a row with too few cells", "events.csv", onLine(4, /,[^,]*$/, ""), { line: 4, expected: expect.stringContaining("17 cells") }],
  ["a pasted control character", "events.csv", onLine(2, "Khatlon", "Khat\u0007lon"), { line: 2, column: "region", expected: expect.stringContaining("hidden control characters") }],
  ["an empty dataset", "events.csv", (t) => t.split("\n")[0]! + "\n", { expected: "at least one incident row below the header" }],
  ["a colour that is not #rrggbb", "categories.csv", onLine(2, "#1f5fa8", '"red;background:url(javascript:x)"'), { line: 2, column: "color" }],
  ["a colour too pale to see on white", "categories.csv", onLine(2, "#1f5fa8", "#f0f0f0"), { line: 2, column: "color", expected: expect.stringContaining("3:1") }],
  ["two tallies on one date", "tallies.csv", (t) => `${t}afp-again,2026-01-18,15,5,AFP,AFP,,\n`, { line: 3, column: "as_of" }],
  // Files
  ["a file that is not UTF-8", "events.csv", (t) => Buffer.from(t.replace("Khatlon", "Khatl\u00f4n"), "latin1"), { line: 2, expected: expect.stringContaining("UTF-8") }],
  ["an unclosed quote", "events.csv", onLine(3, '"Shodak village', "Shodak village"), { line: 3, expected: expect.stringContaining("well-formed CSV") }],
  ["an empty file", "events.csv", () => "", { expected: expect.stringContaining("header row") }],
  // story.json
  ["an unknown key in story.json", "story.json", (t) => t.replace('"credit"', '"credits"'), { line: 5, column: "credits", expected: expect.stringContaining("check the spelling") }],
  ["a wrong type in story.json", "story.json", (t) => t.replace('"since": "2025-11-01"', '"since": 20251101'), { line: 2, column: "since" }],
  ["a figure given as text in story.json", "story.json", (t) => t.replace('"value": 5, "tally"', '"value": "5", "tally"'), { line: 26, column: "figures[1].value", expected: expect.stringContaining("without quotes") }],
  ["a print width given in px in story.json", "story.json", (t) => t.replace('"printWidths": []', '"printWidths": [46.6, 640]'), { line: 30, column: "printWidths[1]", value: "640", expected: expect.stringContaining("at most 330 mm") }],
  ["a print width given as text in story.json", "story.json", (t) => t.replace('"printWidths": []', '"printWidths": ["46mm"]'), { line: 30, column: "printWidths[0]", expected: expect.stringContaining("a width in mm") }],
  ["broken JSON", "story.json", (t) => t.replace('"asOf": "2026-01-18",', '"asOf": "2026-01-18",,'), { line: 3, expected: expect.stringContaining("valid JSON") }],
];

describe("readDataset reports each bad input with its location", () => {
  it.each(cases)("%s", async (_, file, edit, expected, reportedIn = file) => {
    const problems = await problemsFor(file, edit);
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(new RegExp(`${reportedIn.replace(".", "\\.")}$`)), ...expected }));
  });

  it("lists every problem in one run, not just the first", async () => {
    const problems = await problemsFor("events.csv", (t) => onLine(3, "2025-11-30,", "2025-02-30,")(onLine(2, ",0,3,0,0,1,", ",0,x,0,0,1,")(t)));
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, "killed_chinese_nationals"],
      [3, "date"],
    ]);
  });

  it("lists twenty problems of a kind and counts the rest, so a large export with one bad column stays readable", async () => {
    const problems = await problemsFor("events.csv", (t) => {
      const [header, first] = t.split("\n");
      const bad = Array.from({ length: 130_000 }, (_, i) => first!.replace(/^[^,]*,[^,]*/, `bad-${i},26/11/2025`));
      const repeated = Array.from({ length: 25 }, () => first!);
      return [header, first, ...bad, ...repeated].join("\n");
    });
    const dates = problems.filter((p) => p.column === "date");
    const ids = problems.filter((p) => p.column === "id");
    expect(dates).toHaveLength(21);
    expect(dates[20]!.expected).toBe("no more problems like those above: 129980 more rows have one in this column");
    expect(ids).toHaveLength(21);
    expect(ids[0]).toMatchObject({ line: 130_003, value: "2025-11-26-shohin-sm-camp", expected: "an id not used before (line 2 has it already)" });
    expect(ids[20]!.expected).toBe("no more problems like those above: 5 more rows have one in this column");
  });

  it("reports an unclosed quote alone, without a cascade of missing-column problems", async () => {
    expect(await problemsFor("events.csv", onLine(3, '"Shodak village', "Shodak village"))).toHaveLength(1);
  });

  it("words a problem for a journalist: file, line, column, the value found and what was expected", async () => {
    const [problem] = await problemsFor("events.csv", onLine(3, "2025-11-30,", "30/11/2025,"));
    expect(formatProblem(problem!)).toMatch(/events\.csv, line 3, column "date": found "30\/11\/2025"; expected a real calendar date written YYYY-MM-DD, such as 2025-11-26$/);
  });
});

describe("readDataset accepts what spreadsheets write", () => {
  it("a byte-order mark, CRLF line ends, stray spaces and quoted commas", async () => {
    const dir = await fixtureWith("events.csv", (t) => "\ufeff" + t.replace(/\n/g, "\r\n").replace(",Khatlon,", ",  Khatlon ,"));
    const dataset = await readDataset(dir);
    expect(dataset.incidents).toHaveLength(4);
    expect(dataset.incidents.at(0).region).toBe("Khatlon");
    expect(dataset.incidents.at(1).location).toBe("Shodak village, Vishkharv jamoat");
  });
});
