import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { fontChain } from "../../src/text/fonts.js";
import { withGlyphsAsAsked } from "../../src/text/openFace.js";

describe("a face's fontkit font", () => {
  it("shapes Arabic alike whatever it shaped before", () => {
    const file = fontChain("ar", "regular")[0]!.file;
    const glyphs = (font: fontkit.Font) => font.layout("الجرحى", [], "arab").glyphs.map((glyph) => glyph.id);
    const fresh = glyphs(fontkit.openSync(file) as fontkit.Font);
    const font = withGlyphsAsAsked(fontkit.openSync(file) as fontkit.Font);
    // Shaped alone, U+0678 is drawn as the glyph of ى and a hamza: fontkit kept that glyph with no
    // characters, and then shaped the ى ending الجرحى as a letter that does not join.
    font.layout("\u0678", [], "arab");
    expect(glyphs(font)).toEqual(fresh);
  });
});
