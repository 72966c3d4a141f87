import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCharts } from "../../src/pipeline/writeCharts.js";
import { buildKeeping, recordedFiles } from "../../src/freshness/buildKeeping.js";
import { buildReport } from "../../src/freshness/buildReport.js";
import { defaultLocations, digestInputs } from "../../src/freshness/inputs.js";
import { keepingRewriter } from "../../src/freshness/watchRewrite.js";
import { languageOf } from "../../src/editions/languages.js";
import { fixtureWith } from "../support/fixtures.js";

const filesUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

/**
 * Watch mode takes the pages of editions a save did not touch from its earlier rewrites. After each kind of
 * edit, what it swapped in must be byte for byte what a build from scratch writes.
 */
describe("pages remembered between watch mode's rewrites", () => {
  it("leave every set byte for byte what a build that draws everything writes", async () => {
    const data = await fixtureWith("story.json", (text) => text);
    const root = await mkdtemp(join(tmpdir(), "charts-pages-"));
    const out = join(root, "charts");
    const translated = [languageOf("fr")!, languageOf("ru")!];
    const rewrite = keepingRewriter(data, out, translated);
    await (await rewrite()).complete;

    const edit = async (file: string, from: string, to: string) => {
      const path = join(data, file);
      const text = await readFile(path, "utf8");
      expect(text).toContain(from);
      await writeFile(path, text.replace(from, to));
    };
    const edits: [string, () => Promise<void>][] = [
      ["a French headline", () => edit("translations/fr.json", '"translation": "Où se sont produits', '"translation": "Là où se sont produits')],
      ["a Russian word every chart shows", () => edit("translations/ru.json", '"translation": "Источник', '"translation": "Источники')],
      ["an incident in the data", () => edit("events.csv", "3 Chinese workers killed in attack on camp", "Three Chinese workers killed in attack on camp")],
      ["nothing", async () => {}],
    ];
    for (const [i, [what, change]] of edits.entries()) {
      await change();
      await (await rewrite()).complete;
      const reference = join(root, `reference-${i}`);
      const inputs = await digestInputs(defaultLocations(data));
      const full = await buildKeeping(data, reference, inputs, { force: true, translated });
      await writeCharts(reference, recordedFiles(full, inputs, buildReport(full)));
      const names = await filesUnder(out);
      expect(names, what).toEqual(await filesUnder(reference));
      for (const name of names) expect((await readFile(join(out, name))).equals(await readFile(join(reference, name))), `${what}: ${name}`).toBe(true);
    }
  }, 300_000);
});
