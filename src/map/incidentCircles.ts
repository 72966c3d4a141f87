/**
 * Where the map's circles go, in pixels: one per incident, area by deaths, several at one point arranged
 * round it in date order, a district-precision place inside a shaded area for the district, and places
 * close together moved apart so no circle hides another.
 */
import type { IncidentPlace } from "../figures/incidentPlaces.js";
import type { Point } from "../charts/labelPlacement.js";

/** A place with more incidents than this is drawn as one circle for all of them (a conflict export). */
const maxCirclesPerPlace = 12;

/** How far a district-precision area reaches at least: about a district's radius here (~2,300 km²). */
const districtRadiusKm = 22;

export interface Circle {
  centre: Point;
  r: number;
  /** The cumulative chart's number for this incident, if it has one. */
  marker?: string;
}

export interface DrawnPlace {
  place: IncidentPlace;
  centre: Point;
  circles: Circle[];
  /** The shaded area for a place known only to its district (or the ring around a "near" point). */
  area?: number;
}

export function incidentCircles(
  places: readonly IncidentPlace[],
  { at, pxPerKm, phone, numberOf }: { at: (lon: number, lat: number) => Point; pxPerKm: number; phone: boolean; numberOf: ReadonlyMap<number, number> }
): DrawnPlace[] {
  // Circle area shows deaths; an incident with none still gets a visible circle.
  const maxR = phone ? 10 : 13;
  const minR = phone ? 3.5 : 4;
  const merged = (place: IncidentPlace) => place.incidents.length > maxCirclesPerPlace;
  // A loop, not Math.max(...): an export may have more places than a call takes arguments.
  let maxKilled = 1;
  for (const p of places) for (const killed of merged(p) ? [p.killed] : p.incidents.map((i) => i.killed)) maxKilled = Math.max(maxKilled, killed);
  const radius = (killed: number) => Math.max(minR, maxR * Math.sqrt(killed / maxKilled));
  return separate(places.map((place) => layOut(place, at(place.lon, place.lat))));

  function layOut(place: IncidentPlace, centre: Point): DrawnPlace {
    if (merged(place)) {
      // Too many to number or label one by one: the CSV and alt text count them.
      const circles = [{ centre, r: radius(place.killed) }];
      return { place, centre, circles, area: place.precision === "exact" ? undefined : circles[0]!.r + 6 };
    }
    const rs = place.incidents.map((incident) => radius(incident.killed));
    const n = rs.length;
    // Several incidents at one point go round it clockwise from the top in date order, touching none.
    const ring = n === 1 ? 0 : Math.max(...rs.map((r, i) => (r + rs[(i + 1) % n]! + 3) / (2 * Math.sin(Math.PI / n))));
    const circles = place.incidents.map((incident, i): Circle => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      const number = numberOf.get(incident.row);
      return { centre: { x: centre.x + ring * Math.cos(angle), y: centre.y + ring * Math.sin(angle) }, r: rs[i]!, marker: number === undefined ? undefined : String(number) };
    });
    const extent = ring + Math.max(...rs) + 4;
    const area = place.precision === "district" ? Math.max(districtRadiusKm * pxPerKm, extent) : place.precision === "near" ? extent + 2 : undefined;
    return { place, centre, circles, area };
  }

}

/**
 * Places close together (at phone width, neighbouring districts) must not hide each other's circles.
 * Groups not pinned to an exact spot move apart, whole (their circles and area), a little at a time;
 * exact points never move. Bounded, so a crowded export cannot loop for long.
 */
function separate(drawn: DrawnPlace[]): DrawnPlace[] {
  const gap = 2;
  const shift = (d: DrawnPlace, dx: number, dy: number) => {
    d.centre = { x: d.centre.x + dx, y: d.centre.y + dy };
    for (const c of d.circles) c.centre = { x: c.centre.x + dx, y: c.centre.y + dy };
  };
  for (let pass = 0; pass < 100 && drawn.length < 200; pass++) {
    let moved = false;
    drawn.forEach((p, i) =>
      drawn.slice(i + 1).forEach((q) => {
        const movable = [p, q].filter((d) => d.place.precision !== "exact");
        if (!movable.length) return;
        for (const a of p.circles) {
          for (const b of q.circles) {
            const dx = a.centre.x - b.centre.x;
            const dy = a.centre.y - b.centre.y;
            const distance = Math.hypot(dx, dy);
            const overlap = a.r + b.r + gap - distance;
            if (overlap <= 0) continue;
            const [ux, uy] = distance > 0 ? [dx / distance, dy / distance] : [0, -1];
            const step = overlap / movable.length + 0.5;
            if (movable.includes(p)) shift(p, ux * step, uy * step);
            if (movable.includes(q)) shift(q, -ux * step, -uy * step);
            moved = true;
          }
        }
      })
    );
    if (!moved) break;
  }
  return drawn;
}

