/**
 * npm run bench: the build's speed targets, each measured side by side with the peer in one run, and a
 * Markdown table to paste into BENCHMARKS.md. Every figure is whole processes timed from start to exit
 * (watch saves: from the save to the line that says the SVGs are in), the median of several runs taken in
 * turn with what it is compared to, so a machine whose speed drifts moves both sides alike. The peer is
 * the same two charts from the same data at the same size, by Vega-Lite and vega's toSVG() in a cold
 * Node process (scripts/bench/peer.mjs). Synthetic data is generated from a fixed seed into out/bench/.
 * Takes about three minutes on two cores.
 */
import { execFile, spawn } from "node:child_process";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { renderAsync } from "@resvg/resvg-js";
import { renderCharts } from "../src/build/renderCharts.js";
import { readDataset } from "../src/input/readDataset.js";
import { forceColorScheme } from "../src/render/forceColorScheme.js";
import { svgToPng } from "../src/render/png.js";
import { resvgOptionsFor } from "../src/render/resvgFonts.js";
import { generateStory } from "./bench/generate.js";

const run = promisify(execFile);
const work = "out/bench";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} ×`;
type Command = [string, string[]];

/** One process, start to exit. */
async function timed([command, args]: Command): Promise<number> {
  const start = performance.now();
  await run(command, args, { maxBuffer: 1 << 26 });
  return performance.now() - start;
}

/** The medians of commands run in turn (a, b, a, b, …). */
async function inTurn(commands: Command[], runs: number): Promise<number[]> {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) for (const [c, command] of commands.entries()) times[c]!.push(await timed(command));
  return times.map(median);
}

await rm(work, { recursive: true, force: true });
await mkdir(join(work, "peer"), { recursive: true });
const rows: string[][] = [];
const build = (...args: string[]): Command => ["node", ["scripts/run.mjs", "build-charts", "--out", join(work, "charts"), ...args]];
const peer: Command = ["node", ["scripts/bench/peer.mjs", "data", join(work, "peer")]];
await timed(build("--force")); // compiles the scripts and keeps this story's font subsets, as any earlier build has

// Cold builds of data/ that draw everything.
const [every, english, peerCold] = (await inTurn([build("--force"), build("--force", "--lang", "en"), peer], 5)) as [number, number, number];
rows.push(["Cold build, every edition (English, fr, ru, ar, zh) vs English alone", `${ms(every)} vs ${ms(english)}`, ratio(every, english), "≤ 2.5 ×"]);
rows.push(["Cold build, English alone vs the peer", `${ms(english)} vs ${ms(peerCold)}`, ratio(english, peerCold), ""]);

// A build with nothing to do: the record says the outputs are as written.
await timed(build());
const [noChange, peerBeside] = (await inTurn([build(), peer], 7)) as [number, number];
rows.push(["No-change build (every edition) vs the peer", `${ms(noChange)} vs ${ms(peerBeside)}`, ratio(noChange, peerBeside), "≤ 0.3 ×"]);

// Watch mode on a copy of data/: a save, then the peer, seven times each.
const watched = join(work, "watched");
await cp("data", watched, { recursive: true });
const watcher = spawn("node", ["scripts/run.mjs", "build-charts", "--data", watched, "--out", join(work, "watch-out"), "--watch"]);
const lines: string[] = [];
watcher.stdout.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n")));
const rewrites = () => lines.filter((line) => line.startsWith("Charts rewritten")).length;
const record = join(work, "watch-out", ".manifest.json");
// Watch mode swaps in a save's SVGs first; the record marks the PNGs still being drawn "pending".
const settled = async () => {
  while ((await readFile(record, "utf8").catch(() => '"pending"')).includes('"pending"')) await new Promise((r) => setTimeout(r, 5));
};
while (rewrites() < 1) await new Promise((r) => setTimeout(r, 5));
await settled();

/** Saves `file` seven times with `edit(i)` applied; each save's time to its SVGs, and the peer's after it. */
async function saves(file: string, edit: (text: string, i: number) => string): Promise<[number, number]> {
  const text = await readFile(file, "utf8");
  const [save, peerTimes] = [[] as number[], [] as number[]];
  for (let i = 0; i < 7; i++) {
    const before = rewrites();
    const start = performance.now();
    await writeFile(file, edit(text, i));
    while (rewrites() === before) await new Promise((r) => setTimeout(r, 1));
    save.push(performance.now() - start);
    await settled();
    peerTimes.push(await timed(peer));
  }
  await writeFile(file, text);
  while (rewrites() === 0) await new Promise((r) => setTimeout(r, 1));
  await settled();
  return [median(save), median(peerTimes)];
}
// Letters, not digits: a digit typed into a translation is refused unless the English has it.
const letter = (i: number) => "abcdefg"[i];
const story = join(watched, "story.json");
const french = join(watched, "translations", "fr.json");
const [englishSave, peerA] = await saves(story, (text, i) => text.replace("Where the deadly incidents", `Where the deadly incidents (${letter(i)})`));
const [frenchSave, peerB] = await saves(french, (text, i) => text.replace('"translation": "Où se sont produits', `"translation": "Où (${letter(i)}) se sont produits`));
const [creditSave, peerC] = await saves(story, (text, i) => text.replace("Border desk", `Border desk ${letter(i)}`));
watcher.kill();
rows.push(["Watch: the map's headline saved in story.json → its SVGs in charts/, vs the peer in turn", `${ms(englishSave)} vs ${ms(peerA)}`, ratio(englishSave, peerA), "≤ 0.15 ×"]);
rows.push(["Watch: the French map headline saved in fr.json → its SVGs in charts/fr/", `${ms(frenchSave)} vs ${ms(peerB)}`, ratio(frenchSave, peerB), "≤ 0.15 ×"]);
rows.push(["Watch: the credit saved (every chart of English) → their SVGs", `${ms(creditSave)} vs ${ms(peerC)}`, ratio(creditSave, peerC), ""]);

// PNG bytes as built (palette PNGs where the colours fit) against resvg's own RGBA PNG of the same pixels.
const dataset = await readDataset("data");
let [pngBytes, rgbaBytes] = [0, 0];
for (const svg of (await renderCharts(dataset)).values()) {
  for (const scheme of ["light", "dark"] as const) {
    pngBytes += (await svgToPng(svg, { scheme })).length;
    rgbaBytes += (await renderAsync(forceColorScheme(svg, scheme), resvgOptionsFor("en"))).asPng().length;
  }
}
rows.push(["PNG bytes of the English charts vs resvg's RGBA PNGs of the same pixels", `${pngBytes} vs ${rgbaBytes}`, ratio(pngBytes, rgbaBytes), ""]);

// Scale: synthetic stories (English, no translations), the whole build with its peak memory.
for (const n of [100_000, 1_000_000]) {
  const dir = join(work, `synthetic-${n}`);
  await generateStory(dir, n);
  const start = performance.now();
  const { stderr } = await run("node", ["--import", "./scripts/bench/peak-rss.mjs", "scripts/run.mjs", "build-charts", "--data", dir, "--out", join(work, "synthetic-charts"), "--force"], { maxBuffer: 1 << 26 });
  const whole = performance.now() - start;
  rows.push([`Cold build of ${n.toLocaleString("en")} incidents, peak memory`, `${ms(whole)}, ${/peak-rss-mib (\d+)/.exec(stderr)![1]} MiB`, "", "not minutes"]);
  await rm(dir, { recursive: true, force: true });
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const head = ["measure", "time or size", "ratio", "target"];
const table = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const report = `Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n`;
await writeFile(join(work, "report.md"), report);
console.log(report);
