// The peer: the same two charts from the same data at the same size, drawn by Vega-Lite compiled and
// rendered headless with vega's toSVG(), in a cold process (npm run bench times it). Plain JS on purpose:
// the peer pays no TypeScript cost. Writes the SVGs to the folder given.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import * as vega from "vega";
import * as vl from "vega-lite";

const [dataDir = "data", outDir = "."] = process.argv.slice(2);
const story = JSON.parse(readFileSync(join(dataDir, "story.json"), "utf8"));
const categories = parse(readFileSync(join(dataDir, "categories.csv")), { columns: true, bom: true, trim: true });
const events = parse(readFileSync(join(dataDir, "events.csv")), { columns: true, bom: true, trim: true });

const byDate = new Map();
for (const e of events) byDate.set(e.date, (byDate.get(e.date) ?? 0) + categories.reduce((s, c) => s + Number(e[c.column]), 0));
let total = 0;
const steps = [{ date: story.since, total: 0 }, ...[...byDate.keys()].sort().map((date) => ({ date, total: (total += byDate.get(date)) })), { date: story.asOf, total }];
const bars = categories.map((c) => ({ label: c.attribution ? `${c.label} (${c.attribution})` : c.label, killed: events.reduce((s, e) => s + Number(e[c.column]), 0) }));

const font = { font: "Source Sans 3, sans-serif" };
const specs = {
  "cumulative-deaths": {
    width: 600, height: 300, config: font,
    title: { text: story.charts["cumulative-deaths"].headline, subtitle: story.charts["cumulative-deaths"].dek, anchor: "start" },
    data: { values: steps },
    layer: [
      { mark: { type: "line", interpolate: "step-after", color: "#b8322a" }, encoding: { x: { field: "date", type: "temporal", title: null }, y: { field: "total", type: "quantitative", title: "Deaths, running total" } } },
      { mark: { type: "point", filled: true, color: "#b8322a" }, encoding: { x: { field: "date", type: "temporal" }, y: { field: "total", type: "quantitative" } } },
    ],
  },
  "casualties-by-category": {
    width: 600, config: font,
    title: { text: story.charts["casualties-by-category"].headline, subtitle: story.charts["casualties-by-category"].dek, anchor: "start" },
    data: { values: bars },
    layer: [
      { mark: "bar", encoding: { y: { field: "label", type: "nominal", sort: "-x", title: null }, x: { field: "killed", type: "quantitative", title: null } } },
      { mark: { type: "text", align: "left", dx: 4 }, encoding: { y: { field: "label", type: "nominal", sort: "-x" }, x: { field: "killed", type: "quantitative" }, text: { field: "killed" } } },
    ],
  },
};
for (const [id, spec] of Object.entries(specs)) {
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none" });
  writeFileSync(join(outDir, `${id}.svg`), await view.toSVG());
  view.finalize();
}
