import { describe, expect, it } from "vitest";
import { contrastRatio, withContrast } from "../../src/style/contrast.js";
import { darkColorMap } from "../../src/style/darkScheme.js";
import { categoryContrast, colors, darkColors, minimumContrast, type ColorRole } from "../../src/style/houseStyle.js";
import { readFixture } from "../support/fixtures.js";

const schemes = { light: colors, dark: darkColors } as const;

describe("house colours", () => {
  it("computes WCAG contrast (black on white is 21:1, #767676 on white 4.54:1)", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it.each(Object.entries(schemes))("%s scheme: text ≥ 4.5:1 and marks ≥ 3:1 against the background", (_, palette) => {
    for (const [role, minimum] of Object.entries(minimumContrast) as [ColorRole, number][]) {
      expect(contrastRatio(palette[role], palette.background), role).toBeGreaterThanOrEqual(minimum);
    }
  });

  it("light colours are distinct, since the dark scheme is applied by matching them", () => {
    expect(new Set(Object.values(colors)).size).toBe(Object.values(colors).length);
  });

  it.each(Object.keys(schemes))("every category colour in the codebook is a visible mark in the %s scheme", async (scheme) => {
    const { categories } = await readFixture();
    const darkOf = darkColorMap(categories);
    for (const { label, color } of categories) {
      const drawn = scheme === "light" ? color : darkOf.get(color.toLowerCase())!;
      const background = scheme === "light" ? colors.background : darkColors.background;
      expect(contrastRatio(drawn, background), label).toBeGreaterThanOrEqual(categoryContrast);
    }
  });

  it("withContrast lightens a dark blue just enough for the dark background", () => {
    const lighter = withContrast("#1f3f7a", darkColors.background, 3);
    expect(contrastRatio(lighter, darkColors.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio("#1f3f7a", darkColors.background)).toBeLessThan(3);
  });
});
