/**
 * One number per incident, everywhere (charts/incidentKey.ts): each incident is numbered by date (ties:
 * events.csv order), and every chart, width, key and the map's alt text that numbers incidents uses that
 * number. Read back out of what renderCharts writes, for the story and after adding a later incident, a
 * zero-death incident and a second incident on the later incident's day.
 */
import { describe, expect, it } from "vitest";
import { renderCharts } from "../../src/build/renderCharts.js";
import { latestUnannotated } from "../../src/charts/incidentKey.js";
import { formatWarning } from "../../src/input/problems.js";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import type { Dataset } from "../../src/dataset/types.js";
import { formatDay } from "../../src/style/houseStyle.js";
import { readFixture } from "../support/fixtures.js";
import { allNumbers, markerNumbers as numbersOf, markerPattern } from "../support/markers.js";
import { svgDocument } from "../support/svgDocument.js";

const fixture = await readFixture();

/** The fixture with incidents added as the desk would: rows appended to events.csv, copying the 30 Nov row's place (Darvoz). */
function withRows(dataset: Dataset, added: { id: string; date: string; killed: number }[]): Dataset {
  const base = dataset.incidents.at(1);
  const rows = added.map(({ id, date, killed }) => ({ ...base, id, date, label: `${id} (test incident)`, killed: { ...base.killed, killed_chinese_nationals: 0, killed_smugglers: killed } }));
  const asOf = [dataset.story.asOf, ...added.map((a) => a.date)].sort().at(-1)!;
  return { ...dataset, story: { ...dataset.story, asOf }, incidents: IncidentTable.of([...dataset.incidents, ...rows]) };
}

const later = withRows(fixture, [{ id: "test-later", date: "2026-01-29", killed: 3 }]);
const busier = withRows(later, [
  { id: "test-no-deaths", date: "2026-02-19", killed: 0 },
  { id: "test-same-day", date: "2026-01-29", killed: 1 },
]);

/** The rule, worked out here independently: by date, then row. Incident id → number. */
function expectedNumbers(dataset: Dataset): Map<string, number> {
  const { incidents } = dataset;
  const rows = [...Array(incidents.length).keys()].sort((a, b) => incidents.date(a).localeCompare(incidents.date(b)) || a - b);
  return new Map(rows.map((row, i) => [incidents.id(row), i + 1]));
}


const classTokens = (element: Element) => (element.getAttribute("class") ?? "").split(/\s+/);

/** What one SVG says about numbers: its key (marker → the text's day) and the numbers drawn in the plot. */
function readSvg(svg: string) {
  const root = svgDocument(svg).documentElement;
  const texts = [...root.querySelectorAll("text")];
  const markers = texts.filter((t) => classTokens(t).some((c) => c.endsWith("-key-marker"))).map((t) => t.textContent ?? "");
  const keyElements = texts.filter((t) => classTokens(t).some((c) => c.endsWith("-key")));
  const keyTexts = keyElements.map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "));
  // A district's name the map had no room for is listed after the days, in the names' weight (charts/frame.ts).
  const places = keyElements.filter((t) => t.getAttribute("font-weight") === "600").map((t) => t.textContent ?? "");
  const plot = root.querySelector('g[class$="-plot"]')!;
  const drawn = [...plot.querySelectorAll("text")]
    .filter((t) => !t.closest('[class*="-halo"]') && !t.closest("[font-variant]"))
    .map((t) => t.textContent ?? "")
    .filter((t) => markerPattern.test(t));
  const entries = markers.map((marker, i) => ({ marker, text: keyTexts[i]! }));
  return { key: entries.filter((e) => !places.includes(e.text)), places: entries.filter((e) => places.includes(e.text)), drawn, desc: root.querySelector("desc")?.textContent ?? "" };
}

/** The map's alt text, place by place: district → the numbers it names. */
function altNumbers(alt: string): Map<string, number[]> {
  const places = new Map<string, number[]>();
  for (const [, district, numbers] of alt.matchAll(/incidents? in ([^,]+) district, [^,(]+(?:, killing [^(]*?)?(?:, numbered ([^(]+?) on the map)? \(/g)) {
    places.set(district!, numbers ? numbers.split(/, | and /).map(Number) : []);
  }
  return places;
}

async function check(dataset: Dataset) {
  const expected = expectedNumbers(dataset);
  const { incidents } = dataset;
  const rowsOn = (date: string) => [...Array(incidents.length).keys()].filter((row) => incidents.date(row) === date);
  const files = await renderCharts(dataset);
  const seen = new Map<number, string>(); // number → the day it was read against, across every file
  for (const [name, svg] of files) {
    if (!name.startsWith("cumulative-deaths") && !name.startsWith("incident-map")) continue;
    const { key, places, drawn, desc } = readSvg(svg);
    // A district listed in the key stands beside the numbers of its own incidents' circles.
    for (const { marker, text } of places) {
      for (const n of numbersOf(marker)) {
        const row = [...Array(incidents.length).keys()].find((r) => expected.get(incidents.id(r)) === n)!;
        expect(incidents.district(row), `${name}: key entry "${marker} ${text}"`).toBe(text);
      }
    }
    for (const { marker, text } of key) {
      // The key's day, and the numbers of that day's incidents by the rule.
      const date = [...new Set(Array.from({ length: incidents.length }, (_, row) => incidents.date(row)))].find((d) => text.startsWith(`${formatDay(d).replace(/\u00a0/g, " ")}:`));
      expect(date, `${name}: key entry "${marker} ${text}"`).toBeDefined();
      expect(numbersOf(marker), `${name}: ${text}`).toEqual(rowsOn(date!).map((row) => expected.get(incidents.id(row))));
      for (const n of numbersOf(marker)) {
        expect(seen.get(n) ?? date, `number ${n} in ${name}`).toBe(date);
        seen.set(n, date!);
      }
    }
    const keyed = key.flatMap(({ marker }) => numbersOf(marker)).sort((a, b) => a - b);
    if (name.startsWith("cumulative-deaths")) {
      // The running total's markers stand for the key's numbers, each once (touching dots share a marker).
      expect(allNumbers(drawn), name).toEqual(keyed);
    } else {
      // The map numbers each incident's circle alone, once: exactly the numbers its key lists (a district
      // listed in the key numbers its circles if none was).
      const listed = [...new Set([...keyed, ...places.flatMap(({ marker }) => numbersOf(marker))])].sort((a, b) => a - b);
      expect(drawn.map(Number).sort((a, b) => a - b), name).toEqual(listed);
      // Its alt text (the SVG's <desc>) names each place's numbers: that place's incidents' numbers.
      for (const [district, numbers] of altNumbers(desc)) {
        for (const n of numbers) {
          const id = [...expected].find(([, number]) => number === n)![0];
          const row = [...Array(incidents.length).keys()].find((r) => incidents.id(r) === id)!;
          expect(incidents.district(row), `${name} alt text: number ${n}`).toBe(district);
        }
      }
      expect([...altNumbers(desc).values()].flat().sort((a, b) => a - b), `${name} alt text`).toEqual(keyed);
    }
  }
  return seen;
}

describe("incident numbers", () => {
  it("the same incident carries the same number in every chart, width, key and the map's alt text, and keeps it as incidents are added", async () => {
    const before = await check(fixture);
    const after = await check(later);
    const busiest = await check(busier);
    // The story's four incidents: 1 to 4 by date, whatever is added after them.
    for (const seen of [before, after, busiest]) for (const n of [1, 2, 3, 4]) expect(seen.get(n)).toBe(fixture.incidents.date(n - 1));
    // The later incident is 5; the same-day incident added after it 6 (its row comes later); the one with no deaths 7.
    expect(after.get(5)).toBe("2026-01-29");
    expect([busiest.get(5), busiest.get(6), busiest.get(7)]).toEqual(["2026-01-29", "2026-01-29", "2026-02-19"]);
  });

  it("writes a day with two incidents as \"5, 6\" in the running total's key, and numbers their map circles 5 and 6", async () => {
    const files = await renderCharts(busier);
    expect(readSvg(files.get("cumulative-deaths-320px.svg")!).key.map((k) => k.marker)).toContain("5, 6");
    expect(readSvg(files.get("incident-map.svg")!).drawn).toEqual(expect.arrayContaining(["5", "6", "7"]));
  });
});

describe("the latest incident left out of the annotations", () => {
  it("is said, naming it, when its deaths are fewer than the deadliest days'", () => {
    expect(latestUnannotated(fixture, "events.csv")).toEqual([]);
    const crowded = withRows(fixture, [
      { id: "test-feb-10", date: "2026-02-10", killed: 2 },
      { id: "test-feb-12", date: "2026-02-12", killed: 3 },
      { id: "test-feb-15", date: "2026-02-15", killed: 1 },
    ]);
    expect(latestUnannotated(crowded, "events.csv").map(formatWarning)).toEqual([
      expect.stringMatching(/^events\.csv, line \d+: test-feb-15, the latest, has no number on the map and no annotation on the running total at phone widths \(6 days are annotated there\): the charts annotate the deadliest of the 7 days with incidents \(ties go to the later day\), and 1 killed is not among them/),
    ]);
  });
});
