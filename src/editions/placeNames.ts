/**
 * Place names in the edition's language: the districts and regions events.csv names (translated by key,
 * editions/sourceTexts.ts), and the map's own labels (capital, provinces, countries: map/places.ts, as
 * chart words in editions/uiMessages.ts).
 */
import * as d3 from "d3";
import { english, type Edition } from "./edition.js";
import { placeKeys } from "./sourceTexts.js";
import type { UiKey } from "./uiMessages.js";

/** A district as the map labels it ("Darvoz"). */
export const districtLabel = (edition: Edition, name: string) => edition.term(placeKeys.district(name), name);

/** A district as running text says it ("Darvoz district"). */
export const districtInText = (edition: Edition, name: string) => edition.term(placeKeys.districtInText(name), `${name} district`);

/** A region (province) as running text says it ("Khatlon"). */
export const regionInText = (edition: Edition, name: string) => edition.term(placeKeys.region(name), name);

/** A label map/places.ts draws ("KHATLON", "TAJIKISTAN"), by its kind and key there; uiMessages has each one. */
export const mapLabel = (edition: Edition, kind: "province" | "country", key: string) => edition.message(`ui.map.${kind}.${key}` as UiKey);

/** Dushanbe: 38°32′N 68°47′E (Wikipedia). */
export const capital: { name: string; lon: number; lat: number } = { name: "Dushanbe", lon: 68.78, lat: 38.53 };

/**
 * "about 130 km south-east of Dushanbe": great-circle distance rounded to 10 km, and an 8-point direction,
 * in the edition's words (its labels' names and keys are the English ones here; uiMessages has each).
 */
export function fromCapital(lat: number, lon: number, edition: Edition = english): string {
  const km = Math.round((d3.geoDistance([capital.lon, capital.lat], [lon, lat]) * 6371) / 10) * 10;
  const dy = lat - capital.lat;
  const dx = (lon - capital.lon) * Math.cos((capital.lat * Math.PI) / 180);
  // ICU select keys cannot hold "-": the message says "north-east" for northEast.
  const names = ["east", "northEast", "north", "northWest", "west", "southWest", "south", "southEast"];
  const direction = names[(Math.round(Math.atan2(dy, dx) / (Math.PI / 4)) + 8) % 8]!;
  const capitalName = edition.message("ui.map.capital");
  return km < 20 ? edition.message("ui.map.nearCapital", { capital: capitalName }) : edition.message("ui.map.fromCapital", { km, direction, capital: capitalName });
}
