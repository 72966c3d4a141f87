/**
 * A chart drawn for a print column, as a vector PDF for a newspaper page: the page is the column's
 * width in mm, every colour is CMYK ink (style/printStyle.ts), the text is real text in the edition's
 * fonts, embedded as subsets, so it stays selectable and searchable. Light scheme only.
 *
 * PDFKit writes the file: it takes CMYK colours as they are, subsets and embeds TrueType fonts through
 * fontkit (the same fontkit that measures our text), and draws SVG path data. It lays out no
 * right-to-left text, so each line is placed here (text/glyphLine.ts: bidi runs in visual order, each
 * shaped by fontkit, which gives an Arabic run's glyphs already right to left) and each run handed to
 * PDFKit at its place. The chart SVG's elements are few (g, rect, line, path, circle, text), so they
 * are walked here rather than through an SVG converter that would lay text out itself.
 *
 * Byte for byte the same for the same chart: the dates in the file are the story's `asOf`, from which
 * PDFKit also derives the file's ID; nothing else varies.
 */
import PDFDocument from "pdfkit";
import type { Font, Glyph } from "fontkit";
import { glyphLine, mirroredText, shapeRun } from "../text/glyphLine.js";
import { openFace } from "../text/openFace.js";
import { bidiControls } from "../text/shapedText.js";
import { printColor, ptPerMm, type Cmyk } from "../style/printStyle.js";
import { textChunks } from "./svgTextChunks.js";
import { inherited, parseSvgTree, type SvgNode } from "./svgTree.js";
import { lineOutline, svgLang } from "./outlinedSvg.js";
import { directionOf, type Lang } from "../text/fonts.js";

/** The PDF's file name for a chart and a print width: `cumulative-deaths-46.6mm.pdf`. */
export function printPdfName(id: string, widthMm: number): string {
  return `${id}-${widthMm}mm.pdf`;
}

const everyBidiControl = new RegExp(bidiControls.source, "gu");

type Doc = InstanceType<typeof PDFDocument>;

/** The SVG (drawn at the px width printDrawingWidth gives) as a PDF `widthMm` wide. */
export async function printPdf(svg: string, { widthMm, date, title }: { widthMm: number; date: string; title: string }): Promise<Buffer> {
  const root = parseSvgTree(svg);
  const [, , viewWidth, viewHeight] = (root.attributes.get("viewBox") ?? "").split(/[ ,]+/).map(Number) as [number, number, number, number];
  const widthPt = widthMm * ptPerMm;
  const scale = widthPt / viewWidth;
  const when = new Date(`${date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: [widthPt, viewHeight * scale],
    margin: 0,
    compress: true,
    pdfVersion: "1.4",
    lang: root.attributes.get("lang") ?? "en",
    displayTitle: true,
    info: { Title: title, Creator: "border-incident-charts", Producer: "PDFKit", CreationDate: when, ModDate: when },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.scale(scale);
  const context: Context = { doc, lang: svgLang(root), viewWidth, viewHeight, fonts: new Map<string, string>(), matrix: [scale, 0, 0, scale, 0, 0] };
  for (const child of root.children) if (typeof child !== "string") draw(child, context);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

interface Context {
  doc: Doc;
  lang: Lang;
  viewWidth: number;
  viewHeight: number;
  /** Font file → the name it is registered under. */
  fonts: Map<string, string>;
  /** The SVG's user space in the page's (pt, from the top left), as drawn so far. */
  matrix: Matrix;
}

function draw(element: SvgNode, context: Context): void {
  const { doc } = context;
  const name = element.name;
  if (name === "title" || name === "desc" || name === "style" || name === "defs") return;
  doc.save();
  const outer = context.matrix;
  const own = transformMatrix(element.attributes.get("transform"));
  doc.transform(...own);
  context.matrix = multiply(outer, own);
  if (name === "g" || name === "svg") for (const child of element.children) typeof child !== "string" && draw(child, context);
  else if (name === "text") drawText(element, context);
  else if (shape(element, context)) paint(element, doc);
  context.matrix = outer;
  doc.restore();
}

const number = (element: SvgNode, name: string, of = 0): number => {
  const value = element.attributes.get(name);
  if (value === undefined) return 0;
  return value.endsWith("%") ? (parseFloat(value) / 100) * of : parseFloat(value);
};

/** Adds the element's outline to the current path; false for anything that is not a shape. */
function shape(element: SvgNode, { doc, viewWidth, viewHeight }: Context): boolean {
  switch (element.name) {
    case "rect":
      doc.rect(number(element, "x", viewWidth), number(element, "y", viewHeight), number(element, "width", viewWidth), number(element, "height", viewHeight));
      return true;
    case "line":
      doc.moveTo(number(element, "x1"), number(element, "y1")).lineTo(number(element, "x2"), number(element, "y2"));
      return true;
    case "circle":
      doc.circle(number(element, "cx"), number(element, "cy"), number(element, "r"));
      return true;
    case "path":
      doc.path(element.attributes.get("d") ?? "");
      return true;
    default:
      return false;
  }
}

/** A paint attribute as CMYK ink, `currentColor` resolved; undefined for none. */
function ink(element: SvgNode, property: "fill" | "stroke"): Cmyk | undefined {
  let value = inherited(element, property) ?? (property === "fill" ? "#000000" : "none");
  if (value === "currentColor") value = inherited(element, "color") ?? "#000000";
  if (value === "none") return undefined;
  return printColor(value.length === 4 ? `#${[...value.slice(1)].map((c) => c + c).join("")}` : value);
}

/** Sets the stroke's width, joins, caps and dashes from the element's (inherited) attributes. */
function strokeStyle(element: SvgNode, doc: Doc): void {
  doc.lineWidth(parseFloat(inherited(element, "stroke-width") ?? "1"));
  const join = inherited(element, "stroke-linejoin");
  doc.lineJoin(join === "round" || join === "bevel" ? join : "miter");
  const cap = inherited(element, "stroke-linecap");
  doc.lineCap(cap === "round" || cap === "square" ? cap : "butt");
  doc.miterLimit(parseFloat(inherited(element, "stroke-miterlimit") ?? "4"));
  const dashes = (inherited(element, "stroke-dasharray") ?? "none").split(/[ ,]+/).map(Number).filter((n) => n > 0);
  if (dashes.length) doc.dash(dashes as unknown as number, {});
  else doc.undash();
}

function paint(element: SvgNode, doc: Doc): void {
  const fill = ink(element, "fill");
  const stroke = ink(element, "stroke");
  if (stroke) strokeStyle(element, doc);
  if (fill && stroke) doc.fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.stroke(stroke);
}

type Matrix = [a: number, b: number, c: number, d: number, e: number, f: number];

/** m × n, as PDF concatenates a transform onto the current one. */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

function invert([a, b, c, d, e, f]: Matrix): Matrix {
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** SVG's transform list (translate, scale, rotate, matrix: what Plot and the frame write) as one matrix. */
function transformMatrix(transform: string | undefined): Matrix {
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  for (const [, kind, args] of (transform ?? "").matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
    let step: Matrix | undefined;
    if (kind === "translate") step = [1, 0, 0, 1, n[0] ?? 0, n[1] ?? 0];
    else if (kind === "scale") step = [n[0] ?? 1, 0, 0, n[1] ?? n[0] ?? 1, 0, 0];
    else if (kind === "rotate") {
      const [angle = 0, cx = 0, cy = 0] = n;
      const cos = Math.cos((angle * Math.PI) / 180);
      const sin = Math.sin((angle * Math.PI) / 180);
      step = multiply(multiply([1, 0, 0, 1, cx, cy], [cos, sin, -sin, cos, 0, 0]), [1, 0, 0, 1, -cx, -cy]);
    } else if (kind === "matrix" && n.length === 6) step = n as Matrix;
    if (step) matrix = multiply(matrix, step);
  }
  return matrix;
}

/** PDFKit's embedded font (pinned version: private members) as it lays text out, in its units per 1000 em. */
interface EmbeddedFont {
  scale: number;
  /** PDFKit's own fontkit font of the file, opened for this document. */
  font: Font;
  layout(text: string, features?: string[], onlyWidth?: boolean): { glyphs: Glyph[]; positions: object[]; advanceWidth: number };
}

/**
 * Has the document's current font lay text out as text/glyphLine.ts shaped it (a word at a time,
 * remembered across the set's PDFs), not anew for each run and twice at that (its width, then its
 * glyphs): PDFKit's own layout was more than half of the time a set's PDFs took. The glyphs and advances
 * are the same fontkit gives for the run.
 */
function shapeAsMeasured(doc: Doc, font: Font): void {
  const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
  embedded.layout = (text, features = []) => {
    const { glyphs, positions } = shapeRun(font, text, features);
    const scale = embedded.scale;
    let advanceWidth = 0;
    const scaled = positions.map((position, i) => {
      advanceWidth += position.xAdvance * scale;
      return {
        xAdvance: position.xAdvance * scale,
        yAdvance: position.yAdvance * scale,
        xOffset: position.xOffset * scale,
        yOffset: position.yOffset * scale,
        advanceWidth: glyphs[i]!.advanceWidth * scale,
      };
    });
    const codePoints = unicodeOf(font, embedded.font, text, features, glyphs);
    const placed = glyphs.map((glyph, i) => ({ id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: codePoints[i]! }));
    return { glyphs: placed as unknown as Glyph[], positions: scaled, advanceWidth };
  };
}

/**
 * What each glyph of a run reads back as (the font's Unicode map in the PDF): the character the font's
 * cmap maps to it, else (a ligature, a tabular figure, an Arabic contextual form) the characters it was
 * shaped from, as PDFKit's own font of this document first shaped it. Not our shared fontkit font's:
 * fontkit keeps one glyph object per id with the characters it was first made from, which depends on
 * everything shaped before in the process (a form shared by several Arabic letters would read back as
 * whichever came first), and the bytes would differ between a fresh build and watch mode.
 */
/** Alphabetic and Arabic presentation forms: compatibility characters a search for the letters misses. */
const presentationForm = (code: number) => (code >= 0xfb00 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);

function unicodeOf(font: Font, own: Font, text: string, features: string[], glyphs: readonly Glyph[]): number[][] {
  const cmap = (font as unknown as { _cmapProcessor: { codePointsForGlyph(id: number): number[] } })._cmapProcessor;
  let shapedHere: Glyph[] | undefined;
  return glyphs.map((glyph, i) => {
    // A ligature the cmap also maps from a presentation form (U+FB01 "ﬁ") reads back as the letters it joins.
    const mapped = cmap.codePointsForGlyph(glyph.id).filter((code) => !presentationForm(code));
    if (mapped.length) return [Math.min(...mapped)];
    shapedHere ??= own.layout(text, features).glyphs;
    const same = shapedHere[i];
    return same && same.id === glyph.id ? same.codePoints : [];
  });
}

/**
 * Each line of a `<text>` as PDF text, run by run, where the SVG anchors it. A halo (the same words again,
 * stroked in the background colour behind them) is drawn as glyph outlines: it is not text, and as text
 * it would read back twice.
 */
function drawText(text: SvgNode, context: Context): void {
  const { doc, lang, fonts } = context;
  const fill = ink(text, "fill");
  const stroke = ink(text, "stroke");
  if (stroke) strokeStyle(text, doc);
  const halo = stroke !== undefined;
  for (const chunk of textChunks(text)) {
    const line = glyphLine(chunk.text, lang, chunk);
    const left = chunk.anchor === "end" ? chunk.x - line.width : chunk.anchor === "middle" ? chunk.x - line.width / 2 : chunk.x;
    if (halo) {
      doc.path(lineOutline(line, left, chunk.y));
      if (fill) doc.fillAndStroke(fill, stroke);
      else doc.stroke(stroke);
      continue;
    }
    if (fill) doc.fillColor(fill);
    // Text is set in the page's own space, in pt, not scaled by the drawing's transforms: its size in the
    // file is the size it prints at, and readers that place text without the transforms (poppler's for
    // marked text) find it where it is drawn. Our charts only translate and scale.
    const [a, , , d, e, f] = context.matrix;
    doc.save();
    doc.transform(...invert(context.matrix));
    for (const run of line.runs) {
      if (!run.text.trim()) continue;
      let font = fonts.get(run.face.file);
      if (!font) {
        fonts.set(run.face.file, (font = `F${fonts.size + 1}`));
        doc.registerFont(font, run.face.file);
        doc.font(font);
        shapeAsMeasured(doc, openFace(run.face));
      }
      doc.font(font).fontSize(chunk.size * a);
      // What copying or searching a right-to-left line's runs gets: their characters in reading order.
      // Without it a run reads back glyph by glyph, and Noto Sans Arabic draws several letters with one
      // dotless glyph and separate dots, which a glyph's one Unicode mapping cannot tell apart.
      const actual = directionOf(lang) === "rtl" ? run.text.replace(everyBidiControl, "") : undefined;
      if (actual) doc.markContent("Span", { actual });
      doc.text(run.level % 2 ? mirroredText(run.text) : run.text, a * (left + run.x) + e, d * chunk.y + f, {
        lineBreak: false,
        baseline: "alphabetic",
        features: chunk.tabular ? ["tnum"] : [],
        fill: fill !== undefined,
      } as PDFKit.Mixins.TextOptions);
      if (actual) doc.endMarkedContent();
    }
    doc.restore();
  }
}
