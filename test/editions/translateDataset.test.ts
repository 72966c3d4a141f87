import { describe, expect, it } from "vitest";
import { languageOf } from "../../src/editions/languages.js";
import { editionFor, translateDataset } from "../../src/editions/translateDataset.js";
import { readFixture } from "../support/fixtures.js";
import { fixtureTranslation } from "../support/editions.js";

describe("an incident not translated yet", () => {
  it("is labelled from its counts and categories in the edition's own words, and placed by its district", async () => {
    const dataset = await readFixture();
    const expected = {
      // 2 border guards and 3 militants on 24 Dec; 4 militants on 18 Jan.
      fr: ["5 morts (Gardes-frontières tadjiks\u00a0: 2\u202f; Hommes armés\u00a0: 3)", "4 morts (Hommes armés)", "district de Shamsiddin Shohin"],
      zh: ["5人死亡（塔吉克斯坦边防人员：2；武装分子：3）", "4人死亡（武装分子）", "沙姆西丁·绍欣区"],
    };
    for (const [lang, [twoKinds, oneKind, place]] of Object.entries(expected)) {
      const file = structuredClone(await fixtureTranslation(lang));
      for (const id of ["2025-12-24-shamsiddin-shohin-clash", "2026-01-18-khirmandjo-post"]) {
        file.entries.delete(`incident.${id}.label`);
        file.entries.delete(`incident.${id}.location`);
      }
      const { incidents } = translateDataset(dataset, languageOf(lang)!, file);
      expect([incidents.label(2), incidents.label(3), incidents.location(3)], lang).toEqual([twoKinds, oneKind, place]);
      // A translated incident keeps its translation.
      expect(incidents.label(0)).toBe(file.entries.get(`incident.${incidents.id(0)}.label`)!.translation);
    }
  });
});

describe("an edition", () => {
  it("is made once per language and checked file: a new dataset (a story.json save) is translated with it", async () => {
    const file = await fixtureTranslation("fr");
    const [fr, ru] = [languageOf("fr")!, languageOf("ru")!];
    const before = translateDataset(await readFixture(), fr, file);
    const after = translateDataset(await readFixture(), fr, file);
    expect(after).not.toBe(before);
    expect(after.edition).toBe(before.edition);
    expect(editionFor(fr, file)).toBe(before.edition);
    // The same file object given for another language (nothing ties them but the caller) is another edition.
    const russian = editionFor(ru, file);
    expect(russian).not.toBe(before.edition);
    expect(russian.lang).toBe("ru");
    expect(russian.date("2025-11-01")).not.toBe(before.edition!.date("2025-11-01"));
  });
});
