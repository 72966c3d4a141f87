/**
 * Placing labels in pixel space where they overlap nothing already drawn: a greedy search around each
 * label's anchor, nearest spot first. Charts add every mark and placed label to the obstacles.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function inside(inner: Box, outer: Box): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

/** A box a few px around a horizontal or vertical segment of a line, or around a dot. */
export function segmentBox(x1: number, y1: number, x2: number, y2: number, pad = 2): Box {
  return { left: Math.min(x1, x2) - pad, right: Math.max(x1, x2) + pad, top: Math.min(y1, y2) - pad, bottom: Math.max(y1, y2) + pad };
}

export interface Placement {
  box: Box;
  /** False when no clear spot was found and the box is the nearest one regardless. */
  clear: boolean;
  /** Gap between the anchor and the box: far enough to want a leader line. */
  distance: number;
  /** Whether the label needs a leader line: far from its anchor, or nearer another mark. */
  leader?: boolean;
}

/** Directions searched, clockwise from the right (0°), in steps of 22.5°. */
const angles = Array.from({ length: 16 }, (_, k) => (k * Math.PI) / 8);

/**
 * The clear spot for a width × height box nearest the anchor, searched in rings 4 px apart out to
 * maxDistance. `penalty(angle, box)` (in px of distance) makes some spots less preferred: e.g. labels
 * at the line's end prefer the left, where the chart is.
 */
export function placeNear(
  anchor: Point,
  width: number,
  height: number,
  obstacles: readonly Box[],
  bounds: Box,
  {
    minDistance = 6,
    maxDistance = 160,
    penalty = () => 0,
    leaderFrom = Infinity,
    leaderStart = 0,
    leaderStartsOutside,
    leaderClearance = defaultLeaderClearance,
    padding = 0,
    endOfLine,
    leaderEnd = (box: Box) => nearestPoint(box, anchor),
    fits = () => true,
    needsLeader = () => false,
    more = [],
  }: {
    minDistance?: number;
    maxDistance?: number;
    penalty?: (angle: number, box: Box) => number;
    leaderFrom?: number;
    /** How far from the anchor a leader is drawn from (past its dot): only the leader as drawn must be clear. */
    leaderStart?: number;
    /** A region the leader starts inside and need not be clear in (a clump of dots it comes out of). */
    leaderStartsOutside?: Box;
    /** Space a leader keeps from other marks and labels, beyond its own half width, in px: one for all, or per obstacle. */
    leaderClearance?: number | ((obstacle: Box) => number);
    padding?: number;
    /** Search beside the end of a horizontal line instead of all around (endOfLineCandidates). */
    endOfLine?: { below: boolean; from: number };
    /** Where a leader to this box ends: on the text itself (a short last line leaves part of the box empty). */
    leaderEnd?: (box: Box) => Point;
    /** A further test a spot must pass (the map's: inside its own country, clear of borders). */
    fits?: (box: Box) => boolean;
    /** Spots that need a leader however near they are (nearer another mark than the anchor's own). */
    needsLeader?: (box: Box) => boolean;
    /** Spots to try besides the rings, each at its gap from the anchor (a grid, for a narrow band of room). */
    more?: readonly Placement[];
  } = {}
): Placement {
  // Only spots inside the bounds can be taken; the cheapest of all is the answer when none is clear.
  const spots = new Spots((box) => inside(box, bounds));
  // Beside a line's end first; all around it (a little dearer) where the line's last level is too short.
  if (endOfLine) endOfLineCandidates(spots, anchor, width, height, bounds, { ...endOfLine, minDistance, maxDistance });
  const aroundCost = endOfLine ? 12 : 0;
  for (let distance = minDistance; distance <= maxDistance; distance += 4) {
    for (const angle of angles) {
      const cx = anchor.x + Math.cos(angle) * (width / 2 + distance);
      const cy = anchor.y + Math.sin(angle) * (height / 2 + distance);
      const box = { left: cx - width / 2, right: cx + width / 2, top: cy - height / 2, bottom: cy + height / 2 };
      spots.add(box, distance, distance + penalty(angle, box) + aroundCost);
    }
  }
  for (const spot of more) spots.add(spot.box, spot.distance, spot.distance);
  // A label far enough away to need a leader needs a leader that crosses nothing but the anchor's own mark.
  const others = obstacles.filter((o) => !contains(o, anchor));
  const clearance = typeof leaderClearance === "number" ? () => leaderClearance : leaderClearance;
  const leaderClear = (box: Box) => {
    const end = leaderEnd(box);
    const length = Math.hypot(end.x - anchor.x, end.y - anchor.y);
    const steps = Math.ceil(length / 2);
    for (let i = 1; i < steps; i++) {
      // Short of where the leader starts, a line segment ending beside the anchor (the level between two
      // incidents just before the line's end) is no obstacle: the leader is not drawn there.
      if ((length * i) / steps < leaderStart) continue;
      const p = { x: anchor.x + ((end.x - anchor.x) * i) / steps, y: anchor.y + ((end.y - anchor.y) * i) / steps };
      if (leaderStartsOutside && contains(leaderStartsOutside, p)) continue;
      if (others.some((o) => contains(o, p, clearance(o)))) return false;
    }
    return true;
  };
  // Padding keeps clear space around the label, the anchor's own mark included: text touching its own dot
  // or line reads as printed over it.
  const clearOf = (box: Box) => {
    const spaced = { left: box.left - padding, right: box.right + padding, top: box.top - padding, bottom: box.bottom + padding };
    return !obstacles.some((o) => overlaps(spaced, o));
  };
  const leads = (box: Box, distance: number) => distance > leaderFrom || needsLeader(box);
  for (let spot = spots.next(); spot; spot = spots.next()) {
    const { box, distance } = spot;
    if (clearOf(box) && (!leads(box, distance) || leaderClear(box)) && fits(box)) return { box, clear: true, distance, leader: leads(box, distance) };
  }
  const { box, distance } = spots.cheapest!;
  return { box, clear: false, distance, leader: leads(box, distance) };
}

/**
 * A label's candidate spots, handed out cheapest first (of equal cost, in the order added). A label beside
 * a long line's end has thousands, and most labels take one of the first hundred: so the spots are kept in
 * a heap, not sorted, and those that cannot be taken (outside the bounds) are never queued.
 */
class Spots {
  private readonly boxes: Box[] = [];
  private readonly distances: number[] = [];
  private readonly costs: number[] = [];
  private heap: number[] | undefined;
  /** The cheapest spot added, whether or not it can be taken. */
  cheapest: { box: Box; distance: number } | undefined;
  private cheapestCost = Infinity;

  constructor(private readonly canTake: (box: Box) => boolean) {}

  add(box: Box, distance: number, cost: number): void {
    if (cost < this.cheapestCost) [this.cheapest, this.cheapestCost] = [{ box, distance }, cost];
    if (!this.canTake(box)) return;
    this.boxes.push(box);
    this.distances.push(distance);
    this.costs.push(cost);
  }

  next(): { box: Box; distance: number } | undefined {
    const heap = (this.heap ??= this.heapify());
    if (!heap.length) return undefined;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      this.siftDown(0);
    }
    return { box: this.boxes[top]!, distance: this.distances[top]! };
  }

  private before(a: number, b: number): boolean {
    const [ca, cb] = [this.costs[a]!, this.costs[b]!];
    return ca < cb || (ca === cb && a < b);
  }

  private heapify(): number[] {
    this.heap = Array.from(this.costs, (_, i) => i);
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
    return this.heap;
  }

  private siftDown(from: number): void {
    const heap = this.heap!;
    for (let i = from; ; ) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let first = i;
      if (left < heap.length && this.before(heap[left]!, heap[first]!)) first = left;
      if (right < heap.length && this.before(heap[right]!, heap[first]!)) first = right;
      if (first === i) return;
      [heap[i], heap[first]] = [heap[first]!, heap[i]!];
      i = first;
    }
  }
}

/** Space a leader keeps from every other mark and label, beyond its own half width, in px. */
const defaultLeaderClearance = 2;

/**
 * Spots for a label stating where a line ends: right-aligned with the end, just above or below the line
 * (its preferred side first), slid left along its last level (which starts at x = `from`), then further
 * off with a straight, vertical leader.
 * A label that reads as the line's own value sits beside the line's end, not out in the chart.
 */
function endOfLineCandidates(
  spots: Spots,
  anchor: Point,
  width: number,
  height: number,
  bounds: Box,
  { below, from, minDistance, maxDistance }: { below: boolean; from: number; minDistance: number; maxDistance: number }
): void {
  const right = Math.min(bounds.right, anchor.x + 4);
  for (let distance = Math.min(minDistance, 4); distance <= maxDistance; distance += 2) {
    for (const side of [below, !below]) {
      // Slid left only while the line's last level (from `from` to the end) still runs along the label: further
      // left it would sit beside an earlier, lower level and be read as that one.
      for (let slide = 0; slide === 0 || right - slide >= from + 12; slide += 4) {
        const top = side ? anchor.y + distance : anchor.y - distance - height;
        const box = { left: right - slide - width, right: right - slide, top, bottom: top + height };
        spots.add(box, distance, distance + slide / 8 + (side === below ? 0 : 10));
      }
    }
  }
  // Where the last level is too short to hold the label: left of the line's last rise, as close to the
  // line's value as there is room for (the leader, if any, runs to the end of the line).
  if (from < anchor.x - 1) return;
  for (let shift = 0; shift <= maxDistance; shift += 2) {
    for (const side of [below, !below]) {
      for (let gap = 5; gap <= 17; gap += 4) {
        const top = side ? anchor.y - height / 2 + shift : anchor.y - height / 2 - shift;
        const box = { left: from - gap - width, right: from - gap, top, bottom: top + height };
        const end = nearestPoint(box, anchor);
        const distance = Math.hypot(end.x - anchor.x, end.y - anchor.y);
        spots.add(box, distance, 12 + shift + gap / 2 + (side === below ? 0 : 10));
      }
    }
  }
}

function contains(box: Box, { x, y }: Point, margin = 0): boolean {
  return x >= box.left - margin && x <= box.right + margin && y >= box.top - margin && y <= box.bottom + margin;
}

/** Small boxes along a leader line, so later labels keep clear of it. */
export function leaderBoxes(from: Point, to: Point): Box[] {
  const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 4));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    return { left: x - 1, right: x + 1, top: y - 1, bottom: y + 1 };
  });
}

/** Where a leader line from the anchor meets the box: its nearest point. */
export function nearestPoint(box: Box, { x, y }: Point): Point {
  return { x: Math.min(Math.max(x, box.left), box.right), y: Math.min(Math.max(y, box.top), box.bottom) };
}

/** The nearest point of any of the boxes (a label's lines, each as wide as its own text). */
export function nearestOfBoxes(boxes: readonly Box[], anchor: Point): Point {
  let best = nearestPoint(boxes[0]!, anchor);
  for (const box of boxes.slice(1)) {
    const p = nearestPoint(box, anchor);
    if (Math.hypot(p.x - anchor.x, p.y - anchor.y) < Math.hypot(best.x - anchor.x, best.y - anchor.y)) best = p;
  }
  return best;
}
