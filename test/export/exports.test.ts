import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { headlineFigures } from "../../src/aggregate/headlineFigures.js";
import { chartData } from "../../src/export/chartData.js";
import { toCsv } from "../../src/export/csv.js";
import { embedSnippet } from "../../src/export/embedSnippet.js";
import { parse } from "csv-parse/sync";
import { readFixture } from "../support/fixtures.js";

const dataset = await readFixture();
const figures = headlineFigures(dataset);

describe("chart data", () => {
  it("cumulative: the running totals plotted (0, 3, 5, 10, 14), AFP's 16 on its date, each incident's source", () => {
    const { columns, rows } = chartData(dataset, figures, "cumulative-deaths");
    const byColumn = (name: string) => rows.map((r) => r[columns.indexOf(name)]);
    expect(byColumn("date")).toEqual(["2025-11-01", "2025-11-26", "2025-11-30", "2025-12-24", "2026-01-18"]);
    expect(byColumn("running_total_itemised")).toEqual([0, 3, 5, 10, 14]);
    expect(byColumn("running_total_at_least")).toEqual(["", "", "", "", 16]);
    expect(byColumn("source_url")[1]).toBe("https://www.trtworld.com/article/d1d5c494e77b https://www.globaltimes.cn/page/202511/1349271.shtml");
  });

  it("categories: the bars plotted, largest first, and the unitemised 2", () => {
    const { rows } = chartData(dataset, figures, "casualties-by-category");
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ["killed_militants", 7],
      ["killed_chinese_nationals", 5],
      ["killed_border_guards", 2],
      ["killed_smugglers", 0],
      ["not_itemised", 2],
    ]);
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and neutralises spreadsheet formulas", () => {
    const csv = toCsv({ columns: ["a", "b"], rows: [["=HYPERLINK(\"http://x\")", 'say "hi", then\nleave'], ["+1", "@SUM(A1)"], ["-2", 3]] });
    expect(parse(csv)).toEqual([
      ["a", "b"],
      ["'=HYPERLINK(\"http://x\")", 'say "hi", then\nleave'],
      ["'+1", "'@SUM(A1)"],
      ["'-2", "3"],
    ]);
  });
});

describe("embedSnippet", () => {
  const hostile = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;
  const html = embedSnippet({
    versions: [
      { file: "c.svg", width: 640, height: 500 },
      { file: "c-320px.svg", width: 320, height: 700 },
    ],
    headline: hostile,
    alt: hostile,
    source: hostile,
    sourceUrl: "javascript:alert(3)",
    credit: hostile,
    dataFile: "c.csv",
    table: { columns: [hostile], rows: [[hostile]] },
    baseUrl: "",
  });
  const document = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;

  it("escapes every value: no script, handler or javascript: link can come from the data", () => {
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(document.querySelectorAll("img")).toHaveLength(1);
    expect([...document.querySelectorAll("*")].flatMap((e) => e.getAttributeNames()).filter((n) => n.startsWith("on"))).toEqual([]);
    expect([...document.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["c.csv"]);
    expect(document.querySelector("img")!.getAttribute("alt")).toBe(hostile);
  });

  it("serves the phone version below the midpoint between widths, the widest by default", () => {
    expect(document.querySelector("source")!.getAttribute("media")).toBe("(max-width: 480px)");
    expect(document.querySelector("source")!.getAttribute("srcset")).toBe("c-320px.svg");
    expect(document.querySelector("img")!.getAttribute("src")).toBe("c.svg");
  });
});
