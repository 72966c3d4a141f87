/**
 * A dataset in another language: the same incidents, counts, dates and tallies, with every text a reader
 * sees replaced by its translation, and the edition (formats and chart furniture) attached. The charts
 * draw it exactly as they draw English, so every number comes from the same data.
 */
import type { IncidentTable } from "../dataset/incidentTable.js";
import type { Dataset } from "../dataset/types.js";
import { districtInText } from "./placeNames.js";
import { digestOf } from "../input/sourceDigest.js";
import { fillMessage, messageFormatter, type Edition } from "./edition.js";
import type { Language } from "./languages.js";
import { localeFormats } from "./localeFormats.js";
import type { TranslationFile } from "./translationFile.js";
import { uiMessages, type UiKey } from "./uiMessages.js";

/** The keys of one chart's own texts (sourceTexts.ts), read by that chart alone. */
const ownChartText = /^chart\.[^.]+\.(headline|dek)$/;

// A story.json save makes a new dataset, so every edition is translated again, but its edition (formats,
// messages: a dozen Intl objects made) depends only on its language and file, kept while the file is.
const editions = new WeakMap<TranslationFile, Map<string, Edition>>();

/** The edition of a language and its checked file: the same object while both are. */
export function editionFor(language: Language, file: TranslationFile): Edition {
  let byLanguage = editions.get(file);
  if (!byLanguage) editions.set(file, (byLanguage = new Map()));
  let edition = byLanguage.get(language.lang);
  if (!edition) byLanguage.set(language.lang, (edition = newEdition(language, file)));
  return edition;
}

function newEdition(language: Language, file: TranslationFile): Edition {
  const text = (key: string) => file.entries.get(key)!.translation;
  const messages = Object.fromEntries(Object.keys(uiMessages).map((key) => [key, text(key)])) as Record<UiKey, string>;
  return {
    lang: language.lang,
    dir: language.dir,
    status: file.status,
    // A chart's headline and dek are left to its own digest, so retitling one chart redraws that chart alone.
    textsDigest: digestOf(JSON.stringify([...file.entries].filter(([key]) => !ownChartText.test(key)).map(([key, entry]) => [key, entry.translation]))),
    ...localeFormats(language.locale, { trailingLiteral: language.trailingDateLiteral, ordinalDays: language.ordinalDays }),
    message: messageFormatter(language.locale, messages),
    fill: (template, values) => fillMessage(language.locale, template, values),
    // Checked complete before any chart is drawn (translations.ts), so a missing term is a bug, said as one.
    term: (key) => {
      const entry = file.entries.get(key);
      if (!entry) throw new Error(`no translation of "${key}" in the ${language.lang} file, though it was checked`);
      return fillMessage(language.locale, entry.translation, {});
    },
  };
}

// Watch mode translates every edition on every save, though a save changes one file at most. The same
// dataset and checked file (watch mode keeps both objects while their sources are unchanged) give the
// same edition, and handing back the same object lets everything remembered per table hit as well. By
// language too: nothing ties a file object to one language but the caller.
const translated = new WeakMap<Dataset, WeakMap<TranslationFile, Map<string, Dataset>>>();

/** `file` has passed checkTranslation: every key is there and valid. */
export function translateDataset(dataset: Dataset, language: Language, file: TranslationFile): Dataset {
  let byFile = translated.get(dataset);
  if (!byFile) translated.set(dataset, (byFile = new WeakMap()));
  let byLanguage = byFile.get(file);
  if (!byLanguage) byFile.set(file, (byLanguage = new Map()));
  let local = byLanguage.get(language.lang);
  if (!local) byLanguage.set(language.lang, (local = translate(dataset, language, file)));
  return local;
}

function translate(dataset: Dataset, language: Language, file: TranslationFile): Dataset {
  const edition = editionFor(language, file);
  // Texts without figures go through ICU too, so quoting rules are the same in every field.
  const text = (key: string) => fillMessage(language.locale, file.entries.get(key)!.translation, {});
  const raw = (key: string) => file.entries.get(key)!.translation; // filled later, with the figures
  const { story } = dataset;
  const categories = dataset.categories.map((category) => ({
    ...category,
    label: text(`category.${category.column}.label`),
    attribution: category.attribution ? text(`category.${category.column}.attribution`) : "",
  }));
  const charts = Object.fromEntries(
    Object.entries(story.charts).map(([id, chart]) => [id, { headline: raw(`chart.${id}.headline`), dek: chart.dek ? raw(`chart.${id}.dek`) : "" }])
  ) as typeof story.charts;
  return {
    story: {
      ...story,
      charts,
      notes: story.notes.map((_, i) => text(`story.notes.${i + 1}`)),
      source: text("story.source"),
      credit: story.credit ? text("story.credit") : "",
    },
    categories,
    tallies: dataset.tallies.map((tally) => ({
      ...tally,
      label: text(`tally.${tally.id}.label`),
      source: text(`tally.${tally.id}.source`),
      note: tally.note ? text(`tally.${tally.id}.note`) : "",
    })),
    incidents: translatedTexts({ ...dataset, categories }, edition, (key) => (file.entries.get(key)?.translation.trim() ? text(key) : undefined)),
    edition,
  };
}

/**
 * The same table (shared columns, nothing copied) whose labels and locations are the translation's. An
 * incident not translated yet (sourceTexts.ts, laterKey) gets a label written from its counts in the
 * edition's words, and its district as its location.
 */
function translatedTexts(dataset: Dataset, edition: Edition, translation: (key: string) => string | undefined): IncidentTable {
  const { incidents } = dataset;
  const labels = Array.from({ length: incidents.length }, (_, row) => translation(`incident.${incidents.id(row)}.label`) ?? writtenLabel(dataset, edition, row));
  const locations = Array.from({ length: incidents.length }, (_, row) => translation(`incident.${incidents.id(row)}.location`) ?? districtInText(edition, incidents.district(row)));
  return Object.create(incidents, { label: { value: (row: number) => labels[row]! }, location: { value: (row: number) => locations[row]! } }) as IncidentTable;
}

/**
 * "5 morts (Contrebandiers : 3 ; Gardes-frontières tadjiks : 2)", "3 morts (Contrebandiers)": the
 * incident's deaths and who was killed, in the edition's own chart words (the count, category and
 * "label (detail)" messages its alt text and key already use), so no wording is made up for it.
 */
function writtenLabel({ incidents, categories }: Dataset, edition: Edition, row: number): string {
  const killed = categories.map((category) => ({ category, count: incidents.killed(category.column)[row]! })).filter(({ count }) => count > 0);
  const total = edition.message("ui.label.killedTotal", { total: killed.reduce((sum, { count }) => sum + count, 0) });
  if (!killed.length) return total;
  const detail =
    killed.length === 1
      ? killed[0]!.category.label
      : killed.map(({ category, count }) => edition.message("ui.alt.categoryPart", { name: category.label, killed: edition.count(count) })).join(edition.message("ui.alt.partSeparator"));
  return edition.message("ui.alt.categoryWithAttribution", { label: total, attribution: detail });
}
