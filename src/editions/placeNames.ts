/**
 * Place names in the edition's language: the districts and regions events.csv names (translated by key,
 * editions/sourceTexts.ts), and the map's own labels (capital, provinces, countries: map/places.ts, as
 * chart words in editions/uiMessages.ts).
 */
import type { Edition } from "./edition.js";
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
