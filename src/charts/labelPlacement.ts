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

/** The first candidate inside the bounds that overlaps no obstacle; the last candidate if none is clear. */
export function firstClear(candidates: readonly Box[], obstacles: readonly Box[], bounds: Box): Box {
  return candidates.find((box) => inside(box, bounds) && !obstacles.some((o) => overlaps(box, o))) ?? candidates[candidates.length - 1]!;
}
