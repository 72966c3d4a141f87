import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "vitest";
import { keepingRewriter } from "../../src/build/watchRewrite.js";
import { languageOf } from "../../src/editions/languages.js";
import { fixtureWith } from "../support/fixtures.js";
import { editData, expectForcedBuildOf, expectSameSet } from "../support/watchSets.js";

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

    const edit = (file: string, from: string, to: string) => editData(data, file, from, to);
    const edits: [string, () => Promise<void>][] = [
      ["a French headline", () => edit("translations/fr.json", '"translation": "Où se sont produits', '"translation": "Là où se sont produits')],
      ["a Russian word every chart shows", () => edit("translations/ru.json", '"translation": "Источник', '"translation": "Источники')],
      ["an incident in the data", () => edit("events.csv", "3 Chinese workers killed in attack on camp", "Three Chinese workers killed in attack on camp")],
    ];
    for (const [i, [what, change]] of edits.entries()) {
      await change();
      await (await rewrite()).complete;
      await expectForcedBuildOf(data, out, join(root, `reference-${i}`), translated, what);
    }
    // A rewrite with nothing edited: the set the last build from scratch wrote, from the same inputs.
    await (await rewrite()).complete;
    await expectSameSet(out, join(root, `reference-${edits.length - 1}`), "nothing");
  }, 300_000);
});
