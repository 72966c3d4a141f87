/**
 * The incident map's own notes and source, written from the data: how exact its points are, how many
 * incidents it cannot place (no point, or a point outside its frame), and the boundary data's credit and licence.
 */
import type { Dataset } from "../dataset/types.js";
import type { IncidentPlace } from "../figures/incidentPlaces.js";
import { editionOf, english, type Edition } from "../editions/edition.js";

export function mapNotes(dataset: Dataset, places: readonly IncidentPlace[], unplaced: number, outside = 0): string[] {
  const edition = editionOf(dataset);
  const inPlaces = (precision: IncidentPlace["precision"]) => places.filter((p) => p.precision === precision).reduce((sum, p) => sum + p.incidents.length, 0);
  const district = inPlaces("district");
  const near = inPlaces("near");
  const notes = [edition.message("ui.map.note.circleArea")];
  if (district) notes.push(edition.message("ui.map.note.districtCircles", { district }));
  if (near) notes.push(edition.message("ui.map.note.nearRings", { near }));
  if (unplaced) notes.push(edition.message("ui.map.note.unplaced", { unplaced, total: dataset.incidents.length }));
  if (outside) notes.push(edition.message("ui.map.note.outsideFrame", { outside, total: dataset.incidents.length }));
  return notes;
}

/** The story's source line, then the boundaries' own credit and licence. */
export function mapSource(source: string, edition: Edition = english): string {
  return edition.message("ui.map.source", { source: source.replace(/[.。\s]+$/, "") });
}
