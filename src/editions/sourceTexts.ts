/**
 * Everything a translator translates, by key, in English: the story's texts (story.json), the codebook's
 * labels and attributions (categories.csv), the tallies' names, sources and notes (tallies.csv), each
 * incident's label by its id (events.csv), and the chart furniture (editions/uiMessages.ts). Keys name
 * where the English lives, so a translator and a reviewer can find it.
 */
import { chartIds, type Dataset } from "../dataset/types.js";
import { uiMessages } from "./uiMessages.js";

/**
 * The map's and tables' place names, from events.csv's region and district columns: each district as the
 * map labels it and as running text says it ("Darvoz" / "Darvoz district"), each region as running text
 * says it. Keys by the English name, so one translation serves every incident there.
 */
export const placeKeys = {
  district: (name: string) => `place.district.${name}`,
  districtInText: (name: string) => `place.district.${name}.inText`,
  region: (name: string) => `place.region.${name}`,
};

function placeTexts({ incidents }: Dataset): Map<string, string> {
  const texts = new Map<string, string>();
  // A story names a few dozen places however many incidents it has: each is keyed once.
  const districts = new Set<string>();
  const regions = new Set<string>();
  for (let row = 0; row < incidents.length; row++) {
    const district = incidents.district(row);
    const region = incidents.region(row);
    if (district && !districts.has(district)) {
      districts.add(district);
      texts.set(placeKeys.district(district), district);
      texts.set(placeKeys.districtInText(district), `${district} district`);
    }
    if (region && !regions.has(region)) {
      regions.add(region);
      texts.set(placeKeys.region(region), region);
    }
  }
  return texts;
}

/**
 * Texts a translator may add later: an incident's label and location. Until then an edition writes the
 * label from the incident's counts and categories in its own words, and names its place by the district
 * (editions/translateDataset.ts), so a new incident never holds an edition back. Every other key is
 * required.
 */
export const laterKey = (key: string): boolean => /^incident\.[^.]+\.(label|location)$/.test(key);

export function sourceTexts(dataset: Dataset): Map<string, string> {
  const texts = new Map<string, string>();
  const { story } = dataset;
  for (const id of chartIds) {
    texts.set(`chart.${id}.headline`, story.charts[id].headline);
    if (story.charts[id].dek) texts.set(`chart.${id}.dek`, story.charts[id].dek);
  }
  story.notes.forEach((note, i) => texts.set(`story.notes.${i + 1}`, note));
  texts.set("story.source", story.source);
  if (story.credit) texts.set("story.credit", story.credit);
  for (const category of dataset.categories) {
    texts.set(`category.${category.column}.label`, category.label);
    if (category.attribution) texts.set(`category.${category.column}.attribution`, category.attribution);
  }
  for (const tally of dataset.tallies) {
    texts.set(`tally.${tally.id}.label`, tally.label);
    texts.set(`tally.${tally.id}.source`, tally.source);
    if (tally.note) texts.set(`tally.${tally.id}.note`, tally.note);
  }
  for (const [key, text] of placeTexts(dataset)) texts.set(key, text);
  for (let row = 0; row < dataset.incidents.length; row++) texts.set(`incident.${dataset.incidents.id(row)}.label`, dataset.incidents.label(row));
  for (let row = 0; row < dataset.incidents.length; row++) texts.set(`incident.${dataset.incidents.id(row)}.location`, dataset.incidents.location(row));
  for (const [key, text] of Object.entries(uiMessages)) texts.set(key, text);
  return texts;
}
