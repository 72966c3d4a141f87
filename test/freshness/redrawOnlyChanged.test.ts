import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeCharts } from "../../src/output/writeCharts.js";
import { chartIds } from "../../src/dataset/types.js";
import { buildKeeping, recordedFiles } from "../../src/build/buildKeeping.js";
import { defaultLocations, digestInputs, type InputDigests } from "../../src/freshness/inputs.js";
import { fixtureCopy } from "../support/fixtures.js";

/**
 * Each kind of input changed in turn: which SVGs and PNGs the build draws, and that what it writes (kept
 * files included, and the build record) is byte for byte what a build that keeps nothing writes.
 */
describe("a build draws only the outputs whose inputs changed", () => {
  let data: string;
  let out: string;
  let reference: string;
  let inputs: InputDigests;

  const svgAndPngs = (stem: string) => [`${stem}.svg`, `${stem}.png`, `${stem}.dark.png`];
  // English in charts/ and one other edition, French, in its folder: what holds for one edition holds
  // for each (every edition is drawn the same way, build/buildEditions.ts).
  const folders = ["", "fr/"];
  const inEveryEdition = (files: string[]) => folders.flatMap((folder) => files.map((file) => `${folder}${file}`)).sort();
  const filesUnder = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
  const chartFiles = (id: string, widths: string[]) => widths.flatMap((w) => svgAndPngs(w ? `${id}-${w}px` : id));

  async function editJson(file: string, edit: (json: Record<string, any>) => void): Promise<void> {
    const json = JSON.parse(await readFile(join(data, file), "utf8"));
    edit(json);
    await writeFile(join(data, file), JSON.stringify(json, null, 2));
  }

  // The reference set and its warnings, with the inputs it was drawn from: an edit to the outputs alone, or
  // none, leaves the inputs as they were, and a build that draws everything from them writes the same bytes.
  let drawnFrom: { inputs: string; warnings: unknown } | undefined;

  /** Builds into `out` keeping what it can, and into `reference` keeping nothing; returns what `out`'s build drew. */
  async function rebuild(inputsFor = (digests: InputDigests) => digests): Promise<string[]> {
    inputs = inputsFor(await digestInputs(defaultLocations(data)));
    const build = await buildKeeping(data, out, inputs);
    await writeCharts(out, recordedFiles(build, inputs, { test: true }));
    if (drawnFrom?.inputs !== JSON.stringify(inputs)) {
      const full = await buildKeeping(data, reference, inputs, { force: true });
      expect(full.redrawn).toHaveLength(full.keys.size);
      await writeCharts(reference, recordedFiles(full, inputs, { test: true }));
      drawnFrom = { inputs: JSON.stringify(inputs), warnings: full.warnings };
    }
    expect(build.warnings).toEqual(drawnFrom.warnings); // a kept chart's compromises are said again
    const names = await filesUnder(out);
    expect(names).toEqual(await filesUnder(reference));
    for (const name of names) expect((await readFile(join(out, name))).equals(await readFile(join(reference, name))), name).toBe(true);
    return [...build.redrawn].sort();
  }

  beforeAll(async () => {
    data = await fixtureCopy({ languages: ["fr"] });
    out = join(await mkdtemp(join(tmpdir(), "charts-redraw-")), "charts");
    reference = join(await mkdtemp(join(tmpdir(), "charts-redraw-ref-")), "charts");
    expect(await rebuild()).toHaveLength(folders.length * chartIds.length * 2 * 3); // nothing to keep yet: 2 editions × 3 charts × 2 widths × SVG and 2 PNGs (the fixture draws no cards: test/freshness/outputKeys.test.ts)
  });

  it("draws nothing when nothing changed", async () => {
    expect(await rebuild()).toEqual([]);
  });

  it("a story text for one chart: that chart's SVGs and PNGs at every width", async () => {
    await editJson("story.json", (story) => (story.charts["incident-map"].headline += " (edited)"));
    expect(await rebuild()).toEqual(chartFiles("incident-map", ["", "320"]).sort());
  });

  it("the article's own figures (checked, never drawn): nothing", async () => {
    await editJson("story.json", (story) => (story.figures[0].source += " (edited)"));
    expect(await rebuild()).toEqual([]);
  });

  it("a story text every chart shows (the credit): every chart of the English edition (the others show their translation)", async () => {
    await editJson("story.json", (story) => (story.credit += " (edited)"));
    expect((await rebuild()).filter((file) => !file.includes("/"))).toHaveLength(18);
    expect(await rebuild()).toEqual([]);
  });

  it("one translation file: that edition's charts alone", async () => {
    const french = join(data, "translations", "fr.json");
    const text = await readFile(french, "utf8");
    const credit = '"translation": "Infographie\\u00a0: Border desk"';
    expect(text).toContain(credit);
    await writeFile(french, text.replace(credit, '"translation": "Infographie\\u00a0: Border desk (modifié)"'));
    const redrawn = await rebuild();
    expect(redrawn.length).toBe(18);
    expect(redrawn.every((file) => file.startsWith("fr/"))).toBe(true);
  });

  it("one chart's headline in a translation file: that chart of that edition alone", async () => {
    const french = join(data, "translations", "fr.json");
    const text = await readFile(french, "utf8");
    const headline = '"translation": "Où se sont produits les incidents meurtriers à la frontière tadjiko-afghane"';
    expect(text).toContain(headline);
    await writeFile(french, text.replace(headline, headline.replace("Où", "Là où")));
    const redrawn = await rebuild();
    expect(redrawn.sort()).toEqual([
      "fr/incident-map-320px.dark.png",
      "fr/incident-map-320px.png",
      "fr/incident-map-320px.svg",
      "fr/incident-map.dark.png",
      "fr/incident-map.png",
      "fr/incident-map.svg",
    ]);
    expect(await readFile(join(out, "fr", "incident-map.svg"), "utf8")).toContain("Là où se sont produits");
  });

  it("an incident's English label: the English charts (every other edition draws its own translation of it)", async () => {
    const events = join(data, "events.csv");
    await writeFile(events, (await readFile(events, "utf8")).replace("3 Chinese workers killed in attack on camp", "Three Chinese workers killed in attack on camp"));
    const redrawn = await rebuild();
    expect(redrawn).toHaveLength(18);
    expect(redrawn.every((file) => !file.includes("/"))).toBe(true);
  });

  it("the data (an incident's coordinates): every chart in every edition", async () => {
    const events = join(data, "events.csv");
    await writeFile(events, (await readFile(events, "utf8")).replace(",38.47,70.80,district,", ",38.47,70.81,district,"));
    expect(await rebuild()).toHaveLength(folders.length * 18);
  });

  it("a width added: that width, and the next narrower one, whose snippet range ends where the new one begins", async () => {
    await editJson("story.json", (story) => (story.widths = [640, 480, 320]));
    expect(await rebuild()).toEqual(inEveryEdition(chartIds.flatMap((id) => chartFiles(id, ["480", "320"]))));
  });

  it("an SVG or PNG edited by hand: it (and, for an SVG, its PNGs) only", async () => {
    await writeFile(join(out, "cumulative-deaths-480px.svg"), "<svg/>");
    await writeFile(join(out, "casualties-by-category.dark.png"), "not a PNG");
    expect(await rebuild()).toEqual([...svgAndPngs("cumulative-deaths-480px"), "casualties-by-category.dark.png"].sort());
  });

  it("the code, fonts or lockfile: everything", async () => {
    for (const group of ["code", "fonts", "lockfile"]) {
      expect(await rebuild((digests) => ({ ...digests, [group]: `${group} changed` })), group).toHaveLength(folders.length * 27);
    }
  });
});
