import { describe, expect, it } from "vitest";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { readFixture } from "../support/fixtures.js";

describe("headlineFigures", () => {
  it("keeps AFP's 16 apart from the 14 itemised, with 2 not itemised", async () => {
    const figures = headlineFigures(await readFixture());
    expect(figures).toMatchObject({ itemisedKilled: 14, itemisedIncidents: 4, unitemisedKilled: 2, killedAtLeast: 16 });
    expect(figures.tally).toMatchObject({ id: "afp-2026-01-18", killedAtLeast: 16, incidentsAtLeast: 5 });
  });

  it("reports no gap once the itemised rows reach the tally", async () => {
    const dataset = await readFixture();
    const extra = { ...dataset.incidents.at(0), id: "extra", killed: { ...dataset.incidents.at(0).killed, killed_chinese_nationals: 0, killed_smugglers: 3 } };
    const figures = headlineFigures({ ...dataset, incidents: IncidentTable.of([...dataset.incidents, extra]) });
    expect(figures).toMatchObject({ itemisedKilled: 17, unitemisedKilled: 0, killedAtLeast: 17 });
  });

  it("adds incidents after the tally's date to it instead of filling its gap (14 + 2 + 1 = 17)", async () => {
    const dataset = await readFixture();
    const later = { ...dataset.incidents.at(0), id: "later", date: "2026-03-02", killed: { ...dataset.incidents.at(0).killed, killed_chinese_nationals: 0, killed_smugglers: 1 } };
    const story = { ...dataset.story, asOf: "2026-03-10" };
    const figures = headlineFigures({ ...dataset, story, incidents: IncidentTable.of([...dataset.incidents, later]) });
    expect(figures).toMatchObject({ itemisedKilled: 15, itemisedByTally: { killed: 14, incidents: 4 }, unitemisedKilled: 2, killedAtLeast: 17 });
  });

  it("ignores a tally dated after the story's asOf", async () => {
    const dataset = await readFixture();
    const story = { ...dataset.story, asOf: "2026-01-17" };
    expect(headlineFigures({ ...dataset, story }).tally).toBeUndefined();
  });
});
