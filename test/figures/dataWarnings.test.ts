import { describe, expect, it } from "vitest";
import { buildCharts } from "../../src/build/buildCharts.js";
import { formatWarning } from "../../src/input/problems.js";
import { dataWarnings } from "../../src/figures/dataWarnings.js";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import { fixtureWith, fixtureDir, readFixture } from "../support/fixtures.js";
import { readDataset } from "../../src/input/readDataset.js";

describe("warnings", () => {
  it("warns once for an incident whose injured count no source gives, and still builds", async () => {
    const dir = await fixtureWith("events.csv", (t) => t.replace(",0,0,4,0,0,4 ", ",0,0,4,0,,4 "));
    const { warnings, files } = await buildCharts(dir);
    expect(warnings.map(formatWarning)).toEqual([expect.stringMatching(/events\.csv, line 5, column "injured": no number of injured for 2026-01-18-khirmandjo-post/)]);
    expect([...files.keys()].filter((name) => name.endsWith(".svg") && !name.endsWith(".outlined.svg"))).toHaveLength(6);
  });

  it("warns once for a label with characters the chart font lacks", async () => {
    const dir = await fixtureWith("events.csv", (t) => t.replace("2 Chinese road workers killed", "2 Chinese road workers killed 中国"));
    const { warnings } = await buildCharts(dir);
    expect(warnings.map(formatWarning)).toEqual([expect.stringMatching(/line 3, column "label": the chart font has no 中 国/)]);
  });

  it("names the first ten rows of a kind and counts the rest, so a large export does not flood the terminal", async () => {
    const dataset = await readFixture();
    const first = dataset.incidents.at(0);
    const rows = Array.from({ length: 13 }, (_, i) => ({ ...first, id: `row-${i}`, line: i + 2, injured: null }));
    // No tally: thirteen copies of one incident itemise more than it, which is a warning of its own.
    const warnings = dataWarnings({ ...dataset, tallies: [], incidents: IncidentTable.of(rows) }, "events.csv");
    expect(warnings).toHaveLength(11);
    expect(warnings.slice(0, 10).map((w) => w.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(formatWarning(warnings[10]!)).toBe('events.csv, column "injured": and 3 more rows with no number of injured');
  });

  it("gives no warnings for the fixture as it is", async () => {
    expect((await buildCharts(fixtureDir)).warnings).toEqual([]);
  });

  it("warns, without failing, for an incident whose source has no public link", async () => {
    const dir = await fixtureWith("events.csv", (t) => t.replace("http://en.fergana.news/news/144817/ https://centralasia.media/news:2398767", "no public link"));
    const dataset = await readDataset(dir);
    expect(dataset.incidents.sourceUrls(3)).toEqual([]);
    expect(dataWarnings(dataset, "events.csv").map(formatWarning)).toEqual([
      expect.stringMatching(/^events\.csv, line 5, column "source_url": no public link for 2026-01-18-khirmandjo-post: readers get only its source, "Tajik Border Troops \(GKNB\), via Fergana News/),
    ]);
  });

  it("warns when the story's source line names neither who said it nor the outlet it came through", async () => {
    const dataset = await readFixture();
    const rows = [...dataset.incidents];
    rows[1] = { ...rows[1]!, source: "Example Agency via Example Wire, 1 Dec 2025" };
    rows[3] = { ...rows[3]!, source: "Tajik Border Troops (GKNB) via Example Wire (19 Jan)" };
    const warnings = dataWarnings({ ...dataset, incidents: IncidentTable.of(rows) }, "events.csv").map(formatWarning);
    expect(warnings).toEqual([
      'events.csv, line 3, column "source": the story\'s source line (story.json "source") does not name "Example Agency" and "Example Wire", which 2025-11-30-shodak-road-crew\'s source names; add them if the charts should credit them',
      'events.csv, line 5, column "source": the story\'s source line (story.json "source") does not name "Example Wire", which 2026-01-18-khirmandjo-post\'s source names; add it if the charts should credit it',
    ]);
  });

  it("warns at a region or district spelt like another, which would hold every translated edition as a new place", async () => {
    const dataset = await readFixture();
    const rows = [...dataset.incidents];
    const later = (i: number, changes: Partial<(typeof rows)[number]>) => ({ ...rows[3]!, id: `later-${i}`, line: 6 + i, ...changes });
    rows.push(later(0, { region: "Khatlom" }), later(1, { district: "Shamsiddin Shohn" }), later(2, { region: "Gorno Badakhshan", district: "Darvoz" }));
    // Two real districts a letter apart: too short to guess. Twin districts across the border, in regions of their own.
    rows.push(later(3, { district: "Panj" }), later(4, { district: "Vanj" }), later(5, { region: "Badakhshan", district: "Darvaz" }));
    const warnings = dataWarnings({ ...dataset, incidents: IncidentTable.of(rows) }, "events.csv").map(formatWarning);
    expect(warnings.filter((w) => /looks like/.test(w))).toEqual([
      'events.csv, line 6, column "region": "Khatlom" looks like "Khatlon" (line 2 and 5 more): a misspelling? Each spelling is a place of its own, and a place new to the data holds every translated edition until it is translated',
      'events.csv, line 8, column "region": "Gorno Badakhshan" looks like "Gorno-Badakhshan" (line 3): a misspelling? Each spelling is a place of its own, and a place new to the data holds every translated edition until it is translated',
      'events.csv, line 7, column "district": "Shamsiddin Shohn" looks like "Shamsiddin Shohin" (line 2 and 2 more): a misspelling? Each spelling is a place of its own, and a place new to the data holds every translated edition until it is translated',
    ]);
  });

  it("warns about nothing in the fixture's own data (without building it)", async () => {
    expect(dataWarnings(await readFixture(), "events.csv")).toEqual([]);
  });
});
