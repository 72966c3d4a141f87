/**
 * Labels in the plot: placed in pixels around their anchors, clear of every mark and of each other,
 * then drawn as Plot marks (text, and a leader line when a label had to move away from its anchor).
 */
import * as Plot from "@observablehq/plot";
import type { TextStyle } from "../style/houseStyle.js";
import { fontWeights, marks } from "../style/houseStyle.js";
import { textWidth } from "../text/measure.js";
import { leaderBoxes, nearestPoint, placeNear, type Box, type Point } from "./labelPlacement.js";

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
  const placement = placeNear(anchor, width, height, obstacles, bounds, { ...options, leaderFrom });
  if (!placement.clear) return undefined;
  const leader = placement.distance > leaderFrom;
  obstacles.push(placement.box);
  if (leader) obstacles.push(...leaderBoxes(anchor, nearestPoint(placement.box, anchor)).slice(2));
  return { lines, box: placement.box, anchor, style, leader };
}

/**
 * Plot marks for placed labels. Positions are pixels in the plot's frame, so text is anchored to the
 * frame's top-left corner and offset; leader ends are converted back to data with the scales' inverses.
 */
export function labelMarks(
  labels: readonly Label[],
  margin: { left: number; top: number },
  invert: { x: (px: number) => unknown; y: (py: number) => number },
  { color, leaderColor, dotRadius, halo }: { color: (label: Label) => string; leaderColor: string; dotRadius: number; halo: string }
): Plot.Markish[] {
  const leaders = labels.filter((l) => l.leader).map(({ box, anchor }) => {
    const end = nearestPoint(box, anchor);
    const length = Math.hypot(end.x - anchor.x, end.y - anchor.y);
    const start = { x: anchor.x + ((end.x - anchor.x) / length) * (dotRadius + 2), y: anchor.y + ((end.y - anchor.y) / length) * (dotRadius + 2) };
    return { x1: invert.x(start.x), y1: invert.y(start.y), x2: invert.x(end.x - ((end.x - anchor.x) / length) * 2), y2: invert.y(end.y - ((end.y - anchor.y) / length) * 2) };
  });
  return [
    Plot.link(leaders, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: leaderColor, strokeWidth: marks.leaderWidth }),
    ...labels.map((label) =>
      Plot.text([label.lines.join("\n")], {
        frameAnchor: "top-left",
        dx: label.box.left - margin.left,
        dy: label.box.top - margin.top,
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: label.style.lineHeight / label.style.size,
        fontSize: label.style.size,
        fontWeight: fontWeights[label.style.weight],
        fill: color(label),
        // A background-coloured outline under the glyphs, so gridlines never run through the text.
        stroke: halo,
        strokeWidth: marks.halo,
      })
    ),
  ];
}
