import type { IncidentTable } from "./incidentTable.js";
import type { IsoDate } from "./incident.js";

// One incident and the types it is made of are in incident.ts, which incidentTable.ts builds on; the rest of
// the code takes them from here, with the dataset's other types.
export { compareDates, geoPrecisions, isNoPublicLink, noPublicLink, type GeoPrecision, type Incident, type IsoDate } from "./incident.js";

/**
 * The dataset as the rest of the pipeline sees it, after loading and validation.
 * Every figure here traces to a row a journalist wrote in data/.
 */

/** One kind of dead, from the codebook (data/categories.csv). */
export interface Category {
  /** The events.csv column that counts this category, e.g. "killed_border_guards". */
  column: string;
  /** Display label, e.g. "Tajik border guards". */
  label: string;
  /** Who the label belongs to, when it is the authorities' word; "" when none is needed. */
  attribution: string;
  /** Bar colour, "#rrggbb". */
  color: string;
}

/**
 * A total reported by a source (e.g. AFP's tally) that the itemised incidents may not reach.
 * The charts show any gap between the two instead of hiding it.
 */
export interface Tally {
  id: string;
  asOf: IsoDate;
  killedAtLeast: number;
  incidentsAtLeast: number | null;
  /** Short name for chart labels, e.g. "AFP tally". */
  label: string;
  source: string;
  sourceUrls: string[];
  note: string;
}

/** The identifiers of the charts the package draws; also their output file names. */
export const chartIds = ["cumulative-deaths", "casualties-by-category", "incident-map"] as const;
export type ChartId = (typeof chartIds)[number];

/** Text a journalist sets per chart. May hold {placeholders} filled from the data. */
export interface ChartText {
  headline: string;
  dek: string;
}

/**
 * A figure the article's text quotes (e.g. AFP's "at least 16 killed"), which the build checks against
 * the data. Without `tally` it must equal the itemised count now; with it, what the data says as of the
 * tally's date (the itemised count to then plus the tally's unitemised deaths), so it stays true when
 * later incidents are added; with `plusLater` too, that plus the itemised incidents since.
 */
export interface StoryFigure {
  /** "killed", "deadly_incidents" (incidents with deaths), "incidents" (all rows), or a killed_… column for one category. */
  what: string;
  value: number;
  source: string;
  /** The id of the tally (tallies.csv) the figure comes from, declaring the gap to the itemised rows. */
  tally?: string | undefined;
  /** With `tally`: the tally's figure plus the itemised incidents after its date, as the charts show it. */
  plusLater?: boolean | undefined;
  /** Where the figure is in story.json. */
  line?: number | undefined;
}

/** Per-story settings (data/story.json). */
export interface Story {
  since: IsoDate;
  asOf: IsoDate;
  source: string;
  credit: string;
  notes: string[];
  charts: Record<ChartId, ChartText>;
  figures: StoryFigure[];
  /** Widths in px each chart is drawn at; the widest gets the plain file name. Default 640, 320 and 240. */
  widths: number[];
  /**
   * Print column widths in mm, one PDF per chart and width (style/printStyle.ts); default one and two
   * columns of a broadsheet, 46.6 and 98.4 mm. Absent in a story made in code: the default.
   */
  printWidths?: number[] | undefined;
  /** Whether the build draws the social cards (default true): a desk that posts no links can spare the time. */
  socialCards?: boolean | undefined;
  /**
   * Embed a subset of the font in each SVG (default true), so an <img> renders exactly as measured.
   * Turn off for pages that already load Source Sans 3; text then leaves room for a wider fallback.
   */
  embedFont: boolean;
  /**
   * Dark charts on pages that ask for them (default true): the charts follow the page's color-scheme.
   * false: always the light scheme, for a story whose pages should never show a dark chart.
   */
  darkMode: boolean;
  /**
   * The class or attribute the site's theme toggle puts on <html> or <body> for dark mode (".dark",
   * "[data-bs-theme=dark]"): inline charts are dark exactly when it is there, whatever the page's
   * color-scheme says. Without it they follow the page's color-scheme.
   */
  darkSelector?: string | undefined;
  /** Where the source line links in the embed snippet; without it, to the chart's data. */
  sourceUrl?: string | undefined;
  /** The address charts/ is published at ("https://…/"), for absolute links in embed snippets; "" for relative. */
  baseUrl: string;
}

export interface Dataset {
  story: Story;
  categories: Category[];
  incidents: IncidentTable;
  tallies: Tally[];
  // `edition`, the language its texts are in, is declared by editions/edition.ts, which adds it to this
  // interface: the dataset's shape does not depend on how an edition is made.
}
