/**
 * The incident map: it draws whatever events.csv places (a new row with coordinates appears with no code
 * change), counts what it cannot place, keeps every mark inside the map and clear of the others, numbers
 * incidents exactly as the cumulative chart's phone key does, and stays small enough to embed.
 */
import { describe, expect, it } from "vitest";
import { buildCharts } from "../../src/build/buildCharts.js";
import { renderCharts } from "../../src/build/renderCharts.js";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import type { Dataset, Incident } from "../../src/dataset/types.js";
import { readDataset } from "../../src/input/readDataset.js";
import { formatWarning } from "../../src/input/problems.js";
import { boundariesModule } from "../../src/input/clipBoundaries.js";
import { boundariesJson } from "../../src/input/boundaries.generated.js";
import { regionProjection } from "../../src/map/mapProjection.js";
import { colors, mapColors } from "../../src/style/houseStyle.js";
import { fixtureDir, fixtureWith } from "../support/fixtures.js";
import { svgDocument } from "../support/svgDocument.js";

const parse = (svg: string) => svgDocument(svg).documentElement;

/** The incident circles (filled in the line colour) and district areas of a map, in the plot's pixels. */
function marksOf(svg: string) {
  const root = parse(svg);
  const circles = (fill: string) =>
    [...root.querySelectorAll(`g[fill="${fill}"] > circle`)].map((c) => ({ x: Number(c.getAttribute("cx")), y: Number(c.getAttribute("cy")), r: Number(c.getAttribute("r")) }));
  // Numbers drawn on the map itself (the key under it is text of class key-marker).
  const numbers = [...root.querySelectorAll(`g.plot text, g[class$="-plot"] text`)].filter((t) => !t.closest('[class*="-halo"]')).map((t) => t.textContent ?? "").filter((t) => /^\d+$/.test(t));
  return { incidents: circles(colors.line), areas: circles(mapColors.area), numbers, text: [...root.querySelectorAll("text")].map((t) => t.textContent).join(" ") };
}

/** A row for events.csv in the fixture's columns: 2 guards killed at a point the sources name exactly. */
const newRow = (lat: string, lon: string, precision: string) =>
  `2026-01-10-test-post,2026-01-10,Khatlon,Panj,Test post,${lat},${lon},${precision},2,0,0,0,,2 border guards killed,Added by a test,Test source,https://example.org/test\n`;

describe("incident map", () => {
  it("adds an incident with coordinates to the map, its data and its alt text, with no code change", async () => {
    const before = await buildCharts(fixtureDir);
    const dir = await fixtureWith("events.csv", (t) => t + newRow("37.24", "69.10", "exact"));
    const after = await buildCharts(dir);
    const was = marksOf(before.files.get("incident-map.svg") as string);
    const now = marksOf(after.files.get("incident-map.svg") as string);
    expect(now.incidents).toHaveLength(was.incidents.length + 1);
    // The new place is exact: no district area is added for it.
    expect(now.areas).toHaveLength(was.areas.length);
    expect(after.files.get("incident-map.csv")).toContain("2026-01-10,2026-01-10-test-post,Khatlon,Panj,Test post,37.24,69.1,exact,");
    expect(after.files.get("incident-map.alt.txt")).toContain("1 incident in Panj district, Khatlon, killing 2, numbered 4 on the map (at a named place, about 150 km south of Dushanbe)");
    // Its injured cell is empty and the story's source line does not credit "Test source": warned about, rightly.
    expect(after.warnings.map(formatWarning).filter((w) => !w.includes('"injured"') && !w.includes('does not name "Test"'))).toEqual([]);
  });

  it("warns about an incident with no point, leaves it off the map and says how many it cannot place", async () => {
    const dir = await fixtureWith("events.csv", (t) => t + newRow("", "", ""));
    const { files, warnings } = await buildCharts(dir);
    expect(warnings.map(formatWarning)).toContainEqual(expect.stringMatching(/events\.csv, line 6, column "lat": no location \(lat, lon\) for 2026-01-10-test-post/));
    const map = marksOf(files.get("incident-map.svg") as string);
    expect(map.incidents).toHaveLength(4);
    expect(map.text).toContain("1 incident of 5 has no location in the data and is not on the map.");
    expect(files.get("incident-map.alt.txt")).toContain("1 incident has no location in the data and is not shown.");
  });

  it("warns once about a valid point outside the map's frame, leaves it off and counts it in the note, alt text and reader table", async () => {
    // Near Kandahar: inside Afghanistan (validation accepts it), south and west of the map's frame.
    const dir = await fixtureWith("events.csv", (t) => t + newRow("31.61", "65.71", "exact"));
    const { files, warnings } = await buildCharts(dir);
    const outside = warnings.map(formatWarning).filter((w) => w.includes("outside the map"));
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatch(/events\.csv, line 6, column "lat": 2026-01-10-test-post's point \(31\.61, 65\.71\) lies outside the map's frame/);
    for (const name of ["incident-map.svg", "incident-map-320px.svg"]) {
      const map = marksOf(files.get(name) as string);
      // The circles drawn are the incidents the note says are on the map: 4 of 5.
      expect(map.incidents, name).toHaveLength(4);
      expect(map.text, name).toContain("1 incident of 5 lies outside the area shown and is not on the map.");
    }
    const alt = files.get("incident-map.alt.txt") as string;
    expect(alt).toContain("showing 4 incidents");
    expect(alt).toContain("1 incident lies outside the area shown and is not shown.");
    expect(alt).not.toContain("Panj");
    const texts = [...files.values()].filter((f): f is string => typeof f === "string");
    expect(texts.some((f) => f.includes("not on the map (outside the area shown)"))).toBe(true);
  });

  it("numbers incidents as the cumulative chart's phone key does, each number once per incident drawn", async () => {
    const dataset = await readDataset(fixtureDir);
    const files = await renderCharts(dataset);
    const keyOf = (svg: string) => [...parse(svg).querySelectorAll("text")].filter((t) => t.getAttribute("class")?.includes("key-marker")).map((t) => t.textContent);
    const phoneKey = keyOf(files.get("cumulative-deaths-320px.svg")!);
    expect(phoneKey).toEqual(["1", "2", "3", "4"]);
    for (const name of ["incident-map.svg", "incident-map-320px.svg"]) {
      const svg = files.get(name)!;
      expect(keyOf(svg), name).toEqual(phoneKey);
      expect(marksOf(svg).numbers.sort(), name).toEqual(phoneKey);
    }
  });

  /** The fixture with four more incidents in Shamsiddin Shohin, one near Qubodiyon and one exact in Kunduz. */
  async function busier(): Promise<Dataset> {
    const dataset = await readDataset(fixtureDir);
    const first = dataset.incidents.at(0);
    const more: Incident[] = [1, 2, 3, 4].map((k) => ({ ...first, id: `extra-${k}`, date: `2026-01-1${k}`, killed: { ...first.killed, killed_chinese_nationals: k } }));
    more.push({ ...first, id: "near", date: "2026-01-15", lat: 37.55, lon: 68.2, geoPrecision: "near", district: "Qubodiyon" });
    more.push({ ...first, id: "exact", date: "2026-01-16", lat: 36.73, lon: 68.86, geoPrecision: "exact", district: "Kunduz", region: "Kunduz" });
    return { ...dataset, incidents: IncidentTable.of([...dataset.incidents, ...more]) };
  }

  it.each([
    [320, "the story"],
    [480, "the story"],
    [640, "the story"],
    [960, "the story"],
    [320, "a busier story"],
    [640, "a busier story"],
  ])("keeps every circle inside the map and clear of the others at %ipx: %s", async (width, story) => {
    const dataset = story === "the story" ? await readDataset(fixtureDir) : await busier();
    const warnings: string[] = [];
    const svg = (await renderCharts({ ...dataset, story: { ...dataset.story, widths: [width] } }, (w) => warnings.push(w.message))).get("incident-map.svg")!;
    expect(warnings).toEqual([]);
    const padding = width <= 480 ? 10 : 16;
    const mapWidth = width - 2 * padding;
    const mapHeight = regionProjection(mapWidth).height;
    const { incidents, areas } = marksOf(svg);
    expect(incidents.length).toBe(dataset.incidents.length);
    // District areas are shaded; a "near" point has an unshaded dashed ring (one in the busier story).
    expect(parse(svg).querySelectorAll('g[fill="none"][stroke-dasharray="3,2"] > circle')).toHaveLength(story === "the story" ? 0 : 1);
    for (const c of [...incidents, ...areas]) {
      expect(c.x - c.r).toBeGreaterThanOrEqual(0);
      expect(c.x + c.r).toBeLessThanOrEqual(mapWidth);
      expect(c.y - c.r).toBeGreaterThanOrEqual(0);
      expect(c.y + c.r).toBeLessThanOrEqual(mapHeight);
    }
    incidents.forEach((a, i) => incidents.slice(i + 1).forEach((b) => expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r)));
  });

  it("draws a point known only to its district, or as near a place, as approximate and an exact one solid, under the border", async () => {
    const dataset = await busier();
    const root = parse((await renderCharts({ ...dataset, story: { ...dataset.story, widths: [640] } })).get("incident-map.svg")!);
    const precisions = [...dataset.incidents].map((_, row) => dataset.incidents.point(row)?.precision);
    const groups = [...root.querySelectorAll(`g[fill="${colors.line}"]`)].filter((g) => g.querySelector(":scope > circle"));
    // See-through and dashed: half of it over the border reads as "somewhere here", not as a crossing.
    const approximate = groups.filter((g) => Number(g.getAttribute("fill-opacity") ?? 1) < 1 && g.getAttribute("stroke-dasharray"));
    const solid = groups.filter((g) => !g.hasAttribute("fill-opacity") && !g.hasAttribute("stroke-dasharray"));
    expect(approximate.flatMap((g) => [...g.querySelectorAll(":scope > circle")])).toHaveLength(precisions.filter((p) => p !== "exact").length);
    expect(solid.flatMap((g) => [...g.querySelectorAll(":scope > circle")])).toHaveLength(precisions.filter((p) => p === "exact").length);
    // The Tajik–Afghan border is drawn after (over) every circle and district area: no circle hides it.
    const border = root.querySelector(`g[stroke="${mapColors.sharedBorder}"]`)!;
    for (const g of [...groups, ...root.querySelectorAll(`g[fill="${mapColors.area}"]`)]) expect(g.compareDocumentPosition(border) & 4, "the border follows").toBe(4);
  });

  it("stays within 30 KB at 640 px before the embedded font", async () => {
    const svg = (await renderCharts(await readDataset(fixtureDir))).get("incident-map.svg")!;
    const withoutFont = svg.replace(/@font-face\{[^}]*\}/g, "");
    expect(withoutFont.length).toBeLessThan(svg.length);
    expect(Buffer.byteLength(withoutFont)).toBeLessThanOrEqual(30 * 1024);
  });

  it("draws from the boundaries scripts/clip-boundaries.ts cuts out of Natural Earth, unedited", async () => {
    expect(await boundariesModule()).toContain(`export const boundariesJson = ${JSON.stringify(boundariesJson)};`);
  });
});
