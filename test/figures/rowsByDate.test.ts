import { describe, expect, it } from "vitest";
import { rowsByDate } from "../../src/figures/rowsByDate.js";
import { incidentPlaces } from "../../src/figures/incidentPlaces.js";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import { readFixture } from "../support/fixtures.js";

describe("rowsByDate", () => {
  it("lists every row oldest first, rows of one date in file order, whatever order the file has", async () => {
    const { incidents, categories } = await readFixture();
    const rows = [...incidents];
    // Reversed, with two more on the first date: one before and one after the original in the file.
    const table = IncidentTable.of([{ ...rows[0]!, id: "early" }, ...rows.reverse(), { ...rows.at(-1)!, id: "late" }]);
    const order = [...rowsByDate(table, categories).order];
    const byDateThenRow = [...order].sort((a, b) => (table.date(a) < table.date(b) ? -1 : table.date(a) > table.date(b) ? 1 : a - b));
    expect(order).toEqual(byDateThenRow);
    expect(order.map((row) => table.id(row)).slice(0, 3)).toEqual(["early", rows.at(-1)!.id, "late"]);
    expect(new Set(order).size).toBe(table.length);
  });
});

describe("incidentPlaces", () => {
  it("lists a place's incidents oldest first and names it as its first row in the file does", async () => {
    const { incidents, categories } = await readFixture();
    const rows = [...incidents];
    const placed = rows.find((row) => row.lat != null)!;
    // A later row at the same point, dated earlier, that writes the district another way.
    const earlier = { ...placed, id: "earlier", date: "2025-11-01", district: "Another spelling" };
    const table = IncidentTable.of([...rows, earlier]);
    const place = incidentPlaces(table, categories).places.find((p) => p.lat === placed.lat && p.lon === placed.lon)!;
    const ids = place.incidents.map(({ row }) => table.id(row));
    expect(ids[0]).toBe("earlier");
    expect(ids).toContain(placed.id);
    const dates = place.incidents.map(({ row }) => table.date(row));
    expect(dates).toEqual([...dates].sort());
    expect(place.district).toBe(placed.district);
  });
});
