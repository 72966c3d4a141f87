import { describe, expect, it } from "vitest";
import { deathsByCategory } from "../../src/figures/deathsByCategory.js";
import { readFixture } from "../support/fixtures.js";

describe("deathsByCategory", () => {
  it("totals each category by hand: guards 2, Chinese 3+2, militants 3+4, smugglers 0 (kept)", async () => {
    const { incidents, categories } = await readFixture();
    expect(deathsByCategory(incidents, categories).map((t) => [t.category.column, t.killed])).toEqual([
      ["killed_border_guards", 2],
      ["killed_chinese_nationals", 5],
      ["killed_militants", 7],
      ["killed_smugglers", 0],
    ]);
  });
});
