/**
 * npm run bench: measures the build and prints a table (Markdown) to paste into BENCHMARKS.md.
 * Cold runs are separate processes, timed from start to exit; medians of several runs. Synthetic data
 * is generated from a fixed seed into out/bench/ and never committed. Takes a few minutes.
 */
import { execFile, spawn } from "node:child_process";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { charts, renderCharts } from "../src/build/renderCharts.js";
import { PlotMemo } from "../src/charts/plotMemo.js";
import { readDataset } from "../src/input/readDataset.js";
import { chartDocument } from "../src/charts/dom.js";
import { embedFont } from "../src/render/embedFont.js";
import { serializeSvg } from "../src/render/serialize.js";
import { renderAsync } from "@resvg/resvg-js";
import { forceColorScheme } from "../src/render/forceColorScheme.js";
import { svgToPng } from "../src/render/png.js";
import { resvgOptionsFor } from "../src/render/resvgFonts.js";
import { generateStory } from "./bench/generate.js";
import { headlineFigures } from "../src/figures/headlineFigures.js";
import { askedLanguages } from "../src/editions/askedLanguages.js";
import { readTranslations } from "../src/editions/translations.js";
import { translateDataset } from "../src/editions/translateDataset.js";

const run = promisify(execFile);
const work = "out/bench";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

/**
 * Medians of several commands run in turn (a, b, a, b, …), so that a busy moment on a shared machine
 * falls on all of them alike and their ratios hold.
 */
async function timeInTurn(commands: [string, string[], Record<string, string>?][], runs: number): Promise<number[]> {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const [c, [command, args, env = {}]] of commands.entries()) {
      const start = performance.now();
      await run(command, args, { maxBuffer: 1 << 26, env: { ...process.env, ...env } });
      times[c]!.push(performance.now() - start);
    }
  }
  return times.map(median);
}

/** Median time of `runs` runs; `env` may set variables per run (a fresh cache folder, say). */
async function timeCommand(command: string, args: string[], runs: number, env: (run: number) => Record<string, string> = () => ({})): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(command, args, { maxBuffer: 1 << 26, env: { ...process.env, ...env(i) } });
    times.push(performance.now() - start);
  }
  return median(times);
}

await rm(work, { recursive: true, force: true });
await mkdir(join(work, "peer"), { recursive: true });
const rows: string[][] = [];

// 1–2. Cold builds: the jsdom floor, our build, the peer. Font subsets are kept on disk between runs
// (src/render/subsetStore.ts): timed as found (any run after the first with these characters) and as a
// first run makes them (a fresh, empty cache folder for each run).
// --force: every cold build draws everything; without it a build with nothing changed draws nothing (timed below).
const build = ["scripts/run.mjs", "build-charts", "--out", join(work, "charts"), "--force"];
await run("node", build); // keeps this story's subsets, as any earlier build has
const floor = await timeCommand("node", ["-e", "require('jsdom')"], 7);
// Drawing any chart needs jsdom and Plot in the drawing thread: the least a cold build can cost.
const imports = await timeCommand("node", ["--input-type=module", "-e", "await import('jsdom'); await import('@observablehq/plot')"], 7);
const oursCold = await timeCommand("npm", ["run", "--silent", "charts", "--", "--out", join(work, "charts"), "--force"], 5);
const oursDirect = await timeCommand("node", build, 5);
const oursFirst = await timeCommand("node", build, 5, (i) => ({ CHARTS_CACHE_DIR: join(work, `empty-cache-${i}`) }));
const peerCommand: [string, string[]] = ["node", ["scripts/bench/peer.mjs", "data", join(work, "peer")]];
const peerCold = await timeCommand(...peerCommand, 7);
// Nothing changed since the last build (the one just timed): checked against charts/'s build record, nothing drawn.
// Files are hashed unless their digest is remembered from an earlier run (freshness/digestCache.ts); with
// the cache off, every run hashes every file, as the first run after a build does.
const noChangeBuild = build.filter((arg) => arg !== "--force");
const [noChange, noChangeHashing, peerBeside] = (await timeInTurn([["node", noChangeBuild], ["node", noChangeBuild, { CHARTS_CACHE_DIR: "off" }], peerCommand], 7)) as [number, number, number];
// Issue 16's target: every edition cold within 2.5 × the single-edition cold build, the two run in turn.
const [allEditions, englishOnly] = (await timeInTurn([["node", build], ["node", [...build, "--lang", "en"]]], 5)) as [number, number];
rows.push(["Cold `node -e \"require('jsdom')\"` (the floor)", ms(floor), ""]);
rows.push(["Cold import of jsdom and Plot, nothing drawn (what any build must load first)", ms(imports), `${(imports / floor).toFixed(2)} × floor`]);
rows.push(["Cold `npm run charts` (SVG, PNG, pages; font subsets kept from an earlier run)", ms(oursCold), `${(oursCold / floor).toFixed(2)} × floor, ${(oursCold / peerCold).toFixed(2)} × peer`]);
rows.push(["Cold `node scripts/run.mjs build-charts` (same, without npm)", ms(oursDirect), `${(oursDirect / floor).toFixed(2)} × floor`]);
rows.push(["Cold, same, with no subsets kept (a first run)", ms(oursFirst), `${(oursFirst / floor).toFixed(2)} × floor`]);
rows.push(["Cold peer: Vega-Lite + vega `toSVG()`, both charts", ms(peerCold), ""]);
rows.push([
  "Cold build of every edition (English, fr, ru, ar, zh: 90 SVGs and PNGs) vs English alone (`--lang en`), run in turn",
  `${ms(allEditions)} vs ${ms(englishOnly)}`,
  `${(allEditions / englishOnly).toFixed(2)} × English alone`,
]);
rows.push([
  "No-change rebuild: `node scripts/run.mjs build-charts` with nothing changed since the last build, run in turn with the peer",
  `${ms(noChange)} vs peer ${ms(peerBeside)}`,
  `${(noChange / peerBeside).toFixed(2)} × peer`,
]);
rows.push([
  "No-change rebuild, every file hashed (no digests remembered: the first run after a build, or CHARTS_CACHE_DIR=off), in the same turns",
  ms(noChangeHashing),
  `${(noChangeHashing / peerBeside).toFixed(2)} × peer`,
]);

// 3. Warm re-render per chart (process already running), SVG with the font embedded.
const dataset = await readDataset("data");
for (const [id, chart] of Object.entries(charts)) {
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    const svg = chart(dataset, { width: 640, document: chartDocument() });
    await embedFont(svg);
    serializeSvg(svg);
    if (i >= 5) times.push(performance.now() - start);
  }
  rows.push([`Warm re-render, ${id} at 640 px`, ms(median(times)), ""]);
}

// The least watch mode can do for the French map headline edit timed below, inside a warm process: read and
// check the edited translation file, translate the dataset, draw the map at every width as watch mode does
// (its plot taken again, charts/plotMemo.ts, and framed anew). No pages, no record, no swap. Watch mode
// cannot be faster than this.
const floorData = join(work, "floor-data");
await cp("data", floorData, { recursive: true });
const frenchEdition = askedLanguages(["fr"], floorData).translated;
const floorFile = join(floorData, "translations", "fr.json");
const floorText = await readFile(floorFile, "utf8");
const floorDataset = await readDataset(floorData);
const floorFigures = headlineFigures(floorDataset);
const [checkTimes, drawTimes] = [[] as number[], [] as number[]];
const plots = new PlotMemo();
for (let i = 0; i < 15; i++) {
  // A new word each time, as the timed edit makes: the check is never one remembered from before.
  await writeFile(floorFile, floorText.replace('"translation": "Où se sont produits', `"translation": "Où (${"abcdefghijklmno"[i]}) se sont produits`));
  const start = performance.now();
  const checked = await readTranslations(floorData, frenchEdition, floorDataset, floorFigures);
  const local = translateDataset(floorDataset, frenchEdition[0]!, checked.files.get("fr")!);
  const checkedAt = performance.now();
  await renderCharts(local, () => {}, { plots });
  if (i >= 5) checkTimes.push(checkedAt - start), drawTimes.push(performance.now() - checkedAt);
}

// Watch mode: edit data/story.json in a copy, time until the rebuilt SVGs are reported written.
const watched = join(work, "watched");
await cp("data", watched, { recursive: true });
const watcher = spawn("node", ["scripts/run.mjs", "build-charts", "--data", watched, "--out", join(work, "watch-out"), "--watch"]);
const lines: string[] = [];
watcher.stdout.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n")));
const waitFor = async (count: number, prefix = "Charts rewritten") => {
  while (lines.filter((l) => l.startsWith(prefix)).length < count) await new Promise((r) => setTimeout(r, 2));
};
// Watch mode swaps in the new SVGs first; its build record marks the PNGs still being drawn "pending".
const watchRecord = join(work, "watch-out", ".manifest.json");
const pngsWritten = async () => {
  while ((await readFile(watchRecord, "utf8").catch(() => '"pending"')).includes('"pending"')) await new Promise((r) => setTimeout(r, 5));
};
await waitFor(1);
await pngsWritten();
// The peer drawn once after each edit, while watch mode idles: the watch ratios below are to these runs,
// in turn with the edits, so a machine whose speed drifts during the bench moves both sides alike.
const peerTurns: number[] = [];
const editToChart: number[] = [];
const reported: number[] = [];
const story = await readFile(join(watched, "story.json"), "utf8");
for (let i = 0; i < 7; i++) {
  const start = performance.now();
  await writeFile(join(watched, "story.json"), story.replace("Border desk", `Border desk ${i}`));
  await waitFor(i + 2, "Charts rewritten");
  editToChart.push(performance.now() - start);
  reported.push(Number(/in (\d+) ms/.exec(lines.filter((l) => l.startsWith("Charts rewritten")).at(-1)!)![1]));
  await pngsWritten(); // let the PNGs finish before the next edit
  peerTurns.push(await timeCommand(...peerCommand, 1));
}
// The same for an edit that touches one chart (the map's headline): only its SVGs are drawn.
const oneChart: number[] = [];
const oneChartReported: number[] = [];
for (let i = 0; i < 7; i++) {
  const start = performance.now();
  await writeFile(join(watched, "story.json"), story.replace("Where the deadly incidents", `Where the deadly incidents (${i})`));
  await waitFor(i + 9, "Charts rewritten");
  oneChart.push(performance.now() - start);
  oneChartReported.push(Number(/in (\d+) ms/.exec(lines.filter((l) => l.startsWith("Charts rewritten")).at(-1)!)![1]));
  await pngsWritten();
  peerTurns.push(await timeCommand(...peerCommand, 1));
}
// A translation saved (French, one chart's headline): that edition's chart is drawn, in its own folder.
const frenchFile = join(watched, "translations", "fr.json");
const french = await readFile(frenchFile, "utf8");
const frenchHeadline = /"translation": "([^"]+)"/.exec(french.slice(french.indexOf('"chart.incident-map.headline"')))![1]!;
const oneEdition: number[] = [];
const oneEditionReported: number[] = [];
const oneEditionWhole: number[] = [];
for (let i = 0; i < 7; i++) {
  const start = performance.now();
  // Letters, not digits: a digit typed into a translation is refused unless the English has it.
  await writeFile(frenchFile, french.replace(`"translation": "${frenchHeadline}"`, `"translation": "${frenchHeadline} (${"abcdefg"[i]})"`));
  await waitFor(i + 16, "Charts rewritten");
  oneEdition.push(performance.now() - start);
  oneEditionReported.push(Number(/in (\d+) ms/.exec(lines.filter((l) => l.startsWith("Charts rewritten")).at(-1)!)![1]));
  await pngsWritten();
  oneEditionWhole.push(performance.now() - start);
  peerTurns.push(await timeCommand(...peerCommand, 1));
}
watcher.kill();

const peerInTurn = median(peerTurns);
rows.push(["Cold peer, run once after each watch-mode edit below (the watch ratios are to this)", ms(peerInTurn), ""]);
rows.push(["Watch mode: story.json's credit (on every chart) saved → every chart's SVGs swapped in (incl. the 5 ms debounce)", ms(median(editToChart)), `${(median(editToChart) / peerInTurn).toFixed(2)} × peer in turn (${(median(editToChart) / peerCold).toFixed(2)} × the first)`]);
rows.push(["Watch mode: the same, as timed inside the process", ms(median(reported)), ""]);
rows.push(["Watch mode: one chart's headline saved → that chart's SVGs swapped in (incl. the 5 ms debounce)", ms(median(oneChart)), `${(median(oneChart) / peerInTurn).toFixed(2)} × peer in turn (${(median(oneChart) / peerCold).toFixed(2)} × the first)`]);
rows.push(["Watch mode: the same, as timed inside the process", ms(median(oneChartReported)), ""]);
rows.push(["Watch mode: the French map headline saved in translations/fr.json → fr's map SVGs swapped in (incl. the 5 ms debounce)", ms(median(oneEdition)), `${(median(oneEdition) / peerInTurn).toFixed(2)} × peer in turn (${(median(oneEdition) / peerCold).toFixed(2)} × the first)`]);
rows.push(["Watch mode: the same, as timed inside the process", ms(median(oneEditionReported)), ""]);
rows.push(["Watch mode: the same save → the complete set swapped in (its PNGs and review pages; the record polled every 5 ms)", ms(median(oneEditionWhole)), `${(median(oneEditionWhole) / peerInTurn).toFixed(2)} × peer in turn`]);
const leastEdit = median(checkTimes) + median(drawTimes);
rows.push([
  "The least that French edit can cost, in a warm process: fr.json read and checked, and the dataset translated / the map drawn at every width around its remembered plot, as watch mode draws it (no pages, no swap)",
  `${ms(median(checkTimes))} + ${ms(median(drawTimes))} = ${ms(leastEdit)}`,
  `${(leastEdit / peerInTurn).toFixed(2)} × peer in turn (${(leastEdit / peerCold).toFixed(2)} × the first)`,
]);

// SVG bytes against the peer, before font embedding: the SVGs as shipped (ids, dark-mode rules and all).
const ours = await readDataset("data");
const shipped = await renderCharts({ ...ours, story: { ...ours.story, widths: [640], embedFont: false } });
// The peer draws no map; the map has a budget of its own instead (30 KB at 640 px before the font).
const mapBudget = 30 * 1024;
const mapBytes = Buffer.byteLength(shipped.get("incident-map.svg")!);
rows.push(["SVG bytes, incident-map (no font), budget 30 KB", `${mapBytes}`, `${((100 * mapBytes) / mapBudget).toFixed(0)} % of budget${mapBytes > mapBudget ? " (OVER)" : ""}`]);
for (const id of Object.keys(charts).filter((id) => id !== "incident-map")) {
  const bytes = Buffer.byteLength(shipped.get(`${id}.svg`)!);
  const peer = Buffer.byteLength(await readFile(join(work, "peer", `${id}.svg`)));
  rows.push([`SVG bytes, ${id} (no font) vs peer`, `${bytes} vs ${peer}`, `${(bytes / peer).toFixed(2)} × peer`]);
}

// PNG bytes as built (palette PNGs where the colours fit) against resvg's own RGBA PNG of the same pixels.
let pngBytes = 0;
let rgbaBytes = 0;
for (const svg of (await renderCharts(ours)).values()) {
  for (const scheme of ["light", "dark"] as const) {
    pngBytes += (await svgToPng(svg, { scheme })).length;
    const image = await renderAsync(forceColorScheme(svg, scheme), resvgOptionsFor("en")); // whole fonts, as resvg alone would draw it
    rgbaBytes += image.asPng().length;
  }
}
rows.push(["PNG bytes, all charts, widths and schemes, vs resvg's RGBA PNG of the same pixels", `${pngBytes} vs ${rgbaBytes}`, `${(pngBytes / rgbaBytes).toFixed(2)} ×`]);

// 4. Scale: synthetic stories, each measured in a fresh process.
const scale: string[][] = [];
let baseBytes = 0;
for (const n of [1_000, 10_000, 100_000, 1_000_000]) {
  const dir = join(work, `synthetic-${n}`);
  await generateStory(dir, n);
  // Load to SVG in a fresh process, timed inside it by phase and from outside start to exit.
  let start = performance.now();
  const { stdout } = await run("node", ["scripts/run.mjs", "bench/scale", dir], { maxBuffer: 1 << 26 });
  const svgProcess = performance.now() - start;
  const r = JSON.parse(stdout.trim().split("\n").at(-1)!);
  // The whole build, as npm run charts does it (SVGs, PNGs, pages, written), start to exit.
  start = performance.now();
  const { stderr } = await run("node", ["--import", "./scripts/bench/peak-rss.mjs", "scripts/run.mjs", "build-charts", "--data", dir, "--out", join(work, "synthetic-charts"), "--force"], {
    maxBuffer: 1 << 26,
  });
  const whole = performance.now() - start;
  const wholeRss = Number(/peak-rss-mib (\d+)/.exec(stderr)![1]);
  const wholeCpu = Number(/cpu-ms (\d+)/.exec(stderr)![1]);
  const bytes = Object.values(r.svgBytes as Record<string, number>).reduce((a, b) => a + b, 0);
  if (n === 1_000) baseBytes = bytes;
  scale.push([
    n.toLocaleString("en"),
    ms(r.loadValidateMs),
    ms(r.aggregateMs),
    ms(r.renderMs),
    `${ms(svgProcess)}, ${r.maxRssMiB.toFixed(0)} MiB`,
    `${ms(whole)} (CPU ${ms(wholeCpu)}), ${wholeRss} MiB`,
    `${bytes} (${((bytes / baseBytes - 1) * 100).toFixed(1)} % vs 1k)`,
  ]);
  await rm(dir, { recursive: true, force: true });
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const table = (head: string[], body: string[][]) => [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...body.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const report = `Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.\n\n${table(["measure", "time / size", "ratio"], rows)}\n\n${table(
  ["incidents", "load + validate", "aggregate", "render (SVG)", "to SVG, process start to exit, peak RSS", "whole build (SVG, PNG, pages; English only: the synthetic stories have no translations), CPU time of all threads, peak RSS", "SVG bytes (every chart, widest)"],
  scale
)}\n`;
await writeFile(join(work, "report.md"), report);
console.log(report);
