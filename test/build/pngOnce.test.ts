import { describe, expect, it } from "vitest";
import { drawPng } from "../../src/build/drawPng.js";
import { renderCharts } from "../../src/build/renderCharts.js";
import { readFixture } from "../support/fixtures.js";

/**
 * Watch mode asks again for the PNGs of a save superseded before they were drawn; each must be drawn once
 * and the drawing taken again, or saves made while a set's PNGs are drawing queue them all again.
 */
describe("a PNG asked for twice", () => {
  it("is drawn once: the same drawing is handed back for the same SVG, scheme and edition", async () => {
    const dataset = await readFixture();
    const svgs = await renderCharts({ ...dataset, story: { ...dataset.story, widths: [320] } });
    const svg = svgs.get("casualties-by-category.svg");
    const first = drawPng(svg!, "light", "en");
    // An equal string made anew, as the next save's SVG of an unchanged chart is.
    expect(drawPng(`${svg!.slice(0, 10)}${svg!.slice(10)}`, "light", "en")).toBe(first);
    expect(drawPng(svg!, "dark", "en")).not.toBe(first);
    expect(drawPng(svg!, "light", "fr")).not.toBe(first);
    expect((await first).subarray(1, 4).toString()).toBe("PNG");
  }, 60_000);
});
