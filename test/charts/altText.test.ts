import { describe, expect, it } from "vitest";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { renderCharts } from "../../src/build/renderCharts.js";
import { chartIds } from "../../src/dataset/types.js";
import { altText } from "../../src/charts/altText.js";
import { chartData } from "../../src/output/chartData.js";
import { readFixture } from "../support/fixtures.js";
import { svgDocument } from "../support/svgDocument.js";

const dataset = await readFixture();
const figures = headlineFigures(dataset);
const svgs = await renderCharts(dataset);

const numbersIn = (text: string) => new Set(text.match(/\d+/g) ?? []);

describe("altText", () => {
  it("describes the cumulative chart with its key numbers, worked out by hand", () => {
    expect(altText(dataset, figures, "cumulative-deaths")).toBe(
      "Step chart of deaths in incidents itemised by officials, 1 Nov 2025 to 18 Jan 2026: the toll rose from 0 to 14 in 4 deadly incidents; " +
        "the deadliest, on 24 Dec 2025, killed 5. The AFP tally counts 2 more deaths that no itemised incident accounts for: at least 16 in all."
    );
  });

  it("describes the category chart largest first, with the authorities' labels attributed", () => {
    expect(altText(dataset, figures, "casualties-by-category")).toBe(
      "Bar chart of the 14 deaths in incidents itemised by officials, 1 Nov 2025 to 18 Jan 2026, by category, largest first: " +
        "Militants (described by Tajik authorities as “terrorists”) 7, Chinese nationals 5, Tajik border guards 2, " +
        "Smugglers (described by Tajik authorities as smugglers) none. The AFP tally counts 2 more deaths that no itemised incident accounts for: at least 16 in all."
    );
  });

  it.each(chartIds)("%s: every number in the alt text is on the chart or in its data", (id) => {
    const svg = svgs.get(`${id}.svg`)!;
    const drawn = svgDocument(svg).documentElement;
    const visible = [...drawn.getElementsByTagName("text")].map((t) => t.textContent).join(" ");
    const table = chartData(dataset, figures, id);
    const shown = new Set([...numbersIn(visible), ...numbersIn(table.rows.flat().join(" "))]);
    for (const n of numbersIn(altText(dataset, figures, id))) expect(shown, `${n} in the alt text of ${id}`).toContain(n);
  });

  it("opens the chart's <desc> (the notes and source follow, for screen readers)", () => {
    for (const id of chartIds) {
      const svg = svgs.get(`${id}.svg`)!;
      // The SVG carries no U+00A0 (an HTML serialiser would write it as &nbsp;, which XML lacks).
      expect(svg).toContain(`<desc>${altText(dataset, figures, id).replace(/\u00a0/g, " ")} `);
      // <title> and <desc> name and describe the image by themselves: no ids to repeat when pasted twice.
      expect(svg).not.toMatch(/ id="/);
    }
  });
});
