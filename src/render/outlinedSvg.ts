/**
 * A chart's SVG with its text drawn as glyph outlines: for renderers that read no `@font-face` and have
 * no Arabic or Chinese font (ImageMagick, print workflows, thumbnailers), which otherwise drop or
 * substitute letters. Each line is shaped as the measure shaped it (text/glyphLine.ts) and set where the
 * SVG anchors it; the `<path>` that replaces a `<text>` keeps its paint, halo stroke and transform, so it
 * looks as the resvg PNG does. Light scheme only (the style sheet, with its dark scheme and embedded fonts,
 * goes); `<title>` and `<desc>` stay, so the file still says in words what it shows.
 */
import { glyphLine, type GlyphLine } from "../text/glyphLine.js";
import type { Lang } from "../text/fonts.js";
import { textChunks } from "./svgTextChunks.js";
import { elementsNamed, escapeAttribute, parseSvgTree, type SvgNode } from "./svgTree.js";
import type { Glyph } from "fontkit";
import { fontWeights } from "../style/houseStyle.js";

/** The outlined file's name beside its SVG: `x.svg` → `x.outlined.svg`. */
export function outlinedName(svgFile: string): string {
  return svgFile.replace(/\.svg$/, ".outlined.svg");
}

/** The edition's language from the SVG root's `lang` (zh-Hans is zh). */
export function svgLang(root: SvgNode): Lang {
  const tag = (root.attributes.get("lang") ?? "en").slice(0, 2);
  return tag === "fr" || tag === "ru" || tag === "ar" || tag === "zh" ? tag : "en";
}

const round = (n: number) => {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
};

const textAttributes = new Set(["x", "y", "dx", "dy", "font-size", "font-weight", "font-family", "font-variant", "text-anchor"]);

/** A glyph's outline at a size, in px from its origin (y down) or from (dx, dy). */
function glyphPath(glyph: Glyph, scale: number, dx = 0, dy = 0): string {
  const point = (x: number, y: number) => `${round(dx + x * scale)},${round(dy - y * scale)}`;
  const parts: string[] = [];
  for (const { command, args } of glyph.path.commands) {
    if (command === "moveTo") parts.push(`M${point(args[0]!, args[1]!)}`);
    else if (command === "lineTo") parts.push(`L${point(args[0]!, args[1]!)}`);
    else if (command === "quadraticCurveTo") parts.push(`Q${point(args[0]!, args[1]!)} ${point(args[2]!, args[3]!)}`);
    else if (command === "bezierCurveTo") parts.push(`C${point(args[0]!, args[1]!)} ${point(args[2]!, args[3]!)} ${point(args[4]!, args[5]!)}`);
    else if (command === "closePath") parts.push("Z");
  }
  return parts.join("");
}

/** A placed line's glyph outlines as one path's data, its left edge at `left` and its baseline at `y`. */
export function lineOutline(line: GlyphLine, left: number, y: number): string {
  return line.runs.flatMap((run) => run.glyphs.map((glyph) => glyphPath(glyph.glyph, run.scale, left + run.x + glyph.x, y + glyph.y))).join("");
}

/**
 * The SVG with every `<text>` replaced by a `<g>` of its glyphs: each glyph drawn once in `<defs>` at
 * each size it is set in, and placed with `<use>` (a third of the bytes of repeating every outline;
 * ImageMagick's own renderer, librsvg, resvg and browsers all draw it). The `<g>` keeps the text's paint,
 * halo stroke and transform, which `<use>` inherits. Written into the SVG's own text, element by element,
 * so everything else stays byte for byte as it was.
 */
export function outlinedSvg(svg: string): string {
  const root = parseSvgTree(svg);
  const lang = svgLang(root);
  const defs: string[] = [];
  const defined = new Set<string>();
  const replaced: { start: number; end: number; text: string }[] = [];
  for (const style of elementsNamed(root, "style")) replaced.push({ start: style.start, end: style.end, text: "" });
  for (const text of elementsNamed(root, "text")) {
    const uses: string[] = [];
    for (const chunk of textChunks(text)) {
      const line = glyphLine(chunk.text, lang, chunk);
      const left = chunk.anchor === "end" ? chunk.x - line.width : chunk.anchor === "middle" ? chunk.x - line.width / 2 : chunk.x;
      for (const run of line.runs) {
        const face = `${run.face.family.replace(/\W/g, "")}${fontWeights[run.face.weight]}`;
        for (const { glyph, x, y } of run.glyphs) {
          if (!glyph.path.commands.length) continue; // a space: nothing to draw
          const id = `${face}-${glyph.id}-${round(chunk.size).replace(".", "_")}`;
          if (!defined.has(id)) {
            defined.add(id);
            defs.push(`<path id="${id}" d="${glyphPath(glyph, run.scale)}"/>`);
          }
          uses.push(`<use href="#${id}" x="${round(left + run.x + x)}" y="${round(chunk.y + y)}"/>`);
        }
      }
    }
    const attributes = [...text.attributes].filter(([name]) => !textAttributes.has(name)).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`);
    replaced.push({ start: text.start, end: text.end, text: `<g${attributes.join("")}>${uses.join("")}</g>` });
  }
  // After the title and description, before anything that uses it.
  const firstDrawn = root.children.find((child): child is SvgNode => typeof child !== "string" && !["title", "desc", "style"].includes(child.name));
  const at = firstDrawn?.start ?? svg.lastIndexOf("</svg>");
  replaced.push({ start: at, end: at, text: `<defs>${defs.join("")}</defs>\n` });
  // The root's style class goes with its style sheet.
  const rootTag = svg.slice(root.start, svg.indexOf(">", root.start));
  const classAt = rootTag.search(/ class="[^"]*"/);
  if (classAt >= 0) replaced.push({ start: root.start + classAt, end: root.start + classAt + / class="[^"]*"/.exec(rootTag)![0].length, text: "" });
  replaced.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let from = 0;
  for (const { start, end, text } of replaced) {
    out += svg.slice(from, start) + text;
    from = end;
  }
  return out + svg.slice(from);
}
