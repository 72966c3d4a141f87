/**
 * Places the map names besides the incidents (Dushanbe and its distances are editions/placeNames.ts's), with where their coordinates come from (data/README.md
 * lists them too). Province names are label positions inside each province, not data points.
 */

export interface Place {
  name: string;
  lon: number;
  lat: number;
}

/** Where each province's name is written, by the name events.csv's region column uses. */
export const provinceLabels: Readonly<Record<string, Place>> = {
  Khatlon: { name: "KHATLON", lon: 68.45, lat: 37.85 },
  "Gorno-Badakhshan": { name: "GORNO-BADAKHSHAN", lon: 72.9, lat: 38.25 },
};

/** Country names, at points well inside each country within the map's frame, with the Natural Earth id of the country each names. */
export const countryLabels: readonly (Place & { country: string })[] = [
  { name: "TAJIKISTAN", country: "762", lon: 70.4, lat: 39.15 },
  { name: "AFGHANISTAN", country: "004", lon: 68.6, lat: 35.85 },
  { name: "UZBEKISTAN", country: "860", lon: 66.75, lat: 39.7 },
  { name: "KYRGYZSTAN", country: "417", lon: 73.3, lat: 40.35 },
  { name: "CHINA", country: "156", lon: 75.2, lat: 37.6 },
  { name: "PAKISTAN", country: "586", lon: 72.6, lat: 35.6 },
];
