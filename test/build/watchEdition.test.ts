/**
 * Watch mode with editions: the first build writes every edition asked for; saving one translation file
 * redraws that edition alone (its folder), leaving English and the others untouched, byte for byte.
 */
import { appendFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchCharts } from "../../src/build/watch.js";
import { languageOf } from "../../src/editions/languages.js";
import { fixtureWith } from "../support/fixtures.js";

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe("watch mode with editions", () => {
  it("rebuilds the edition whose translation file changed, and only that one", async () => {
    const data = await fixtureWith("story.json", (t) => t);
    const out = await mkdtemp(join(tmpdir(), "charts-watch-"));
    const logged: string[] = [];
    const errors: string[] = [];
    const watcher = watchCharts(data, out, { log: (line) => logged.push(line), error: (line) => errors.push(line) }, [languageOf("fr")!, languageOf("ru")!]);
    try {
      await until(() => logged.some((line) => line.startsWith("Charts rewritten")));
      await watcher.settled();
      const english = await readFile(join(out, "cumulative-deaths.svg"), "utf8");
      const russian = await readFile(join(out, "ru", "cumulative-deaths.svg"), "utf8");
      expect(await readFile(join(out, "fr", "cumulative-deaths.svg"), "utf8")).toContain("Morts, total cumulé");

      const file = join(data, "translations", "fr.json");
      await writeFile(file, (await readFile(file, "utf8")).replace('"translation": "Morts, total cumulé"', '"translation": "Morts (total cumulé)"'));
      await until(() => logged.filter((line) => line.startsWith("Charts rewritten")).length === 2);
      await watcher.settled();
      // The same graph as a build: the French edition's 6 SVGs alone are drawn again.
      expect(logged[1]).toMatch(/^Charts rewritten in \d+ ms after a change to .*fr\.json: redrew 6 SVGs \(12 PNGs and 1 review page follow\), kept 36 of 54 SVGs and PNGs; headline figures unchanged$/);

      expect(await readFile(join(out, "fr", "cumulative-deaths.svg"), "utf8")).toContain("Morts (total cumulé)");
      expect(await readFile(join(out, "cumulative-deaths.svg"), "utf8")).toBe(english);
      expect(await readFile(join(out, "ru", "cumulative-deaths.svg"), "utf8")).toBe(russian);
      expect(errors).toEqual([]);
    } finally {
      watcher.close();
    }
  }, 180_000);

  it("holds an edition a save leaves without a place name, its folder as it was, and publishes the rest", async () => {
    const data = await fixtureWith("story.json", (t) => t);
    const out = await mkdtemp(join(tmpdir(), "charts-watch-held-"));
    const logged: string[] = [];
    const errors: string[] = [];
    const watcher = watchCharts(data, out, { log: (line) => logged.push(line), error: (line) => errors.push(line) }, [languageOf("fr")!]);
    try {
      await until(() => logged.some((line) => line.startsWith("Charts rewritten")));
      await watcher.settled();
      const french = await readFile(join(out, "fr", "incident-map.csv"), "utf8");
      // A made-up incident in a district the French file has no name for.
      await appendFile(join(data, "events.csv"), "2026-01-18-test-farkhor,2026-01-18,Khatlon,Farkhor,A post,,,,0,0,0,2,0,2 smugglers killed,Made up for a test.,Test wire (18 Jan),https://example.org/t\n");
      await until(() => logged.filter((line) => line.startsWith("Charts rewritten")).length === 2);
      await watcher.settled();
      expect(await readFile(join(out, "incident-map.csv"), "utf8")).toContain("2026-01-18-test-farkhor");
      expect(await readFile(join(out, "fr", "incident-map.csv"), "utf8")).toBe(french);
      expect(errors.some((line) => line.includes("the Français (fr) edition is held") && line.includes("place.district.Farkhor"))).toBe(true);
      expect(errors.filter((line) => line.startsWith("Not rebuilt"))).toEqual([]);
    } finally {
      watcher.close();
    }
  });
});
