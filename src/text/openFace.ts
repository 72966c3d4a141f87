/**
 * A face's fontkit font, for measuring and finding glyphs. Apart from text/fonts.ts (which only names the
 * files) because loading fontkit costs about 0.2 s: what only needs the paths, the PNG worker among them,
 * never pays it.
 */
import * as fontkit from "fontkit";
import type { FontFace } from "./fonts.js";

// Opening Noto Sans SC parses a 10 MB file: each file is opened once per process.
const opened = new Map<string, fontkit.Font>();

/** The fontkit font of a face, opened once. */
export function openFace(face: FontFace): fontkit.Font {
  let font = opened.get(face.file);
  if (!font) {
    font = fontkit.openSync(face.file) as fontkit.Font;
    opened.set(face.file, font);
  }
  return font;
}
