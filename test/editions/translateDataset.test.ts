import { describe, expect, it } from "vitest";
import { languageOf } from "../../src/editions/languages.js";
import { editionFor, translateDataset } from "../../src/editions/translateDataset.js";
import { readFixture } from "../support/fixtures.js";
import { fixtureTranslation } from "../support/editions.js";

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
