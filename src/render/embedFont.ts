/**
 * Embeds the font in the SVG, subset to the characters it uses, as WOFF2 in an @font-face rule, so the
 * chart renders as measured even inside an <img>, which cannot load the page's fonts.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fallbackFonts, fontWeights, type Weight } from "../style/houseStyle.js";
import { fontFile } from "../text/fontFiles.js";
import { drawnCharacters } from "./drawnCharacters.js";
import { appendCss } from "./styleSheet.js";
import { readSubset, subsetKey, writeSubset } from "./subsetStore.js";

// Kerning and ligatures are what the measurements assume; other features (and hinting) only add bytes.
const subsetOptions = { targetFormat: "woff2" as const, keepFeatures: ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk"], noHinting: true };

const fontBytes = new Map<Weight, Promise<Buffer>>();

function readFont(weight: Weight): Promise<Buffer> {
  let bytes = fontBytes.get(weight);
  if (!bytes) fontBytes.set(weight, (bytes = readFile(fontFile(weight))));
  return bytes;
}

// Subsets by weight and characters: a rebuild after an edit that adds no new character costs nothing.
// A day in watch mode makes a new set now and then; the oldest are dropped past a bound. Across runs,
// subsets are kept on disk (subsetStore.ts).
const subsetCache = new Map<string, Promise<Buffer>>();
const cachedSubsets = 64;

function subset(weight: Weight, text: string): Promise<Buffer> {
  const key = `${weight}:${text}`;
  let bytes = subsetCache.get(key);
  if (!bytes) {
    bytes = readFont(weight).then(async (font) => {
      const storedAs = subsetKey(font, text, subsetOptions);
      const kept = storedAs && readSubset(storedAs);
      if (kept) return kept;
      // Imported only when needed: loading it costs a tenth of a second, and most runs find every subset kept.
      const { default: subsetFont } = await import("subset-font");
      const made = await subsetFont(font, text, subsetOptions);
      if (storedAs) writeSubset(storedAs, made);
      return made;
    });
    subsetCache.set(key, bytes);
    if (subsetCache.size > cachedSubsets) subsetCache.delete(subsetCache.keys().next().value!);
  }
  return bytes;
}

export async function embedFont(svg: SVGSVGElement): Promise<void> {
  const subsets: [Weight, Buffer][] = [];
  for (const [weight, characters] of drawnCharacters(svg)) subsets.push([weight, await subset(weight, characters.join(""))]);
  // Named after its own bytes: two charts inline on one page never swap glyphs, and a page's own
  // Source Sans 3 is left alone.
  const hash = createHash("sha256");
  for (const [, bytes] of subsets) hash.update(bytes);
  const family = `chart-${hash.digest("hex").slice(0, 12)}`;
  const faces = subsets.map(
    ([weight, bytes]) => `@font-face{font-family:"${family}";font-weight:${fontWeights[weight]};src:url(data:font/woff2;base64,${bytes.toString("base64")}) format("woff2")}`
  );
  appendCss(svg, faces.join(""));
  svg.setAttribute("font-family", `'${family}', ${fallbackFonts}`);
}
