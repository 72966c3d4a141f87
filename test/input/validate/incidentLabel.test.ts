import { describe, expect, it } from "vitest";
import { writtenLabel } from "../../../src/input/validate/incidentLabel.js";
import { readFixture } from "../../support/fixtures.js";

const { categories } = await readFixture();
const killed = (counts: Record<string, number>) => ({ killed_border_guards: 0, killed_chinese_nationals: 0, killed_militants: 0, killed_smugglers: 0, ...counts });

describe("writtenLabel", () => {
  it("names the dead in the desk's words, one-word categories in lower case", () => {
    expect(writtenLabel(killed({ killed_smugglers: 3 }), categories)).toBe("3 smugglers killed");
    expect(writtenLabel(killed({ killed_chinese_nationals: 1 }), categories)).toBe("1 Chinese national killed");
  });

  it("quotes and attributes the authorities' term where the codebook gives one", () => {
    expect(writtenLabel(killed({ killed_border_guards: 2, killed_militants: 3 }), categories)).toBe("2 Tajik border guards and 3 “terrorists” (officials' term) killed");
    expect(writtenLabel(killed({ killed_militants: 1 }), categories)).toBe("1 “terrorist” (officials' term) killed");
  });

  it("lists three or more categories with commas, and says when no one died", () => {
    expect(writtenLabel(killed({ killed_border_guards: 1, killed_chinese_nationals: 2, killed_smugglers: 4 }), categories)).toBe(
      "1 Tajik border guard, 2 Chinese nationals and 4 smugglers killed"
    );
    expect(writtenLabel(killed({}), categories)).toBe("no deaths reported");
  });
});
