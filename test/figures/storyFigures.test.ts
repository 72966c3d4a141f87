import { describe, expect, it } from "vitest";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { checkStoryFigures } from "../../src/figures/storyFigures.js";
import type { Dataset, StoryFigure } from "../../src/dataset/types.js";
import { readFixture } from "../support/fixtures.js";

async function check(...figures: StoryFigure[]) {
  const fixture = await readFixture();
  const dataset: Dataset = { ...fixture, story: { ...fixture.story, figures: figures.map((f, i) => ({ line: 20 + i, ...f })) } };
  return checkStoryFigures(dataset, headlineFigures(dataset), "data/story.json");
}

describe("checkStoryFigures", () => {
  it("passes figures that match: 14 itemised, 4 incidents, 5 Chinese nationals", async () => {
    expect(
      await check(
        { what: "killed", value: 14, source: "GKNB" },
        { what: "incidents", value: 4, source: "GKNB" },
        { what: "killed_chinese_nationals", value: 5, source: "AFP" }
      )
    ).toEqual([]);
  });

  it("passes AFP's 16 and five incidents when the story declares the tally they come from", async () => {
    expect(
      await check({ what: "killed", value: 16, source: "AFP", tally: "afp-2026-01-18" }, { what: "incidents", value: 5, source: "AFP", tally: "afp-2026-01-18" })
    ).toEqual([]);
  });

  it("fails AFP's 16 without the tally, pointing at the line and suggesting the tally", async () => {
    const [problem, ...rest] = await check({ what: "killed", value: 16, source: "AFP tally" });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: "data/story.json", line: 20, column: "figures[0]", value: "16" });
    expect(problem!.expected).toMatch(/^the data's figure, 14 killed in itemised incidents \(the story cites: AFP tally\)\. If the difference .* add "tally": "afp-2026-01-18"/);
  });

  it("fails a per-category figure the data does not give", async () => {
    const [problem] = await check({ what: "killed_chinese_nationals", value: 6, source: "a wire" });
    expect(problem!.expected).toMatch(/^the data's figure, 5 killed in itemised incidents in the category "Chinese nationals"/);
  });

  it("fails a tally figure that is still wrong with the tally counted", async () => {
    const [problem] = await check({ what: "killed", value: 17, source: "AFP", tally: "afp-2026-01-18" });
    expect(problem!.expected).toMatch(/^the data's figure, 16 killed by 18 Jan 2026 \(AFP tally, or the itemised incidents to that date where they count more\)/);
  });

  it("fails an unknown tally, a tally on a per-category figure, and an unknown category", async () => {
    const problems = await check(
      { what: "killed", value: 16, source: "AFP", tally: "afp-typo" },
      { what: "killed_chinese_nationals", value: 5, source: "AFP", tally: "afp-2026-01-18" },
      { what: "killed_police", value: 1, source: "AFP" }
    );
    expect(problems.map((p) => [p.column, p.expected.slice(0, 30)])).toEqual([
      ["figures[0]", '"tally" to be an id from talli'],
      ["figures[1]", 'no "tally" on a per-category f'],
      ["figures[2]", '"what" to be "killed", "deadly'],
    ]);
  });
});
