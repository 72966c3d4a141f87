import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { chartData } from "../../src/output/chartData.js";
import { toCsv } from "../../src/output/csv.js";
import { embedSnippet } from "../../src/output/embedSnippet.js";
import { snippetSvg } from "../../src/output/snippetSvg.js";
import { embedWarnings } from "../../src/output/embedWarnings.js";
import { readerTable } from "../../src/output/readerTable.js";
import { parse } from "csv-parse/sync";
import { fixtureWith, readFixture } from "../support/fixtures.js";
import { readDataset } from "../../src/input/readDataset.js";
import { translated } from "../support/editions.js";

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

describe("chart data for a source with no public link", () => {
  it('says "no public link" where the links go, in the edition\'s language', async () => {
    const dir = await fixtureWith("events.csv", (t) => t.replace("http://en.fergana.news/news/144817/ https://centralasia.media/news:2398767", "no public link"));
    const english = await readDataset(dir);
    const lastRow = (data: { rows: (string | number)[][] }) => data.rows.at(-1)!;
    expect(lastRow(chartData(english, headlineFigures(english), "incident-map")).at(-1)).toBe("no public link");
    expect(lastRow(chartData(english, headlineFigures(english), "cumulative-deaths"))[6]).toBe("no public link");
    const militants = chartData(english, headlineFigures(english), "casualties-by-category").rows.find((r) => r[0] === "killed_militants")!;
    expect(militants[5]).toBe("https://www.anews.com.tr/middle-east/2025/12/25/tajikistan-says-5-killed-in-armed-clash-on-border-with-afghanistan https://www.svoboda.org/a/dvoe-pogranichnikov-tadzhikistana-pogibli-na-granitse-s-afganistanom/33632534.html no public link");
    const french = await translated(english, "fr");
    expect(lastRow(chartData(french, headlineFigures(french), "incident-map")).at(-1)).toBe("pas de lien public");
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

  it("sends headers through the same neutraliser: a formula behind any Unicode space is defused, and a CR or LF is quoted", () => {
    const payloads = ["=HYPERLINK(\"http://x\",\"Date\")", "\u00a0=HYPERLINK(\"http://x\")", "\t=1+1", "\u3000@SUM(A1)", "\u2003+1", "\u200b-2", "\u0085=1"];
    const csv = toCsv({ columns: [...payloads, "Da\rte"], rows: [[...payloads, "lab\rel"]] });
    const expected = [...payloads.map((p) => `'${p}`)];
    expect(parse(csv, { relax_column_count: false })).toEqual([
      [...expected, "Da\rte"],
      [...expected, "lab\rel"],
    ]);
    // Nothing splits a row: a CR or LF in a header or a cell sits inside quotes.
    expect(csv.split("\n").filter(Boolean)).toHaveLength(2);
    expect(csv).toContain('"Da\rte"');
    expect(csv).toContain('"lab\rel"');
  });
});

describe("embedSnippet", () => {
  const hostile = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;
  const html = embedSnippet({
    svgs: ['<svg xmlns="http://www.w3.org/2000/svg" class="c640"/>\n', '<svg xmlns="http://www.w3.org/2000/svg" class="c320"/>\n'],
    width: 640,
    pngs: [
      { file: "c.png", width: 640, height: 500 },
      { file: "c-320px.png", width: 320, height: 700 },
    ],
    alt: hostile,
    container: "c-1234",
    headline: hostile,
    sourceUrl: "javascript:alert(3)",
    dataFile: "c.csv",
    table: { columns: [hostile, hostile], rows: [{ header: hostile, cells: [hostile] }] },
    baseUrl: "",
  });
  const document = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;

  it("escapes every value: no script, handler or javascript: link can come from the data", () => {
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect([...document.querySelectorAll("img")].map((img) => img.getAttribute("alt"))).toEqual([hostile]);
    expect([...document.querySelectorAll("*")].flatMap((e) => e.getAttributeNames()).filter((n) => n.startsWith("on"))).toEqual([]);
    expect([...document.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["c.csv"]);
    expect([...document.querySelectorAll("tr")].map((tr) => [...tr.children].map((cell) => cell.textContent))).toEqual([
      [hostile, hostile],
      [hostile, hostile],
    ]);
    expect(document.querySelector("table")!.getAttribute("aria-label")).toBe(`${hostile}: the data`);
  });

  it("holds every version inline in one named container, and the table with row headers in a box that cannot widen the page", () => {
    const wrapper = document.querySelector("figure > div")!;
    expect(wrapper.getAttribute("style")).toContain("container:c-1234/inline-size");
    expect([...wrapper.querySelectorAll("svg")].map((svg) => svg.getAttribute("class"))).toEqual(["c640", "c320"]);
    expect([...document.querySelectorAll("th")].map((th) => th.getAttribute("scope"))).toEqual(["row", "row"]);
    const box = document.querySelector("table")!.parentElement!.getAttribute("style")!;
    expect(document.querySelector("table")!.parentElement!.hasAttribute("hidden")).toBe(true);
    for (const rule of ["position:absolute", "width:1px", "overflow:hidden", "clip-path:inset(50%)", "white-space:normal"]) expect(box).toContain(rule);
  });
});

describe("embedSnippet's reader table", () => {
  const html = embedSnippet({
    svgs: ['<svg xmlns="http://www.w3.org/2000/svg" class="c640"/>\n'],
    width: 640,
    pngs: [{ file: "c.png", width: 640, height: 500 }],
    alt: "alt",
    container: "c-1234",
    headline: "Toll",
    dataFile: "c.csv",
    table: { columns: ["Date", "Killed", "At least", "Source"], rows: [{ header: "1 Nov", cells: ["3", "", "Khovar"] }, { header: "2 Nov", cells: ["2", "16", "AFP"] }] },
    baseUrl: "",
  });
  const table = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.querySelector("table")!;

  it("is records two columns wide, each opened by its row's header in bold, empty fields left out, every row in the <thead>", () => {
    expect([...table.querySelectorAll("tr")].map((tr) => [...tr.children].map((cell) => cell.textContent).join(": "))).toEqual([
      "Date: 1 Nov", "Killed: 3", "Source: Khovar",
      "Date: 2 Nov", "Killed: 2", "At least: 16", "Source: AFP",
    ]);
    expect(table.querySelectorAll("thead tr")).toHaveLength(7);
    expect([...table.querySelectorAll("b")].map((b) => b.textContent)).toEqual(["1 Nov", "2 Nov"]);
    expect(table.querySelector("caption, tbody")).toBeNull();
  });
});

describe("snippetSvg", () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" class="c"><title>A &amp; B &lt;C&gt;</title><desc>x]]&gt;y</desc><style>@container c (width &gt;= 5px){}</style><text>a &lt; b<tspan>&amp;c</tspan></text></svg>';
  const ids = { title: "c-t", desc: "c-d" };
  const parsed = (markup: string) => new JSDOM(`<!DOCTYPE html><body>${markup}</body>`).window.document.querySelector("svg")!;

  it("hides the SVG by an attribute, and an HTML parser reads its words as they were written", () => {
    for (const widest of [true, false]) {
      const out = parsed(snippetSvg(svg, { widest, ids }));
      expect(out.getAttribute("display")).toBe("none");
      if (widest) expect(out.querySelector("desc")!.textContent).toBe("x]]>y");
      expect(out.querySelector("style")!.textContent).toBe("@container c (width >= 5px){}");
      expect(out.querySelector("text")!.textContent).toBe("a < b&c");
      if (widest) expect(out.querySelector("title")!.textContent).toBe("A & B <C>");
      else expect([out.getAttribute("aria-labelledby"), out.getAttribute("aria-describedby"), out.querySelector("title, desc")]).toEqual(["c-t", "c-d", null]);
    }
  });

  it("the widest version keeps <title> and <desc> as plain text, with ids; every other word is in CDATA", () => {
    const widest = snippetSvg(svg, { widest: true, ids });
    expect(widest).toContain('<title id="c-t">A &amp; B &lt;C&gt;</title><desc id="c-d">x]]&gt;y</desc>');
    expect(widest.replace(/<(title|desc)[^>]*>[^<]*<\/\1>/g, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "")).not.toMatch(/>[^<\s]/);
    const named = snippetSvg(svg, { widest: false, ids });
    expect(named.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "")).not.toMatch(/>[^<\s]/);
  });
});

describe("readerTable", () => {
  it("cumulative: dates as the chart writes them, human headers, no synthetic start row, AFP's 16 on its date", () => {
    const { columns, rows } = readerTable(dataset, figures, "cumulative-deaths");
    expect(columns).toEqual(["Date", "Killed that day", "Killed in itemised incidents, running total", "Killed, at least (AFP tally)", "Incidents", "Source"]);
    expect(rows.map((r) => r.header.replace(/\u00a0/g, " "))).toEqual(["26 Nov 2025", "30 Nov 2025", "24 Dec 2025", "18 Jan 2026"]);
    expect(rows.map((r) => r.cells.slice(0, 3))).toEqual([["3", "3", ""], ["2", "5", ""], ["5", "10", ""], ["4", "14", "16"]]);
  });

  it("categories: labels with their attribution, not column names", () => {
    const { columns, rows } = readerTable(dataset, figures, "casualties-by-category");
    expect(columns).toEqual(["Category", "Killed", "Source"]);
    expect(rows[0]!.header).toBe("Militants (described by Tajik authorities as “terrorists”)");
    expect(rows.map((r) => r.cells[0])).toEqual(["7", "5", "2", "0", "2"]);
    expect(rows.every((r) => !/killed_/.test(r.header))).toBe(true);
  });

  it("map: the incidents in date order, with their numbers on the map, where and how exactly they are placed", () => {
    const { columns, rows } = readerTable(dataset, figures, "incident-map");
    expect(columns).toEqual(["Date", "Number on the map", "Where", "How exactly the map places it", "Killed", "Incident", "Source"]);
    expect(rows.map((r) => r.header.replace(/\u00a0/g, " "))).toEqual(["26 Nov 2025", "30 Nov 2025", "24 Dec 2025", "18 Jan 2026"]);
    expect(rows.map((r) => [r.cells[0], r.cells[3]])).toEqual([["1", "3"], ["2", "2"], ["3", "5"], ["4", "4"]]);
    expect(rows[1]!.cells[1]).toMatch(/^Darvoz district, Gorno-Badakhshan: /);
    expect(rows.every((r) => r.cells[2]!.startsWith("located only to the district, "))).toBe(true);
  });
});

describe("embedWarnings", () => {
  it("warns when baseUrl is unset (snippet links would be relative to charts/), and not once it is set", () => {
    const [warning, ...rest] = embedWarnings({ ...dataset.story, baseUrl: "" }, "data/story.json");
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ file: "data/story.json", column: "baseUrl" });
    expect(warning!.message).toContain("break when pasted");
    expect(embedWarnings({ ...dataset.story, baseUrl: "https://example.org/graphics/border/" }, "data/story.json")).toEqual([]);
  });
});
