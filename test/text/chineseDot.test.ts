import { describe, expect, it } from "vitest";
import { chineseForSvg } from "../../src/text/chineseDot.js";
import { fontChain } from "../../src/text/fonts.js";
import { openFace } from "../../src/text/openFace.js";
import { measureFor } from "../../src/text/shapedText.js";

describe("the Chinese middle dot (间隔号)", () => {
  it("is drawn half a character wide, as GB/T 15834 §5.1.7 sets it, not as Noto Sans SC's full-width bullet", () => {
    const name = "沙姆西丁·绍欣区";
    // Noto Sans SC gives U+00B7 the glyph it gives U+2022 BULLET, a full em wide: the reason for the rule.
    const font = openFace(fontChain("zh", "bold")[0]!);
    expect(font.glyphForCodePoint(0xb7).id).toBe(font.glyphForCodePoint(0x2022).id);
    expect(chineseForSvg(name)).toBe("沙姆西丁\uff65绍欣区");
    expect(chineseForSvg("丁‧绍・欣")).toBe("丁\uff65绍\uff65欣");
    // Measured as drawn: seven characters of 1 em and the dot of half an em.
    for (const weight of ["regular", "semibold", "bold"] as const) {
      expect(measureFor("zh").textWidth(name, { size: 10, weight })).toBeCloseTo(75, 6);
      expect(openFace(fontChain("zh", weight)[0]!).hasGlyphForCodePoint(0xff65)).toBe(true);
    }
  });
});
