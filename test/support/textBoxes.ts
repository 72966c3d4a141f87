/**
 * The box each line of text in an SVG occupies, computed from the SVG's own attributes (translate
 * transforms, x/y/dy in px or em, font-size, font-weight, text-anchor) and the font's metrics, the same
 * way a renderer lays it out; and the marks drawn in the plot (lines, leaders, dots, markers, bars) as
 * strokes and shapes. Tests use them to check that no text overlaps other text, marks or leaders, or
 * leaves the chart.
 */
import { colors, type Weight } from "../../src/style/houseStyle.js";
import { textWidth } from "../../src/text/measure.js";
import { svgDocument } from "./svgDocument.js";

export interface TextBox {
  text: string;
  /** Index of the <text> element; lines of one element may touch. */
  element: number;
  /** The line's baseline, font size and weight: to measure its letters' own outlines where that matters. */
  baseline: number;
  size: number;
  weight: Weight;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// Source Sans 3: ascenders reach about 0.72 em above the baseline, descenders about 0.21 em below.
const ascent = 0.74;
const descent = 0.22;

/** `lang` measures Arabic or Chinese text with its own shaped fonts. */
export function svgTextBoxes(svgText: string, lang?: "ar" | "zh"): { width: number; height: number; boxes: TextBox[] } {
  const document = svgDocument(svgText);
  const root = document.documentElement;
  const [, , width, height] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number) as [number, number, number, number];
  const boxes: TextBox[] = [];
  [...root.getElementsByTagName("text")].forEach((text, element) => {
    // A label's halo is a copy drawn under it (render/halos.ts), not text of its own.
    if (text.closest('[class~="halo"], [class*="-halo"]')) return;
    const size = Number(inherited(text, "font-size") ?? 16);
    const weight = weightOf(inherited(text, "font-weight"));
    const anchor = inherited(text, "text-anchor") ?? "start";
    const [tx, ty] = translation(text);
    const length = (value: string | null, fallback: number) => (value === null ? fallback : value.endsWith("em") ? parseFloat(value) * size : Number(value));
    let x = length(text.getAttribute("x"), 0);
    let y = length(text.getAttribute("y"), 0) + length(text.getAttribute("dy"), 0);
    const tspans = [...text.children].filter((c) => c.localName === "tspan");
    const lines = tspans.length ? tspans : [text];
    for (const line of lines) {
      if (line !== text) {
        x = length(line.getAttribute("x"), x);
        y = length(line.getAttribute("y"), y) + length(line.getAttribute("dy"), 0);
      }
      const content = line.textContent ?? "";
      if (!content.trim()) continue;
      const w = textWidth(content, { size, weight, lang });
      const left = tx + x - (anchor === "end" ? w : anchor === "middle" ? w / 2 : 0);
      boxes.push({ text: content, element, baseline: ty + y, size, weight, left, right: left + w, top: ty + y - ascent * size, bottom: ty + y + descent * size });
    }
  });
  return { width, height, boxes };
}

/** Pairs of boxes from different text elements that overlap, and boxes outside the canvas. */
export function layoutProblems({ width, height, boxes }: ReturnType<typeof svgTextBoxes>): string[] {
  const problems: string[] = [];
  for (const b of boxes) {
    if (b.left < -0.5 || b.top < -0.5 || b.right > width + 0.5 || b.bottom > height + 0.5) problems.push(`"${b.text}" leaves the ${width}×${height} canvas`);
  }
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.element !== b.element && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  });
  return problems;
}

/** A straight stroke (half its width on each side) or a filled box, in the SVG's coordinates. */
export type Mark =
  | { kind: "segment"; what: string; x1: number; y1: number; x2: number; y2: number; half: number }
  | { kind: "box"; what: string; left: number; top: number; right: number; bottom: number };

/** Space every text box keeps from every mark's outline, in px (the halo behind text is 1.5 px each side). */
export const markClearance = 1.5;

/**
 * Everything drawn in the plot that text must keep clear of: every stroked path's segments (step lines,
 * leaders, ticks, axis rules), dots and markers (as their outer box), bars. Gridlines are left out: they
 * are deliberately faint and run behind text, which carries a halo for them.
 */
export function svgMarks(svgText: string): Mark[] {
  const document = svgDocument(svgText);
  const marks: Mark[] = [];
  for (const plot of document.querySelectorAll(`g.plot, g[class$="-plot"]`)) {
    for (const element of plot.querySelectorAll("path, line, circle, rect")) {
      const stroke = inherited(element, "stroke");
      const stroked = stroke !== null && stroke !== "none";
      if (stroked && stroke.toLowerCase() === colors.grid) continue;
      const half = stroked ? Number(inherited(element, "stroke-width") ?? 1) / 2 : 0;
      const [tx, ty] = translation(element);
      const n = (name: string) => Number(element.getAttribute(name) ?? 0);
      const what = `${element.localName} in ${element.parentElement?.getAttribute("class") ?? "the plot"}`;
      if (element.localName === "circle") {
        const r = n("r") + half;
        marks.push({ kind: "box", what: `${what} at ${n("cx") + tx},${n("cy") + ty}`, left: n("cx") + tx - r, right: n("cx") + tx + r, top: n("cy") + ty - r, bottom: n("cy") + ty + r });
      } else if (element.localName === "rect") {
        const [x, y] = [n("x") + tx, n("y") + ty];
        marks.push({ kind: "box", what, left: x - half, top: y - half, right: x + n("width") + half, bottom: y + n("height") + half });
      } else if (element.localName === "line") {
        marks.push({ kind: "segment", what, x1: n("x1") + tx, y1: n("y1") + ty, x2: n("x2") + tx, y2: n("y2") + ty, half });
      } else if (stroked) {
        for (const [x1, y1, x2, y2] of pathSegments(element.getAttribute("d") ?? "")) marks.push({ kind: "segment", what, x1: x1 + tx, y1: y1 + ty, x2: x2 + tx, y2: y2 + ty, half });
      }
    }
  }
  return marks;
}

/** The straight segments of a path written with M, L, H and V (absolute), as Plot and mergeLines write them. */
function pathSegments(d: string): [number, number, number, number][] {
  const segments: [number, number, number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/gi)) {
    const values = (args!.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
    if (!/^[MLHV]$/.test(command!)) throw new Error(`unsupported path command ${command} in ${d}`);
    if (command === "M") [x, y] = [values[0]!, values[1]!];
    else {
      const [nx, ny] = command === "L" ? [values[0]!, values[1]!] : command === "H" ? [values[0]!, y] : [x, values[0]!];
      segments.push([x, y, nx, ny]);
      [x, y] = [nx, ny];
    }
  }
  return segments;
}

/** Text closer than `markClearance` to a mark's outline: text over a line, a dot, a leader or a bar. */
export function markProblems(boxes: readonly TextBox[], marks: readonly Mark[], clearance = markClearance): string[] {
  const problems: string[] = [];
  for (const box of boxes) {
    for (const mark of marks) {
      const gap = mark.kind === "box" ? boxGap(box, mark) : segmentGap(box, mark) - mark.half;
      if (gap < clearance) problems.push(`"${box.text}" is ${gap.toFixed(1)} px from ${mark.what}${mark.kind === "segment" ? ` (${mark.x1},${mark.y1} to ${mark.x2},${mark.y2})` : ""}`);
    }
  }
  return problems;
}

type Rect = { left: number; top: number; right: number; bottom: number };

function boxGap(a: Rect, b: Rect): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return dx > 0 && dy > 0 ? Math.hypot(dx, dy) : Math.max(dx, dy) > 0 ? Math.max(dx, dy) : -Math.min(a.right - b.left, b.right - a.left, a.bottom - b.top, b.bottom - a.top);
}

/** Distance from a segment to a box: 0 or less when it enters it. */
function segmentGap(box: Rect, { x1, y1, x2, y2 }: { x1: number; y1: number; x2: number; y2: number }): number {
  // Sample the segment finely enough for px accuracy; segments in a chart are a few hundred px at most.
  const length = Math.hypot(x2 - x1, y2 - y1);
  const steps = Math.max(1, Math.ceil(length / 0.25));
  let nearest = Infinity;
  for (let i = 0; i <= steps; i++) {
    const x = x1 + ((x2 - x1) * i) / steps;
    const y = y1 + ((y2 - y1) * i) / steps;
    const dx = Math.max(box.left - x, 0, x - box.right);
    const dy = Math.max(box.top - y, 0, y - box.bottom);
    const inside = dx === 0 && dy === 0;
    nearest = Math.min(nearest, inside ? -Math.min(x - box.left, box.right - x, y - box.top, box.bottom - y) : Math.hypot(dx, dy));
  }
  return nearest;
}

function inherited(element: Element, name: string): string | null {
  return element.closest(`[${name}]`)?.getAttribute(name) ?? null;
}

function weightOf(value: string | null): Weight {
  const numeric = value === "bold" ? 700 : Number(value ?? 400);
  return numeric >= 650 ? "bold" : numeric >= 550 ? "semibold" : "regular";
}

/** The sum of translate() transforms on the element and its ancestors; any other transform is an error. */
function translation(element: Element): [number, number] {
  let x = 0;
  let y = 0;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const transform = node.getAttribute("transform");
    if (!transform) continue;
    const match = /^translate\(([-\d.e]+)(?:[ ,]([-\d.e]+))?\)$/.exec(transform.trim());
    if (!match) throw new Error(`unsupported transform ${transform}`);
    x += Number(match[1]);
    y += Number(match[2] ?? 0);
  }
  return [x, y];
}
