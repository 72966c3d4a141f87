import { svgNamespace } from "./dom.js";

type Segment = [x1: number, y1: number, x2: number, y2: number];

const number = String.raw`(-?\d+(?:\.\d+)?(?:e-?\d+)?)`;
const straightPath = new RegExp(`^M${number},${number}L${number},${number}$`);
const translate = new RegExp(`^translate\\(${number},${number}\\)$`);

/**
 * The straight segment an element draws when it carries nothing but its geometry: a <line>, or a one-
 * segment <path>, perhaps translated (Plot's gridlines, ticks and leader lines). Undefined otherwise.
 */
function segmentOf(element: Element): Segment | undefined {
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

/**
 * A group whose children are all plain straight segments (gridlines, ticks, leaders) becomes one <path>:
 * the same pixels in a fraction of the bytes.
 */
export function mergeLines(svg: SVGSVGElement): void {
  for (const group of svg.querySelectorAll("g")) {
    // Where segments cross, separate translucent strokes darken and one path would not.
    if (["opacity", "stroke-opacity"].some((name) => Number(group.getAttribute(name) ?? 1) < 1)) continue;
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
