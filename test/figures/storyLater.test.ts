/**
 * Issue 13: the story moves on. The desk adds later incidents one row at a time (synthetic rows in
 * test/fixtures/story-later: 3 killed on 29 Jan, none on 19 Feb, 2 on 14 Apr), moves asOf and leaves AFP's
 * tally of 18 Jan as it was. Worked out by hand: 14 itemised by 18 Jan in 4 deadly incidents; AFP's 16 in
 * 5 leaves 2 deaths and 1 deadly incident unitemised; later 3 + 0 + 2, so 19 itemised in 6 deadly
 * incidents of 7, and at least 21 killed in at least 7 deadly incidents.
 */
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { buildCharts } from "../../src/build/buildCharts.js";
import { checkStoryFigures, storyFigureWarnings } from "../../src/figures/storyFigures.js";
import { tallyGapNote } from "../../src/charts/chartText.js";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import type { Dataset, StoryFigure } from "../../src/dataset/types.js";
import { altText } from "../../src/charts/altText.js";
import { formatProblem, formatWarning } from "../../src/input/problems.js";
import { readDataset } from "../../src/input/readDataset.js";
import { laterFixtureDir, repoDir } from "../support/fixtures.js";

const later = await readDataset(laterFixtureDir);

/** The later story after only its first `rows` later incidents, as the desk added them one at a time. */
function afterRows(rows: number, asOf: string): Dataset {
  return { ...later, story: { ...later.story, asOf }, incidents: IncidentTable.of([...later.incidents].slice(0, 4 + rows)) };
}

function withFigures(dataset: Dataset, ...figures: StoryFigure[]): Dataset {
  return { ...dataset, story: { ...dataset.story, figures: figures.map((f, i) => ({ line: 20 + i, ...f })) } };
}

const afp = { tally: "afp-2026-01-18", source: "AFP, 18 Jan 2026" };

describe("the story after later incidents", () => {
  it("counts deadly incidents apart from incidents with no deaths, by hand", () => {
    expect(headlineFigures(later)).toMatchObject({
      itemisedKilled: 19,
      itemisedIncidents: 7,
      itemisedDeadlyIncidents: 6,
      itemisedByTally: { killed: 14, incidents: 4, deadlyIncidents: 4 },
      unitemisedKilled: 2,
      killedAtLeast: 21,
      deadlyIncidentsAtLeast: 7,
    });
    // After the first later row alone: the "At least 19".
    expect(headlineFigures(afterRows(1, "2026-02-05"))).toMatchObject({ itemisedKilled: 17, killedAtLeast: 19, deadlyIncidentsAtLeast: 6 });
  });

  it("point 1: a figure citing the tally is checked as of the tally's date, so AFP's 16 and five still hold", () => {
    for (const dataset of [afterRows(1, "2026-02-05"), afterRows(2, "2026-03-01"), later]) {
      const story = withFigures(dataset, { what: "killed", value: 16, ...afp }, { what: "deadly_incidents", value: 5, ...afp });
      expect(checkStoryFigures(story, headlineFigures(story), "data/story.json")).toEqual([]);
    }
  });

  it("point 1: the stale copy is a warning naming the figure, what it says and what the charts now show", () => {
    const story = withFigures(later, { what: "killed", value: 16, ...afp }, { what: "deadly_incidents", value: 5, ...afp });
    expect(storyFigureWarnings(story, headlineFigures(story), "data/story.json").map(formatWarning)).toEqual([
      expect.stringMatching(/^data\/story\.json, line 20, key "figures\[0\]": the copy says at least 16 killed \(AFP tally, 18 Jan 2026\); the charts now show at least 21 .*Update the copy\?/),
      expect.stringMatching(/^data\/story\.json, line 21, key "figures\[1\]": the copy says at least 5 deadly incidents \(AFP tally, 18 Jan 2026\); the charts now show at least 7 /),
    ]);
    // Before any later incident the copy is current: no warning.
    const current = withFigures(afterRows(0, "2026-01-18"), { what: "killed", value: 16, ...afp });
    expect(storyFigureWarnings(current, headlineFigures(current), "data/story.json")).toEqual([]);
  });

  it("point 1: typing today's total into AFP's figure is refused, and the message says how to quote it", () => {
    const story = withFigures(later, { what: "killed", value: 21, ...afp });
    const [problem, ...rest] = checkStoryFigures(story, headlineFigures(story), "data/story.json");
    expect(rest).toEqual([]);
    expect(formatProblem(problem!)).toMatch(/found "21"; expected the data's figure, 16 killed by 18 Jan 2026 .*add "plusLater": true; if it quotes AFP tally, keep the tally's own figure/);
  });

  it("point 1: the new total can be quoted with plusLater, and then nothing is stale", () => {
    const story = withFigures(
      later,
      { what: "killed", value: 16, ...afp },
      { what: "killed", value: 21, ...afp, plusLater: true },
      { what: "deadly_incidents", value: 7, ...afp, plusLater: true }
    );
    const figures = headlineFigures(story);
    expect(checkStoryFigures(story, figures, "data/story.json")).toEqual([]);
    expect(storyFigureWarnings(story, figures, "data/story.json")).toEqual([]);
  });

  it("point 1: a figure citing an older tally is checked as of that tally's date", () => {
    const newer = { ...later.tallies[0]!, id: "wire-2026-03-01", asOf: "2026-03-01", killedAtLeast: 20, incidentsAtLeast: 7, label: "wire tally" };
    const story = withFigures({ ...later, tallies: [...later.tallies, newer] }, { what: "killed", value: 16, ...afp }, { what: "killed", value: 20, tally: newer.id, source: "a wire" });
    expect(checkStoryFigures(story, headlineFigures(story), "data/story.json")).toEqual([]);
  });

  it("point 2: incidents and deadly incidents are separate figures; the old tally figure still reads as deadly, with a warning", () => {
    const story = withFigures(
      later,
      { what: "incidents", value: 7, source: "desk count" },
      { what: "deadly_incidents", value: 6, source: "desk count" },
      { what: "incidents", value: 5, ...afp }
    );
    const figures = headlineFigures(story);
    expect(checkStoryFigures(story, figures, "data/story.json")).toEqual([]);
    expect(storyFigureWarnings(story, figures, "data/story.json").map((w) => w.message)).toContainEqual(expect.stringContaining('write "what": "deadly_incidents"'));
    const wrong = withFigures(later, { what: "incidents", value: 6, source: "desk count" });
    expect(checkStoryFigures(wrong, headlineFigures(wrong), "data/story.json")[0]!.expected).toMatch(/^the data's figure, 7 itemised incidents, with or without deaths .*write "what": "deadly_incidents"/);
  });

  it("point 2: the alt text and the tally note count deadly incidents and name the one with no deaths apart", () => {
    const figures = headlineFigures(later);
    expect(altText(later, figures, "cumulative-deaths")).toContain("the toll rose from 0 to 19 in 6 deadly incidents (and 1 incident with no deaths);");
    expect(tallyGapNote(figures, "shown")!.replace(/\u00a0/g, " ")).toContain("at least 16 killed in at least 5 deadly incidents. Official statements itemise 14 deaths in 4 deadly incidents to 18 Jan 2026");
  });

  it("builds with exit 0, prints deadly incidents and warns about the stale copy", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "story-later-")), "charts");
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(repoDir, "scripts/run.mjs"), "build-charts", "--data", laterFixtureDir, "--out", out]);
    expect(stdout).toContain("Killed in itemised incidents: 19 in 6 deadly incidents (and 1 incident with no deaths)");
    expect(stdout).toContain("at least 21 killed in at least 7 deadly incidents in all");
    expect(stderr).toMatch(/Warning: .*story\.json, line \d+, key "figures\[0\]": the copy says at least 16 killed \(AFP tally, 18 Jan 2026\); the charts now show at least 21/);
    expect(stderr).not.toMatch(/not built/);
  });
});

describe("a new row without a label (point 3)", () => {
  it("builds, with a label written from its counts and a warning that says so", async () => {
    const { fixtureWith } = await import("../support/fixtures.js");
    const dir = await fixtureWith("events.csv", (text) => text.replace("3 Chinese workers killed in attack on camp", ""));
    const { warnings, dataset } = await buildCharts(dir);
    expect(dataset.incidents.label(0)).toBe("3 Chinese nationals killed");
    expect(warnings.map(formatWarning)).toEqual([
      expect.stringMatching(/events\.csv, line 2, column "label": no label for 2025-11-26-shohin-sm-camp; the charts say "3 Chinese nationals killed", written for you/),
    ]);
  });
});
