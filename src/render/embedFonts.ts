/**
 * render/embedFont.ts for any edition: each weight's characters are split between the language's fonts
 * as a browser would pick them (the first font of the chain that has the character), each part subset
 * with its script's layout features (subsetFace.ts) and embedded as WOFF2 under a family of its own, and
 * the families listed in order on the <svg>, so the browser falls from one to the next per character.
 * Latin and Cyrillic editions go through render/embedFont.ts itself, so their bytes do not change.
 */
import { createHash } from "node:crypto";
import { drawnCharacters } from "./drawnCharacters.js";
import { embedFont } from "./embedFont.js";
import { appendCss } from "./styleSheet.js";
import { fontWeights, type Weight } from "../style/houseStyle.js";
import { fontChain, fontFamilyList, type Lang } from "../text/fonts.js";
import { openFace } from "../text/openFace.js";
import { subsetFace } from "./subsetFace.js";

export async function embedFontsFor(svg: SVGSVGElement, lang: Lang): Promise<void> {
  if (lang === "en" || lang === "fr" || lang === "ru") return embedFont(svg);
  const chainLength = fontChain(lang, "regular").length;
  const subsets: { weight: Weight; place: number; bytes: Buffer }[] = [];
  for (const [weight, characters] of drawnCharacters(svg)) {
    const chain = fontChain(lang, weight);
    const parts = chain.map(() => new Set<string>());
    for (const character of characters) {
      const codePoint = character.codePointAt(0)!;
      const place = chain.findIndex((face) => openFace(face).hasGlyphForCodePoint(codePoint));
      // A character no font has goes to the first, which draws it as its missing glyph, as measured.
      parts[Math.max(place, 0)]!.add(character);
    }
    for (const [place, part] of parts.entries()) {
      if (part.size) subsets.push({ weight, place, bytes: await subsetFace(chain[place]!, lang, [...part].join("")) });
    }
  }
  // Named after their own bytes: two charts inline on one page never swap glyphs (as in embedFont.ts).
  const hash = createHash("sha256");
  for (const { bytes } of subsets) hash.update(bytes);
  const family = `chart-${hash.digest("hex").slice(0, 12)}`;
  const familyAt = (place: number) => `${family}-${place + 1}`;
  const faces = subsets.map(
    ({ weight, place, bytes }) =>
      `@font-face{font-family:"${familyAt(place)}";font-weight:${fontWeights[weight]};src:url(data:font/woff2;base64,${bytes.toString("base64")}) format("woff2")}`
  );
  appendCss(svg, faces.join(""));
  const embedded = Array.from({ length: chainLength }, (_, place) => `'${familyAt(place)}'`);
  svg.setAttribute("font-family", `${embedded.join(", ")}, ${fontFamilyList(lang)}`);
}
