/** Boxes in pixel space, for placing labels where they overlap nothing already drawn. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function inside(inner: Box, outer: Box): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

/** The first candidate inside the bounds that overlaps no obstacle, or the first candidate (not clear) if none is. */
export function firstClear(candidates: readonly Box[], obstacles: readonly Box[], bounds: Box): { box: Box; clear: boolean } {
  const box = candidates.find((b) => inside(b, bounds) && !obstacles.some((o) => overlaps(b, o)));
  return box ? { box, clear: true } : { box: candidates[0]!, clear: false };
}

/**
 * A width × height box right-aligned at (right, centred on y) if that is clear, otherwise the clear
 * position closest to it: moved up or down in 2 px steps (the preferred side first), then left in 8 px
 * steps. Falls back to the first candidate when nothing is clear, so the label is drawn where it belongs.
 */
export function nearestClear(
  right: number,
  y: number,
  width: number,
  height: number,
  prefer: "above" | "below",
  obstacles: readonly Box[],
  bounds: Box
): { box: Box; clear: boolean } {
  const candidates: { box: Box; cost: number }[] = [];
  for (let dx = 0; dx === 0 || right - dx - width >= bounds.left; dx += 8) {
    for (let dy = -80; dy <= 80; dy += 2) {
      const box = { left: right - dx - width, right: right - dx, top: y + dy - height / 2, bottom: y + dy + height / 2 };
      const wrongSide = prefer === "above" ? dy > 0 : dy < 0;
      candidates.push({ box, cost: Math.abs(dy) + dx / 2 + (wrongSide ? 40 : 0) });
    }
  }
  candidates.sort((a, b) => a.cost - b.cost || a.box.top - b.box.top);
  return firstClear(candidates.map((c) => c.box), obstacles, bounds);
}
