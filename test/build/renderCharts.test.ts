import { describe, expect, it } from "vitest";
import { renderCharts } from "../../src/build/renderCharts.js";
import { readFixture } from "../support/fixtures.js";

const fixture = await readFixture();

describe("renderCharts", () => {
  it("draws each chart at every width the story sets, widest under the plain name", async () => {
    const files = await renderCharts({ ...fixture, story: { ...fixture.story, widths: [400, 720] } });
    expect([...files.keys()]).toEqual([
      "cumulative-deaths.svg",
      "cumulative-deaths-400px.svg",
      "casualties-by-category.svg",
      "casualties-by-category-400px.svg",
      "incident-map.svg",
      "incident-map-400px.svg",
    ]);
    expect(files.get("cumulative-deaths.svg")).toMatch(/^<svg [^>]*width="720"/);
  });

  it("embeds a WOFF2 subset per weight used, under a family name of its own", async () => {
    const svg = (await renderCharts(fixture)).get("casualties-by-category.svg")!;
    const faces = [...svg.matchAll(/@font-face\{font-family:"(chart-[0-9a-f]{12})";font-weight:(\d+);src:url\(data:font\/woff2;base64,/g)];
    expect(faces.map((f) => f[2])).toEqual(["400", "600", "700"]);
    expect(new Set(faces.map((f) => f[1])).size).toBe(1);
    expect(svg).toContain(`font-family="'${faces[0]![1]}', 'Source Sans 3'`);
  });

  it("with embedFont off, embeds nothing and lays text out with room for a wider fallback font", async () => {
    const embedded = (await renderCharts(fixture)).get("cumulative-deaths-320px.svg")!;
    const plain = (await renderCharts({ ...fixture, story: { ...fixture.story, embedFont: false } })).get("cumulative-deaths-320px.svg")!;
    expect(plain).not.toContain("@font-face");
    expect(plain).toMatch(/^<svg [^>]*font-family="'Source Sans 3'/);
    // The font subset is most of what goes: about 13 KB of base64 (the scoped rules stay).
    expect(plain.length).toBeLessThan(embedded.length - 10_000);
    // Labels get the wider allowance too (the frame has it either way, for librsvg), so they are placed anew.
    const labelPlaces = (svg: string) => [...svg.matchAll(/<text[^>]*transform="([^"]*)"/g)].map((m) => m[1]);
    expect(labelPlaces(plain)).not.toEqual(labelPlaces(embedded));
  });
});
