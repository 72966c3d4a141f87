/**
 * The incident map's own notes and source, written from the data: how exact its points are, how many
 * incidents it cannot place, and the boundary data's credit and licence.
 */
import type { Dataset } from "../data/types.js";
import type { IncidentPlace } from "../aggregate/incidentPlaces.js";
import { formatCount } from "../style/houseStyle.js";

const count = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

export function mapNotes(dataset: Dataset, places: readonly IncidentPlace[], unplaced: number): string[] {
  const inPlaces = (precision: IncidentPlace["precision"]) => places.filter((p) => p.precision === precision).reduce((sum, p) => sum + p.incidents.length, 0);
  const district = inPlaces("district");
  const near = inPlaces("near");
  const notes = ["Circle area shows deaths in each incident; numbers match the key and the running-total chart."];
  if (district) {
    notes.push(
      `Shaded dashed circles: the sources place ${district === 1 ? "this incident" : `these ${formatCount(district)} incidents`} only in a district; ` +
        "circles are grouped around the district's reference point, not where each happened."
    );
  }
  if (near) notes.push(`Dashed rings: ${count(near, "incident", "incidents")} the sources describe as near a named place.`);
  if (unplaced) {
    notes.push(`${count(unplaced, "incident", "incidents")} of ${formatCount(dataset.incidents.length)} ${unplaced === 1 ? "has" : "have"} no location in the data and ${unplaced === 1 ? "is" : "are"} not on the map.`);
  }
  return notes;
}

/** The story's source line, then the boundaries' own credit and licence. */
export function mapSource(source: string): string {
  return `${source.replace(/[.\s]+$/, "")}. Boundaries: Natural Earth (public domain), via world-atlas; locations: see the data`;
}
