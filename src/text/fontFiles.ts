/**
 * Where the shipped font's files are (Source Sans 3, from the source-sans package). Apart from
 * measure.ts so that what only needs the paths (resvg, the build record's digests) never loads fontkit.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Weight } from "../style/houseStyle.js";

const fontFiles: Record<Weight, string> = {
  regular: "SourceSans3-Regular.ttf",
  semibold: "SourceSans3-Semibold.ttf",
  bold: "SourceSans3-Bold.ttf",
};

/** Paths of the shipped font files, for renderers (resvg) that need them. */
export function fontPaths(): string[] {
  return Object.values(fontFiles).map(fontPath);
}

/** The font file of a weight, for measuring and embedding. */
export function fontFile(weight: Weight): string {
  return fontPath(fontFiles[weight]);
}

function fontPath(file: string): string {
  const packageJson = createRequire(import.meta.url).resolve("source-sans/package.json");
  return join(dirname(packageJson), "TTF", file);
}
