import { svgNamespace } from "../charts/dom.js";

type Segment = [x1: number, y1: number, x2: number, y2: number];

const number = String.raw`(-?\d+(?:\.\d+)?(?:e-?\d+)?)`;
const straightPath = new RegExp(`^M${number},${number}L${number},${number}$`);
const translate = new RegExp(`^translate\\(${number},${number}\\)$`);

/**
 * The straight segment an element draws when it carries nothing but its geometry: a <line>, or a one-
 * segment <path>, perhaps translated (Plot's gridlines, ticks and leader lines). Undefined otherwise.
 */
function segmentOf(element: Element): Segment | undefined {
  if (element.hasChildNodes()) return undefined; // a <title> tooltip, say, would be lost
  const names = element.getAttributeNames();
  if (element.localName === "line" && names.every((name) => ["x1", "y1", "x2", "y2"].includes(name))) {
    const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map((name) => Number(element.getAttribute(name) ?? 0)) as Segment;
    return [x1, y1, x2, y2];
  }
  if (element.localName !== "path" || !names.every((name) => name === "d" || name === "transform")) return undefined;
  const path = straightPath.exec(element.getAttribute("d") ?? "");
  const shift = element.hasAttribute("transform") ? translate.exec(element.getAttribute("transform")!) : ["", "0", "0"];
  if (!path || !shift) return undefined;
  const [dx, dy] = [Number(shift[1]), Number(shift[2])];
  return [Number(path[1]) + dx, Number(path[2]) + dy, Number(path[3]) + dx, Number(path[4]) + dy];
}

// Where segments cross, separate translucent strokes darken and one path would not: only groups drawn
// with these attributes, in opaque colours, are merged.
const groupAttributes = new Set([
  "fill",
  "stroke",
  "stroke-width",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "stroke-dasharray",
  "transform",
  "class",
  "aria-hidden",
  "aria-label",
]);
const opacities = ["opacity", "stroke-opacity", "fill-opacity"];
const opaqueColor = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|none|currentColor)$/i;
const opaque = (group: Element) =>
  group.getAttributeNames().every((name) => groupAttributes.has(name) || (opacities.includes(name) && group.getAttribute(name) === "1")) &&
  ["fill", "stroke"].every((name) => !group.hasAttribute(name) || opaqueColor.test(group.getAttribute(name)!));

/**
 * A group whose children are all plain straight segments (gridlines, ticks, leaders) becomes one <path>:
 * the same pixels in a fraction of the bytes.
 */
export function mergeLines(svg: SVGSVGElement): void {
  for (const group of svg.querySelectorAll("g")) {
    if (!opaque(group)) continue;
    const children = [...group.children];
    const segments = children.map(segmentOf);
    if (children.length < 2 || segments.some((segment) => !segment)) continue;
    const d = (segments as Segment[])
      .map(([x1, y1, x2, y2]) => `M${x1},${y1}${y1 === y2 ? `H${x2}` : x1 === x2 ? `V${y2}` : `L${x2},${y2}`}`)
      .join("");
    const path = svg.ownerDocument.createElementNS(svgNamespace, "path");
    path.setAttribute("d", d);
    group.replaceChildren(path);
  }
}
