/**
 * Which social cards a change draws again, read off the cards' input digests (freshness/outputKeys.ts):
 * a card is kept exactly while its key is the one the build record holds. Checked here, in process, rather
 * than by whole builds (test/freshness/redrawOnlyChanged.test.ts draws the fixture without its cards).
 */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/dataset/types.js";
import { outputKeys } from "../../src/freshness/outputKeys.js";
import { readFixture } from "../support/fixtures.js";

const inputs = { code: "code", fonts: "fonts", lockfile: "lockfile", options: "options" };
const fixture = await readFixture();
const withCards = (dataset: Dataset, story: Partial<Dataset["story"]> = {}): Dataset => ({ ...dataset, story: { ...dataset.story, socialCards: true, ...story } });
const cardKeys = (dataset: Dataset) => new Map([...outputKeys(dataset, inputs)].filter(([file]) => file.includes(".card-")));
const changed = (before: Map<string, string>, after: Map<string, string>) => [...after].filter(([file, key]) => before.get(file) !== key).map(([file]) => file).sort();

describe("social cards' keys", () => {
  const before = cardKeys(withCards(fixture));

  it("name two cards per chart, and none where the story turns them off", () => {
    expect([...before.keys()].sort()).toEqual(["casualties-by-category", "cumulative-deaths", "incident-map"].flatMap((id) => [`${id}.card-1080x1350.png`, `${id}.card-1200x675.png`]));
    expect(cardKeys({ ...fixture, story: { ...fixture.story, socialCards: false } }).size).toBe(0);
  });

  it("change with one chart's headline for that chart's cards alone", () => {
    const charts = structuredClone(fixture.story.charts);
    charts["incident-map"].headline += " (edited)";
    expect(changed(before, cardKeys(withCards(fixture, { charts })))).toEqual(["incident-map.card-1080x1350.png", "incident-map.card-1200x675.png"]);
  });

  it("change with the credit for every card, and not with the screen widths or the print widths", () => {
    expect(changed(before, cardKeys(withCards(fixture, { credit: `${fixture.story.credit} (edited)` })))).toHaveLength(6);
    expect(changed(before, cardKeys(withCards(fixture, { widths: [640, 480, 320], printWidths: [60] })))).toEqual([]);
  });

  it("change with the code, as every output does", () => {
    expect(changed(before, new Map([...outputKeys(withCards(fixture), { ...inputs, code: "other" })].filter(([file]) => file.includes(".card-"))))).toHaveLength(6);
  });
});
