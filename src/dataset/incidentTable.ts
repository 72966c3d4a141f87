import { IntColumn, StringColumn } from "./columns.js";
import { geoPrecisions, isNoPublicLink, type GeoPrecision, type Incident, type IsoDate } from "./incident.js";

/** The text fields of an incident, as written in events.csv (source_url as one cell of links). */
// Coordinates are kept as written too: most rows of an export share a few places, and the map parses
// only the rows it draws.
const textFields = ["id", "region", "district", "location", "label", "description", "source", "sourceUrls", "lat", "lon", "geoPrecision"] as const;
type TextField = (typeof textFields)[number];

/**
 * An incident as it is added: like Incident, but with its links as the one cell they were written in and
 * its coordinates as written ("" or absent for none).
 */
export type IncidentRow = Omit<Incident, "sourceUrls" | "killed" | "lat" | "lon" | "geoPrecision"> & {
  sourceUrls: string;
  killed: Readonly<Record<string, number>>;
  lat?: string;
  lon?: string;
  geoPrecision?: string;
};

/**
 * The incidents, stored by column. Aggregates read the date and killed columns directly; everything else is
 * read one incident at a time (`at`, or the field getters). A conflict export of a million rows then takes
 * a few hundred megabytes, most of them the file's own text, instead of gigabytes of objects. Filled while
 * the file is read, then never changed: aggregates are remembered per table.
 */
export class IncidentTable implements Iterable<Incident> {
  private dates: IsoDate[] = [];
  private lines = new IntColumn();
  private injuredCounts = new IntColumn(); // -1: no source gives a number
  private killedCounts: IntColumn[]; // in killedColumns order
  private text: Record<TextField, StringColumn>;

  /** `sourceText` is what offsets given to push point into. */
  constructor(
    readonly killedColumns: readonly string[],
    private readonly sourceText = ""
  ) {
    this.killedCounts = killedColumns.map(() => new IntColumn());
    this.text = Object.fromEntries(textFields.map((field) => [field, new StringColumn(sourceText)])) as Record<TextField, StringColumn>;
  }

  /** A table of incidents built in code (tests, small stories); killed columns from the first incident unless given. */
  static of(incidents: readonly Incident[], killedColumns: readonly string[] = Object.keys(incidents[0]?.killed ?? {})): IncidentTable {
    const table = new IncidentTable(killedColumns);
    const written = (value: number | string | null | undefined) => (value == null ? "" : String(value));
    for (const incident of incidents) {
      const { lat, lon, geoPrecision, ...rest } = incident;
      table.push({ ...rest, sourceUrls: incident.sourceUrls.join(" "), lat: written(lat), lon: written(lon), geoPrecision: written(geoPrecision) });
    }
    return table;
  }

  /** The length of the text the offsets point into (the file's, read with LF line ends). */
  get sourceLength(): number {
    return this.sourceText.length;
  }

  get length(): number {
    return this.dates.length;
  }

  /** Adds an incident; `starts` says where text fields lie in the table's text (-1 or absent: not verbatim). */
  push(row: IncidentRow, starts?: Readonly<Partial<Record<TextField, number>>>): void {
    this.dates.push(row.date);
    this.lines.push(row.line);
    this.injuredCounts.push(row.injured ?? -1);
    for (let k = 0; k < this.killedColumns.length; k++) this.killedCounts[k]!.push(row.killed[this.killedColumns[k]!] ?? 0);
    // Field by field, not in a loop over names: this runs a million times for a conflict export.
    const { text } = this;
    text.id.push(row.id, starts?.id);
    text.region.push(row.region, starts?.region);
    text.district.push(row.district, starts?.district);
    text.location.push(row.location, starts?.location);
    text.label.push(row.label, starts?.label);
    text.description.push(row.description, starts?.description);
    text.source.push(row.source, starts?.source);
    text.sourceUrls.push(row.sourceUrls, starts?.sourceUrls);
    text.lat.push(row.lat ?? "", starts?.lat);
    text.lon.push(row.lon ?? "", starts?.lon);
    text.geoPrecision.push(row.geoPrecision ?? "", starts?.geoPrecision);
  }

  date(i: number): IsoDate {
    return this.dates[i]!;
  }

  /** Deaths in one category for every incident, in row order. */
  killed(column: string): Int32Array {
    const k = this.killedColumns.indexOf(column);
    return k < 0 ? new Int32Array(this.length) : this.killedCounts[k]!.view();
  }

  injured(i: number): number | null {
    const count = this.injuredCounts.get(i);
    return count < 0 ? null : count;
  }

  line(i: number): number {
    return this.lines.get(i);
  }

  id(i: number): string {
    return this.text.id.get(i);
  }

  label(i: number): string {
    return this.text.label.get(i);
  }

  /** The label was written by the build (the row's label cell was empty), not by the journalist. */
  labelWritten(i: number): boolean {
    return this.sourceText !== "" && !this.text.label.inText(i);
  }

  source(i: number): string {
    return this.text.source.get(i);
  }

  /** Incident i's point, or undefined when the data has none (validation makes both or neither). */
  point(i: number): { lat: number; lon: number; precision: GeoPrecision } | undefined {
    const lat = this.text.lat.get(i);
    const lon = this.text.lon.get(i);
    if (lat === "" || lon === "") return undefined;
    const precision = this.text.geoPrecision.get(i) as GeoPrecision;
    return { lat: Number(lat), lon: Number(lon), precision: geoPrecisions.includes(precision) ? precision : "district" };
  }

  region(i: number): string {
    return this.text.region.get(i);
  }

  district(i: number): string {
    return this.text.district.get(i);
  }

  location(i: number): string {
    return this.text.location.get(i);
  }

  /** Incident i's links; none when its source has no public link. */
  sourceUrls(i: number): string[] {
    const cell = this.text.sourceUrls.get(i);
    return isNoPublicLink(cell) ? [] : cell.split(/\s+/).filter(Boolean);
  }

  /** Incident i as one object. */
  at(i: number): Incident {
    return {
      id: this.id(i),
      line: this.line(i),
      date: this.date(i),
      region: this.text.region.get(i),
      district: this.text.district.get(i),
      location: this.text.location.get(i),
      killed: Object.fromEntries(this.killedColumns.map((column, k) => [column, this.killedCounts[k]!.get(i)])),
      injured: this.injured(i),
      label: this.label(i),
      description: this.text.description.get(i),
      source: this.source(i),
      sourceUrls: this.sourceUrls(i),
      lat: this.point(i)?.lat ?? null,
      lon: this.point(i)?.lon ?? null,
      geoPrecision: this.point(i)?.precision ?? null,
    };
  }

  *[Symbol.iterator](): Iterator<Incident> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** As JSON, the incidents themselves. */
  toJSON(): Incident[] {
    return [...this];
  }
}
