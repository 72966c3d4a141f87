/**
 * The desk's most frequent act, end to end: later incidents added to the real data as rows (one a day,
 * and moving asOf), with no translation edit, followed by `npm run charts`. Every build exits 0; English and every
 * edition that can be written publish the new totals; an edition that lacks a new district's name is
 * held at its last complete set, byte for byte, and said to be held.
 * The incidents are made up for the test and live only in a scratch copy of data/.
 */
import { execFile } from "node:child_process";
import { appendFile, cp, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { repoDir } from "../support/fixtures.js";
import { sharedBuild } from "../support/sharedBuild.js";
import { publishedEditions } from "../support/editions.js";
import { chartIds } from "../../src/dataset/types.js";
import { cardFormatsFor } from "../../src/charts/cardFrame.js";
import { cardSvg } from "../../src/build/renderCards.js";
import { printSvg, printWidthsOf } from "../../src/build/printOutputs.js";
import { buildEditions } from "../../src/build/buildEditions.js";
import { buildReport } from "../../src/build/buildReport.js";
import { languageOf } from "../../src/editions/languages.js";

const run = promisify(execFile);
const editions = ["fr", "ru", "ar", "zh"];
let data: string;
let out: string;

/** npm run charts on the scratch copy: exit code and output. */
async function build(): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [join(repoDir, "scripts/run.mjs"), "build-charts", "--data", data, "--out", out], { cwd: repoDir, maxBuffer: 1 << 26 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error
  );
}

/** One row of events.csv, and asOf moved to its date: the whole of the desk's edit. */
async function addIncident(row: string): Promise<void> {
  await appendFile(join(data, "events.csv"), `${row}\n`);
  const story = JSON.parse(await readFile(join(data, "story.json"), "utf8"));
  await writeFile(join(data, "story.json"), JSON.stringify({ ...story, asOf: row.split(",")[1] }, null, 2));
}

/** Every file of a folder with its bytes. */
async function folder(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, (await readFile(join(dir, name))).toString("base64")])));
}

beforeAll(async () => {
  // The real data as published, and its charts: the set a desk has before the news breaks.
  const shared = await sharedBuild();
  const root = await mkdtemp(join(tmpdir(), "charts-breaking-"));
  [data, out] = [join(root, "data"), join(root, "charts")];
  await cp(shared.data, data, { recursive: true });
  await cp(shared.charts, out, { recursive: true });
  // Each day's build draws every edition's SVGs and PNGs at every width; the social cards and print PDFs
  // are drawn from the same charts at their own sizes, and what a later row could do to them, leave a
  // label out, is checked in process for the first day (below), without drawing their pixels and pages.
  const story = JSON.parse(await readFile(join(data, "story.json"), "utf8"));
  await writeFile(join(data, "story.json"), JSON.stringify({ ...story, printWidths: [], socialCards: false }, null, 2));
});

describe("later incidents added one row at a time, no translation edited", () => {
  // Two rows, one build: the desk's day is one row, but a deadly incident and one with no deaths and no
  // public link do not meet in the code that publishes them, and each whole five-edition build is seconds.
  it("a deadly day in a district the data names, then a day with no deaths and no public link: every edition current with the new totals", async () => {
    await addIncident("2026-01-29-test-post,2026-01-29,Khatlon,Shamsiddin Shohin,A border post,37.84,70.04,district,0,0,0,3,0,3 smugglers killed at a border post,Made up for a test.,Test wire (29 Jan),https://example.org/test-1");
    // Reported by an outlet whose report has no public link.
    await addIncident("2026-02-01-test-exchange,2026-02-01,Gorno-Badakhshan,Darvoz,Near Shodak,38.47,70.80,district,0,0,0,0,,Exchange of fire; no deaths,Made up for a test.,Test outlet by phone (1 Feb),no public link");
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Killed in itemised incidents: 17 in 5 deadly incidents (and 1 incident with no deaths)");
    expect(result.stdout).not.toContain("HELD");
    // The headline figures are never left out to make room, in any edition at any width. (French at 320 px
    // once had no spot for "17 dans les incidents détaillés": it now goes under the line's end.)
    expect(result.stderr).not.toContain("was left out");
    for (const lang of editions) {
      expect(result.stdout).toMatch(new RegExp(`Edition ${lang} \\(.*\\): needs native editor review`));
      const csv = await readFile(join(out, lang, "incident-map.csv"), "utf8");
      expect(csv, lang).toContain("2026-01-29-test-post");
      expect(csv, lang).toContain("2026-02-01-test-exchange");
    }
    expect(result.stderr).toMatch(/events\.csv, line 7, column "source_url": .*no public link/);
    expect(await readFile(join(out, "incident-map.csv"), "utf8")).toMatch(/2026-02-01-test-exchange,.*Test outlet by phone \(1 Feb\),no public link/);
  });

  it("the same days' social cards and print drawings, every edition at the story's default sizes: no label left out", async () => {
    const said: string[] = [];
    for (const { lang, dataset } of await publishedEditions(data)) {
      const published = { ...dataset, story: { ...dataset.story, printWidths: undefined, socialCards: true } };
      for (const id of chartIds) {
        for (const format of cardFormatsFor(published)) cardSvg(published, id, format, (message) => said.push(`${lang} ${id} card ${format.name}: ${message}`));
        for (const widthMm of printWidthsOf(published)) printSvg(published, id, widthMm, (message) => said.push(`${lang} ${id} ${widthMm} mm: ${message}`));
      }
    }
    expect(said.filter((message) => /left out/.test(message))).toEqual([]);
  });

  it("a day in a new district: English current; each edition without the district's name held, its last set intact and said so", async () => {
    const before = Object.fromEntries(await Promise.all(editions.map(async (lang) => [lang, await folder(join(out, lang))])));
    await addIncident("2026-02-03-test-new-district,2026-02-03,Khatlon,Farkhor,A border post,,,,0,0,0,2,0,2 smugglers killed,Made up for a test.,Test wire (3 Feb),https://example.org/test-3");
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Killed in itemised incidents: 19 in 6 deadly incidents (and 1 incident with no deaths)");
    expect(result.stderr).not.toContain("was left out");
    // One number per incident, by date, on every chart, width and the map: 29 Jan is 5, 1 Feb 6, 3 Feb 7.
    const map = (await readFile(join(out, "incident-map.csv"), "utf8")).split("\n");
    expect(map.find((row) => row.includes("2026-01-29-test-post"))).toMatch(/^5,/);
    expect(map.find((row) => row.includes("2026-02-03-test-new-district"))).toMatch(/^7,/);
    const textOf = async (svg: string) => (await readFile(join(out, svg), "utf8")).replace(/<style>[^]*?<\/style>/, "").replace(/<[^>]+>/g, " ");
    // The phone chart numbers every incident it annotates, with a key; the desktop one labels what fits
    // and numbers the rest with the same numbers.
    const phone = await textOf("cumulative-deaths-320px.svg");
    expect(phone).toMatch(/\b5\s+29 Jan: 3 smugglers killed at a border post/);
    expect(phone).toMatch(/\b7\s+3 Feb: 2 smugglers killed/);
    const desktop = await textOf("cumulative-deaths.svg");
    expect(desktop).toMatch(/(^|\s)(5\s+)?29 Jan: 3 smugglers killed at a border post/);
    expect(desktop).toMatch(/(^|\s)(7\s+)?3 Feb: 2 smugglers killed/);
    expect(desktop).not.toMatch(/\b[0-46-9]\s+29 Jan:|\b[0-68-9]\s+3 Feb:/);
    for (const lang of editions) {
      expect(result.stdout).toMatch(new RegExp(`Edition ${lang} \\(.*\\): HELD at its last complete set`));
      expect(result.stderr).toContain(`place.district.Farkhor, place.district.Farkhor.inText. Run \`npm run translation -- --lang ${lang}\``);
      expect(await folder(join(out, lang)), lang).toEqual(before[lang]);
    }
    // Built again with nothing changed: nothing is drawn, the held editions are said to be held again.
    const again = await build();
    expect(again.stdout).toMatch(/^Nothing changed since /);
    for (const lang of editions) expect(again.stdout).toMatch(new RegExp(`Edition ${lang} \\(.*\\): HELD at its last complete set`));
        // The review index lists every edition with the date its set shows: English today's, the held ones
    // their last complete set's, said to be held.
    const index = (await readFile(join(out, "index.html"), "utf8")).replace(/<[^>]+>/g, "");
    expect(index).toMatch(/English \(en\), data as of 2026-02-03: current/);
    for (const lang of editions) expect(index).toMatch(new RegExp(`\\(${lang}\\), data as of 2026-02-01: held at 2026-02-01: needs 2 translations`));
  });
});

describe("a new district on an output folder never built (a fresh checkout)", () => {
  it("an edition without the district's name is said to be not built, not held, and the index does not link a page that is not there", async () => {
    const fresh = join(await mkdtemp(join(tmpdir(), "charts-never-built-")), "data");
    await cp(join(repoDir, "data"), fresh, { recursive: true });
    await appendFile(join(fresh, "events.csv"), "2026-01-18-test-new-district,2026-01-18,Khatlon,Farkhor,A border post,,,,0,0,0,2,0,2 smugglers killed,Made up for a test.,Test wire (18 Jan),https://example.org/test-3\n");
    // No build record, so no last set: what buildKeeping's heldAsOf gives for a folder never built.
    const build = await buildEditions(fresh, { english: false, translated: [languageOf("fr")!], hold: true, heldAsOf: async () => undefined });
    expect(build.held.map(({ lang, asOf }) => [lang, asOf])).toEqual([["fr", undefined]]);
    expect(buildReport(build).editions).toEqual(["Edition fr (Français): NOT BUILT, no earlier set of it to hold; needs 2 texts translated (see the warning below)"]);
    expect(build.warnings.map(({ message }) => message).join("\n")).toContain("the Français (fr) edition is not built: no earlier build of it is recorded in this output folder");
    const index = String(build.files.get("index.html"));
    expect(index).not.toContain('href="fr/index.html"');
    expect(index.replace(/<[^>]+>/g, "")).toContain("Français (fr): not built yet: needs 2 translations (place.district.Farkhor, place.district.Farkhor.inText); run npm run translation -- --lang fr");
  });
});
