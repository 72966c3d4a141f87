import { describe, expect, it } from "vitest";
import { runningToll } from "../../src/figures/runningToll.js";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import { readFixture } from "../support/fixtures.js";

describe("runningToll", () => {
  it("steps on each incident's date to the totals worked out by hand (3, 5, 10, 14), every category counted (24 Dec: 2 guards + 3 militants)", async () => {
    const { incidents, categories } = await readFixture();
    const steps = runningToll(incidents, categories).map(({ date, killed, total }) => ({ date, killed, total }));
    expect(steps).toEqual([
      { date: "2025-11-26", killed: 3, total: 3 },
      { date: "2025-11-30", killed: 2, total: 5 },
      { date: "2025-12-24", killed: 5, total: 10 },
      { date: "2026-01-18", killed: 4, total: 14 },
    ]);
  });

  it("sorts by date whatever the row order, and merges incidents on one date into one step", async () => {
    const { incidents, categories } = await readFixture();
    const first = incidents.at(0);
    const sameDay = { ...first, id: "same-day", killed: { ...first.killed, killed_chinese_nationals: 1 } };
    const reordered = IncidentTable.of([...incidents].reverse().concat(sameDay));
    const steps = runningToll(reordered, categories);
    expect(steps.map((s) => [s.date, s.killed, s.total, s.rows.map((row) => reordered.id(row))])).toEqual([
      ["2025-11-26", 4, 4, ["2025-11-26-shohin-sm-camp", "same-day"]],
      ["2025-11-30", 2, 6, ["2025-11-30-shodak-road-crew"]],
      ["2025-12-24", 5, 11, [expect.any(String)]],
      ["2026-01-18", 4, 15, [expect.any(String)]],
    ]);
  });
});
