/**
 * House style in one place: type, colours and spacing both charts use. A designer changes the look here.
 * Sizes switch at `phoneMaxWidth` so a 320 px chart is laid out for a phone, not shrunk from a desktop one.
 */

/** Served first to readers; Source Sans 3 is what text is measured with, and ships with the package. */
export const fontFamily = "'Source Sans 3', 'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif";

/**
 * Until the font is embedded, a reader without Source Sans sees a fallback such as Arial, up to ~12 %
 * wider. Text is wrapped and spaced as if it were this much wider, so it still fits.
 */
export const fallbackWidthFactor = 1.12;

export type Weight = "regular" | "semibold" | "bold";

export interface TextStyle {
  size: number;
  lineHeight: number;
  weight: Weight;
  color: string;
}

export const colors = {
  background: "#ffffff",
  text: "#1a1a1a",
  muted: "#595959", // 7:1 on white: notes and axis labels stay readable
  grid: "#e2e2e2",
  axis: "#333333",
  line: "#b8322a", // the running toll
  unattributed: "#767676", // deaths in a tally but not itemised: grey, dashed, never a category colour
} as const;

export const phoneMaxWidth = 480;

export interface Layout {
  width: number;
  padding: number;
  headline: TextStyle;
  dek: TextStyle;
  label: TextStyle;
  labelStrong: TextStyle;
  value: TextStyle;
  note: TextStyle;
  /** Vertical gaps between the header, the plot and the footer. */
  gap: number;
  plotHeight: number;
}

/** Layout values for a chart of the given width. */
export function layoutFor(width: number): Layout {
  const phone = width <= phoneMaxWidth;
  return {
    width,
    padding: phone ? 10 : 16,
    headline: { size: phone ? 20 : 24, lineHeight: phone ? 24 : 29, weight: "bold", color: colors.text },
    dek: { size: phone ? 15 : 16, lineHeight: phone ? 19 : 21, weight: "regular", color: colors.muted },
    label: { size: phone ? 13 : 14, lineHeight: phone ? 16 : 18, weight: "regular", color: colors.muted },
    labelStrong: { size: phone ? 14 : 15, lineHeight: phone ? 17 : 19, weight: "semibold", color: colors.text },
    value: { size: phone ? 14 : 15, lineHeight: phone ? 17 : 19, weight: "bold", color: colors.text },
    note: { size: 12, lineHeight: 15, weight: "regular", color: colors.muted },
    gap: phone ? 12 : 16,
    plotHeight: phone ? 260 : 320,
  };
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "26 Nov 2025": a calendar date written the house way, the same in every locale and time zone.
 * No-break spaces keep a date on one line when text wraps.
 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d}\u00a0${months[m - 1]}\u00a0${y}`;
}

/** "Nov": a month's short name from a UTC date. */
export function formatMonth(date: Date): string {
  return months[date.getUTCMonth()]!;
}

/** Whole numbers with a comma every three digits, whatever the machine's locale: 1,234. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
