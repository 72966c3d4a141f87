import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/load/readDataset.js";
import { DataError, type Problem } from "../../src/load/problems.js";
import { fixtureWith } from "../helpers.js";

async function problemsFor(file: string, edit: (text: string) => string | Uint8Array): Promise<Problem[]> {
  const dir = await fixtureWith(file, edit);
  const error = await readDataset(dir).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(DataError);
  return [...(error as DataError).problems];
}

const replaceOnLine = (line: number, from: string | RegExp, to: string) => (text: string) =>
  text
    .split("\n")
    .map((l, i) => (i === line - 1 ? l.replace(from, to) : l))
    .join("\n");

describe("readDataset reports located problems", () => {
  // [what, file edited, edit, problem expected, file the problem is reported in (default: the one edited)]
  const cases: [string, string, (text: string) => string | Uint8Array, Partial<Problem>, string?][] = [
    ["a misspelled column", "events.csv", replaceOnLine(1, "killed_border_guards", "killed_border_guard"), { line: 1, column: "killed_border_guards" }],
    ["an impossible date", "events.csv", replaceOnLine(3, "2025-11-30,", "2025-02-30,"), { line: 3, column: "date", value: "2025-02-30" }],
    ["a date written day first", "events.csv", replaceOnLine(3, "2025-11-30,", "30/11/2025,"), { line: 3, column: "date", value: "30/11/2025" }],
    ["a negative count", "events.csv", replaceOnLine(2, ",0,3,0,0,1,", ",0,-3,0,0,1,"), { line: 2, column: "killed_chinese_nationals", value: "-3" }],
    ["a blank count", "events.csv", replaceOnLine(4, ",2,0,3,0,2,", ",2,0,,0,2,"), { line: 4, column: "killed_militants", value: "" }],
    ["a date after asOf", "events.csv", replaceOnLine(5, "2026-01-18,", "2026-01-19,"), { line: 5, column: "date", value: "2026-01-19" }],
    ["a link that is not http(s)", "events.csv", replaceOnLine(2, "https://www.trtworld.com", "javascript://www.trtworld.com"), { line: 2, column: "source_url" }],
    ["a killed_ column missing from the codebook", "categories.csv", replaceOnLine(5, /.*/, ""), { line: 1, column: "killed_smugglers" }, "events.csv"],
    ["an unknown story setting", "story.json", (t) => t.replace('"credit"', '"credits"'), { column: "credits", line: 5 }],
    ["a column named twice", "events.csv", replaceOnLine(1, "injured,", "killed_militants,"), { line: 1, column: "killed_militants", expected: "each column name once in the header row" }],
    ["an unknown killed column", "events.csv", replaceOnLine(1, "killed_smugglers", "Killed_smugglers"), { line: 1, column: "Killed_smugglers" }],
    ["an absurdly large count", "events.csv", replaceOnLine(2, ",0,3,0,0,1,", ",0,99999999999999999999,0,0,1,"), { line: 2, column: "killed_chinese_nationals" }],
    ["two tallies on one date", "tallies.csv", (t) => `${t}afp-again,2026-01-18,15,5,AFP,AFP,,\n`, { line: 3, column: "as_of" }],
    ["a file that is not UTF-8", "events.csv", (t) => Buffer.from(t.replace("Khatlon", "Khatl\u00f4n"), "latin1"), { line: 2 }],
  ];
  it.each(cases)("%s", async (_, file, edit, expected, reportedIn = file) => {
    const problems = await problemsFor(file, edit);
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(new RegExp(`${reportedIn.replace(".", "\\.")}$`)), ...expected }));
  });

  it("lists every problem in one run, not just the first", async () => {
    const problems = await problemsFor("events.csv", (t) => replaceOnLine(3, "2025-11-30,", "2025-02-30,")(replaceOnLine(2, ",0,3,0,0,1,", ",0,x,0,0,1,")(t)));
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, "killed_chinese_nationals"],
      [3, "date"],
    ]);
  });

  it("reports an unclosed quote alone, without a cascade of missing-column problems", async () => {
    const problems = await problemsFor("events.csv", replaceOnLine(3, '"Shodak village', "Shodak village"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ expected: expect.stringMatching(/^well-formed CSV/) });
  });

  it("reports an empty file as one problem", async () => {
    const problems = await problemsFor("events.csv", () => "");
    expect(problems).toEqual([expect.objectContaining({ expected: expect.stringMatching(/header row/) })]);
  });

  it("accepts a byte-order mark, CRLF line ends and stray spaces", async () => {
    const dir = await fixtureWith("events.csv", (t) => "\ufeff" + t.replace(/\n/g, "\r\n").replace(",Khatlon,", ",  Khatlon ,"));
    const dataset = await readDataset(dir);
    expect(dataset.incidents).toHaveLength(4);
    expect(dataset.incidents[0]!.region).toBe("Khatlon");
  });
});
