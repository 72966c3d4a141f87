/**
 * The box each line of text in an SVG occupies, computed from the SVG's own attributes (translate
 * transforms, x/y/dy in px or em, font-size, font-weight, text-anchor) and the font's metrics, the same
 * way a renderer lays it out. Tests use it to check that no text overlaps other text or leaves the chart.
 */
import { JSDOM } from "jsdom";
import type { Weight } from "../../src/style/houseStyle.js";
import { textWidth } from "../../src/text/measure.js";

export interface TextBox {
  text: string;
  /** Index of the <text> element; lines of one element may touch. */
  element: number;
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
  const document = new new JSDOM().window.DOMParser().parseFromString(svgText, "image/svg+xml");
  const root = document.documentElement;
  const [, , width, height] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number) as [number, number, number, number];
  const boxes: TextBox[] = [];
  [...root.getElementsByTagName("text")].forEach((text, element) => {
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
      boxes.push({ text: content, element, left, right: left + w, top: ty + y - ascent * size, bottom: ty + y + descent * size });
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
