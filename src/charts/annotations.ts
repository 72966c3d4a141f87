/**
 * Labels in the plot: placed in pixels around their anchors, clear of every mark and of each other,
 * then drawn as Plot marks (text, and a leader line when a label had to move away from its anchor).
 */
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import type { TextStyle } from "../style/houseStyle.js";
import { fontWeights, marks, renderedRoom } from "../style/houseStyle.js";
import { textWidth } from "../text/measure.js";
import { leaderBoxes, nearestOfBoxes, placeNear, type Box, type Point } from "./labelPlacement.js";

export interface Label {
  lines: string[];
  box: Box;
  anchor: Point;
  style: TextStyle;
  /** Draw a leader from the anchor to the label. */
  leader: boolean;
}

/** The box Plot's text occupies for these lines at lineAnchor "top": one full line height per line. */
export function textBoxSize(lines: readonly string[], style: TextStyle): { width: number; height: number } {
  return { width: Math.max(...lines.map((line) => textWidth(line, style))), height: lines.length * style.lineHeight };
}

/** How much farther from its anchor a label's box may go to have the room for a wider font, in px. */
const nearEnough = 6;

/** Each line's own box within a label's box: set against the edge the label hugs (hugsEdge), as wide as its text. */
export function lineBoxes(lines: readonly string[], style: TextStyle, box: Box, anchor: Point): Box[] {
  const end = hugsEdge(box, anchor) === "end";
  return lines.map((line, i) => {
    const width = textWidth(line, style);
    return { left: end ? box.right - width : box.left, right: end ? box.right : box.left + width, top: box.top + i * style.lineHeight, bottom: box.top + (i + 1) * style.lineHeight };
  });
}

/**
 * Where a label's leader ends: the nearest point of its text, not of its box. Beside a short last line the
 * box's corner is empty space, and a leader ending there points at nothing (fr "24 déc." at 640 px).
 */
export function leaderEndOf({ lines, style, box, anchor }: Pick<Label, "lines" | "style" | "box" | "anchor">): Point {
  return nearestOfBoxes(lineBoxes(lines, style, box, anchor), anchor);
}

/** Places one label; returns undefined when there is no clear spot (the caller decides what to do). */
export function placeLabel(
  lines: string[],
  anchor: Point,
  style: TextStyle,
  obstacles: Box[],
  bounds: Box,
  options: NonNullable<Parameters<typeof placeNear>[5]> = {}
): Label | undefined {
  const { width, height } = textBoxSize(lines, style);
  const leaderFrom = options.leaderFrom ?? 14;
  const leaderEnd = (box: Box) => leaderEndOf({ lines, style, box, anchor });
  const drawn = placeNear(anchor, width, height, obstacles, bounds, { ...options, leaderFrom, leaderEnd });
  if (!drawn.clear) return undefined;
  // Renderers that ignore the embedded font (librsvg) draw the label wider (houseStyle.ts, renderedWidthRoom):
  // it takes a box with that room where one is about as near (the text hugs the side nearer its anchor,
  // labelMarks), so it runs into nothing there either.
  const roomyWidth = Math.max(width, textBoxSize(lines, { ...style, widthFactor: 1 }).width * renderedRoom(style));
  const roomy = placeNear(anchor, roomyWidth, height, obstacles, bounds, { ...options, leaderFrom, leaderEnd });
  const placement = roomy.clear && roomy.distance <= drawn.distance + nearEnough ? roomy : drawn;
  const leader = placement.leader ?? placement.distance > leaderFrom;
  obstacles.push(placement.box);
  if (leader) obstacles.push(...leaderBoxes(anchor, leaderEnd(placement.box)).slice(2));
  return { lines, box: placement.box, anchor, style, leader };
}

/**
 * The edge of its box a label's text is set against: the one nearer its anchor when the box lies to the
 * anchor's left, so the room left for a wider font (placeLabel) is on the far side, and the text as drawn
 * sits as close to what it labels as its box does.
 */
function hugsEdge(box: Box, anchor: Point): "start" | "end" {
  return box.left + box.right < 2 * anchor.x ? "end" : "start";
}

/**
 * Plot marks for placed labels. Positions are pixels in the plot's frame, converted back to data with the
 * scales' inverses (the scales' domains are fixed, so labels never stretch them).
 */
export function labelMarks(
  labels: readonly Label[],
  invert: { x: (px: number) => unknown; y: (py: number) => number },
  { color, leaderColor, dotRadius, halo }: { color: (label: Label) => string; leaderColor: string; dotRadius: number; halo: string }
): Plot.Markish[] {
  const leaders = labels.filter((l) => l.leader).map((label) => {
    const { anchor } = label;
    const end = leaderEndOf(label);
    const length = Math.hypot(end.x - anchor.x, end.y - anchor.y);
    const start = { x: anchor.x + ((end.x - anchor.x) / length) * (dotRadius + 2), y: anchor.y + ((end.y - anchor.y) / length) * (dotRadius + 2) };
    // Short of the text by its clearance (1.5 px), half the leader's width and the SVG's 0.1 px rounding, with room to spare.
    const short = 2.5;
    return { x1: invert.x(start.x), y1: invert.y(start.y), x2: invert.x(end.x - ((end.x - anchor.x) / length) * short), y2: invert.y(end.y - ((end.y - anchor.y) / length) * short) };
  });
  return [
    Plot.link(leaders, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: leaderColor, strokeWidth: marks.leaderWidth }),
    // One text mark per look, not per label: each mark is a <g> carrying the whole style, so labels
    // that share one share its attributes (a third of the annotations' bytes).
    ...[...d3.group(labels, (label) => `${label.style.size} ${label.style.weight} ${label.style.lineHeight} ${color(label)} ${hugsEdge(label.box, label.anchor)}`).values()].map((group) => {
      const { style } = group[0]!;
      const end = hugsEdge(group[0]!.box, group[0]!.anchor) === "end";
      return Plot.text(group, {
        x: (label: Label) => invert.x(end ? label.box.right : label.box.left),
        y: (label: Label) => invert.y(label.box.top),
        text: (label: Label) => label.lines.join("\n"),
        textAnchor: end ? "end" : "start",
        lineAnchor: "top",
        lineHeight: style.lineHeight / style.size,
        fontSize: style.size,
        fontWeight: fontWeights[style.weight],
        fill: color(group[0]!),
        // A background-coloured outline under the glyphs, so gridlines never run through the text.
        stroke: halo,
        strokeWidth: marks.halo,
      });
    }),
  ];
}
