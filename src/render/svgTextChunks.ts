/**
 * What a renderer needs of an SVG `<text>` to draw it without a text engine: its lines (SVG text
 * chunks: a new one at every `<tspan x>`), each with its position, size, weight, anchor and characters
 * as the chart's own attributes set them (inherited from the groups around it, as Plot writes them;
 * the `<style>` only repeats them for pages). White space is handled as SVG's default `xml:space` does.
 */
import type { Weight } from "../style/houseStyle.js";
import { inherited, type SvgNode } from "./svgTree.js";

export interface TextChunk {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  size: number;
  weight: Weight;
  anchor: "start" | "middle" | "end";
  tabular: boolean;
}

/** A length in px: "12", "12px", or "0.7em" of the font size. */
function length(value: string | undefined, fontSize: number): number | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const number = parseFloat(value);
  if (!Number.isFinite(number)) return undefined;
  return value.trim().endsWith("em") ? number * fontSize : number;
}

function weightOf(value: string | undefined): Weight {
  const number = value === "bold" ? 700 : Number(value ?? 400);
  return number >= 700 ? "bold" : number >= 600 ? "semibold" : "regular";
}

/** The lines of a `<text>`, in document order. */
export function textChunks(text: SvgNode): TextChunk[] {
  const size = length(inherited(text, "font-size"), 16) ?? 16;
  const weight = weightOf(inherited(text, "font-weight"));
  const anchorValue = inherited(text, "text-anchor");
  const anchor = anchorValue === "middle" || anchorValue === "end" ? anchorValue : "start";
  const tabular = (inherited(text, "font-variant") ?? "").includes("tabular-nums");
  const chunks: TextChunk[] = [];
  let x = length(text.attributes.get("x"), size) ?? 0;
  let y = (length(text.attributes.get("y"), size) ?? 0) + (length(text.attributes.get("dy"), size) ?? 0);
  let current: TextChunk = { text: "", x, y, size, weight, anchor, tabular };
  chunks.push(current);
  const visit = (node: SvgNode) => {
    for (const child of node.children) {
      if (typeof child === "string") current.text += child.replace(/[\n\r]/g, "").replace(/\t/g, " ");
      else if (child.name === "tspan") {
        const span = child;
        const spanX = length(span.attributes.get("x"), size);
        const spanY = length(span.attributes.get("y"), size);
        const dy = length(span.attributes.get("dy"), size) ?? 0;
        // A Chinese line opening with a full-width bracket is drawn half an em left (text/lineBreaks.ts).
        const dx = length(span.attributes.get("dx"), size) ?? 0;
        if (spanY !== undefined) y = spanY;
        y += dy;
        if (spanX !== undefined || spanY !== undefined || dy || dx) {
          x = (spanX ?? x) + dx;
          current = { text: "", x, y, size, weight, anchor, tabular };
          chunks.push(current);
        }
        visit(span);
      }
    }
  };
  visit(text);
  // xml:space="default": runs of spaces collapse to one; the element's leading and trailing ones go.
  const all = chunks.filter(({ text: chunk }) => chunk !== "");
  all.forEach((chunk) => (chunk.text = chunk.text.replace(/ {2,}/g, " ")));
  if (all.length) {
    all[0]!.text = all[0]!.text.replace(/^ /, "");
    all[all.length - 1]!.text = all[all.length - 1]!.text.replace(/ $/, "");
  }
  return all.filter(({ text: chunk }) => chunk !== "");
}
