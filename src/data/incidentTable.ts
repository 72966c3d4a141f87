import { IntColumn, StringColumn } from "./columns.js";
import type { Incident, IsoDate } from "./types.js";

/** The text fields of an incident, as written in events.csv (source_url as one cell of links). */
const textFields = ["id", "region", "district", "location", "label", "description", "source", "sourceUrls"] as const;
type TextField = (typeof textFields)[number];

/** An incident as it is added: like Incident, but with its links as the one cell they were written in. */
export type IncidentRow = Omit<Incident, "sourceUrls" | "killed"> & { sourceUrls: string; killed: Readonly<Record<string, number>> };

/**
 * The incidents, stored by column. Aggregates read the date and killed columns directly; everything else is
 * read one incident at a time (`at`, or the field getters). A conflict export of a million rows then takes
 * a few hundred megabytes, most of them the file's own text, instead of gigabytes of objects. Filled while
 * the file is read, then never changed: aggregates are remembered per table.
 */
export class IncidentTable implements Iterable<Incident> {
  private readonly dates: IsoDate[] = [];
  private readonly lines = new IntColumn();
  private readonly injuredCounts = new IntColumn(); // -1: no source gives a number
  private readonly killedCounts: IntColumn[]; // in killedColumns order
  private readonly text: Record<TextField, StringColumn>;

  /** `text` is what offsets given to push point into. */
  constructor(
    readonly killedColumns: readonly string[],
    text = ""
  ) {
    this.killedCounts = killedColumns.map(() => new IntColumn());
    this.text = Object.fromEntries(textFields.map((field) => [field, new StringColumn(text)])) as Record<TextField, StringColumn>;
  }

  /** A table of incidents built in code (tests, small stories); killed columns from the first incident unless given. */
  static of(incidents: readonly Incident[], killedColumns: readonly string[] = Object.keys(incidents[0]?.killed ?? {})): IncidentTable {
    const table = new IncidentTable(killedColumns);
    for (const incident of incidents) table.push({ ...incident, sourceUrls: incident.sourceUrls.join(" ") });
    return table;
  }

  get length(): number {
    return this.dates.length;
  }

  /** Adds an incident; `starts` says where text fields lie in the table's text (-1 or absent: not verbatim). */
  push(row: IncidentRow, starts?: Readonly<Record<TextField, number>>): void {
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

  source(i: number): string {
    return this.text.source.get(i);
  }

  sourceUrls(i: number): string[] {
    return this.text.sourceUrls.get(i).split(/\s+/).filter(Boolean);
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
