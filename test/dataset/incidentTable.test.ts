import { describe, expect, it } from "vitest";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import { quotedStart } from "../../src/input/scanCsv.js";
import { readFixture } from "../support/fixtures.js";

describe("IncidentTable", () => {
  it("gives back every incident read from events.csv field for field, stored as offsets into the text", async () => {
    const { incidents } = await readFixture();
    const copy = IncidentTable.of([...incidents]);
    expect(copy.length).toBe(4);
    expect([...copy]).toEqual([...incidents]);
    expect(incidents.at(1)).toMatchObject({
      id: "2025-11-30-shodak-road-crew",
      line: 3,
      label: "2 Chinese road workers killed",
      injured: 2,
      killed: { killed_border_guards: 0, killed_chinese_nationals: 2, killed_militants: 0, killed_smugglers: 0 },
      sourceUrls: ["https://www.gazeta.ru/social/news/2025/12/01/27309715.shtml", "https://vecherka.tj/?p=71516"],
    });
  });

  it("reads cells with doubled quotes back from the text, keeps cells not in it, and injured counts no source gives", () => {
    const table = new IncidentTable(["killed_a"], 'x,"say ""no""",y');
    const row = { id: "a", line: 2, date: "2025-11-26", region: "r", district: "d", location: "l", killed: { killed_a: 2 }, injured: null, label: 'say "no"', description: "x", source: "y", sourceUrls: "" };
    table.push(row, { id: -1, region: -1, district: -1, location: -1, label: quotedStart(3), description: 0, source: 15, sourceUrls: -1 });
    table.push({ ...row, label: 'say "yes"' }, { id: -1, region: -1, district: -1, location: -1, label: -1, description: 0, source: 15, sourceUrls: -1 });
    expect(table.at(0)).toMatchObject({ label: 'say "no"', description: "x", source: "y", injured: null, sourceUrls: [] });
    expect(table.label(1)).toBe('say "yes"');
    expect([...table.killed("killed_a")]).toEqual([2, 2]);
    expect([...table.killed("killed_unknown")]).toEqual([0, 0]);
  });
});
