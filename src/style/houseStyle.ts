/**
 * House style in one place: type, colours (light and dark), spacing, number and date formats for both
 * charts. A designer changes the look here. Sizes switch at `phoneMaxWidth` so a 320 px chart is laid
 * out for a phone, not shrunk from a desktop one.
 */

/** The face text is measured with and embedded from (Source Sans 3, from the source-sans package). */
export const fontName = "Source Sans 3";

/** What a reader's browser falls back to when the font is not embedded and the page lacks it. */
export const fallbackFonts = "'Source Sans 3', 'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif";

/**
 * With the font embedded, text renders exactly as measured. Without it, a reader may see a fallback such
 * as Arial, up to ~12 % wider, so text is wrapped and spaced as if it were this much wider.
 */
export const fallbackWidthFactor = 1.12;

/**
 * With the font embedded, browsers render text as measured, but renderers that ignore @font-face
 * (librsvg and ImageMagick, behind many CMS and wiki thumbnailers) draw Arial or its metric twin
 * Liberation Sans, about as much wider. The frame's text (headline, dek, notes, source, key), which
 * runs the chart's full width, leaves at least that room, so no line is cut off there.
 */
export const embeddedFrameWidthFactor = 1.12;

export type Weight = "regular" | "semibold" | "bold";

/**
 * How much wider than measured librsvg draws a line, by script and weight: the widest of every line of
 * the five editions' charts, drawn by rsvg-convert with Debian's default fonts (Liberation Sans for the
 * charts' Arial, DejaVu Sans for Arabic, Droid Sans Fallback for Chinese) and measured by its ink, rounded
 * up. Semibold is the widest: no fallback has one, so 600 is drawn in the fallback's bold (Latin 1.21,
 * Arabic 1.32 for a district's name). The frame's text is wrapped with this room; a label is placed with
 * it where a spot as near as the one it needs as drawn has it (charts/annotations.ts), so it stays inside
 * its place where the embedded font is not used (test/render/otherClients.test.ts).
 */
export const renderedWidthRoom: Record<"latin" | "ar" | "zh", Record<Weight, number>> = {
  latin: { regular: 1.14, semibold: 1.22, bold: 1.12 },
  ar: { regular: 1.12, semibold: 1.33, bold: 1.2 },
  zh: { regular: 1.1, semibold: 1.04, bold: 1.04 },
};

export const fontWeights: Record<Weight, number> = { regular: 400, semibold: 600, bold: 700 };

export interface TextStyle {
  size: number;
  lineHeight: number;
  weight: Weight;
  color: string;
  /** How much wider than measured the text may render (1 when the font is embedded). */
  widthFactor: number;
  /**
   * The edition's language: its line-breaking rules (text/lineBreaks.ts), and for ar and zh the fonts
   * its text is measured in. The same list as text/fonts.ts's Lang (style/ sits above text/).
   */
  lang?: "en" | "fr" | "ru" | "ar" | "zh" | undefined;
}

/**
 * Colours by role, light scheme. Every light value is distinct, because the dark scheme is applied by
 * matching them (render/colorScheme.ts).
 */
export const colors = {
  background: "#ffffff",
  text: "#1a1a1a",
  muted: "#595959", // 7:1 on white: notes and axis labels stay readable
  grid: "#e2e2e2", // decorative; deliberately faint
  axis: "#333333",
  line: "#b8322a", // the running toll; also its label, so it is dark enough for text
  unattributed: "#767676", // deaths in a tally but not itemised: grey, dashed, never a category colour
} as const;

export type ColorRole = keyof typeof colors;

/**
 * The incident map's own colours (light; dark below). Kept apart from the roles above so the other
 * charts' colour classes do not move; every value is still distinct from every role's.
 */
export const mapColors = {
  focusLand: "#efebe4", // Tajikistan and Afghanistan
  otherLand: "#f7f7f7", // neighbours, faded
  border: "#b3b3b3", // other land borders: decorative
  sharedBorder: "#4d4d4d", // the Tajik–Afghan border, emphasised (3:1 on both lands)
  area: "#f3dcd9", // a district an incident is only known to lie in
} as const;

export const darkMapColors: Record<keyof typeof mapColors, string> = {
  focusLand: "#2b2926",
  otherLand: "#1e1e1e",
  border: "#555555",
  sharedBorder: "#c8c8c8",
  area: "#4a2522",
};

/** The same roles for readers whose system is set to dark. */
export const darkColors: Record<ColorRole, string> = {
  background: "#161616",
  text: "#f2f2f2",
  muted: "#b0b0b0",
  grid: "#383838",
  axis: "#c8c8c8",
  line: "#f07167",
  unattributed: "#9a9a9a",
};

/** Contrast the roles must keep against the background in both schemes (WCAG: text 4.5, marks 3). */
export const minimumContrast: Partial<Record<ColorRole, number>> = { text: 4.5, muted: 4.5, unattributed: 4.5, line: 4.5, axis: 3 };

/** Category colours (from the codebook) are marks: at least this contrast on either background. */
export const categoryContrast = 3;

export const phoneMaxWidth = 480;

/**
 * Versions narrower than this are for columns narrower than a phone's (240 px by default, shown under
 * 267 px): their map gives a district's name to the key where the name takes the room a circle's number
 * needs (map/incidentMap.ts); wider ones keep the name and place the number as near as they can.
 */
export const narrowMaxWidth = 300;

/**
 * The house minimum for type on screen, in CSS px: no chart's text renders smaller in the column the embed
 * snippet shows it in (output/chartNames.ts). The charts' smallest type (notes, source, credit, the map's
 * small names) is `smallestTextPx` at every width, so a version reads at the minimum down to columns
 * `minimumScreenPx / smallestTextPx` of its width.
 */
export const minimumScreenPx = 10;
export const smallestTextPx = 12;

/** The narrowest column a version drawn `width` px wide keeps its smallest type at the house minimum in. */
export function legibleFrom(width: number): number {
  return Math.ceil((width * minimumScreenPx) / smallestTextPx);
}

/** Text wider than this is hard to read; on wide charts notes and headlines stop here. */
export const maxMeasure = 680;

/** Marks: sizes and strokes both charts draw with. */
export const marks = {
  dotRadius: 4,
  lineWidth: 2.5,
  tallyLineWidth: 2,
  dash: "4,3",
  leaderWidth: 1,
  /** Background-coloured outline behind labels, so gridlines never run through text. */
  halo: 3,
  /** Clear space kept around every placed label. */
  labelPadding: 3,
} as const;

export interface Layout {
  width: number;
  padding: number;
  headline: TextStyle;
  dek: TextStyle;
  label: TextStyle;
  labelStrong: TextStyle;
  value: TextStyle;
  note: TextStyle;
  annotation: TextStyle;
  /** Vertical gaps between the header, the plot and the footer. */
  gap: number;
  plotHeight: number;
  /** Width available to headline, dek, key and notes: the chart's, up to maxMeasure. */
  measure: number;
  /** Widest an incident annotation may wrap to. */
  annotationWidth: number;
  barHeight: number;
  barGap: number;
  /** How many ticks an axis may have. */
  maxTicks: { x: number; y: number };
  /** How many incident days the cumulative chart annotates at most (the deadliest). */
  maxAnnotations: number;
}

const textLangs = ["en", "fr", "ru", "ar", "zh"] as const;

/** Layout values for a chart of the given width. */
export function layoutFor(width: number, { fontEmbedded, lang }: { fontEmbedded: boolean; lang?: string }): Layout {
  const phone = width <= phoneMaxWidth;
  // Each language breaks lines by its own rules; Arabic and Chinese are also measured in their own
  // shaped fonts (text/measure.ts), the others as English.
  const known = textLangs.find((textLang) => textLang === lang);
  const script = known ? { lang: known } : {};
  const room = renderedWidthRoom[scriptOf(known)];
  // Labels are measured as drawn (room in the plot is scarce on a phone; charts/annotations.ts places them
  // with the renderers' room where a spot as near has it); the frame's text always leaves that room.
  const labelFactor = (_weight: Weight): number => (fontEmbedded ? 1 : fallbackWidthFactor);
  const frameFactor = (weight: Weight) => Math.max(room[weight], fontEmbedded ? embeddedFrameWidthFactor : fallbackWidthFactor);
  const style = (size: number, lineHeight: number, weight: Weight, color: string, factor = labelFactor): TextStyle => ({ size, lineHeight, weight, color, widthFactor: factor(weight), ...script });
  return {
    width,
    padding: phone ? 10 : 16,
    headline: style(phone ? 20 : 24, phone ? 24 : 29, "bold", colors.text, frameFactor),
    dek: style(phone ? 15 : 16, phone ? 19 : 21, "regular", colors.muted, frameFactor),
    label: style(phone ? 13 : 14, phone ? 16 : 18, "regular", colors.muted),
    labelStrong: style(phone ? 14 : 15, phone ? 17 : 19, "semibold", colors.text),
    value: style(phone ? 14 : 15, phone ? 17 : 19, "bold", colors.text),
    note: style(smallestTextPx, 15, "regular", colors.muted, frameFactor),
    annotation: style(13, 16, "regular", colors.text),
    gap: phone ? 12 : 16,
    // Taller on wide screens so the line does not flatten; capped so it still fits a laptop screen.
    plotHeight: phone ? 260 : Math.round(Math.min(460, Math.max(320, width * 0.45))),
    measure: Math.min(width - 2 * (phone ? 10 : 16), maxMeasure),
    // At least 100 px: on a chart narrower than a phone (a print column, src/style/printStyle.ts) the
    // longest word of an end label in any edition (Russian "перечисленных", 14 px semibold) still fits whole.
    annotationWidth: Math.min(250, Math.max(100, (width - 32) / 2.4)),
    barHeight: phone ? 18 : 22,
    barGap: phone ? 14 : 16,
    maxTicks: { x: phone ? 4 : 8, y: phone ? 4 : 5 },
    maxAnnotations: phone ? 6 : 10,
  };
}

/** The room a renderer without the embedded font needs for text in this style (renderedWidthRoom). */
export function renderedRoom(style: { weight: Weight; lang?: TextStyle["lang"] }): number {
  return renderedWidthRoom[scriptOf(style.lang)][style.weight];
}

/** Arabic and Chinese have fallback fonts of their own; every other edition is drawn in the Latin one. */
function scriptOf(lang: TextStyle["lang"]): "latin" | "ar" | "zh" {
  return lang === "ar" || lang === "zh" ? lang : "latin";
}

/** The style in another weight; frame text (measured with the renderers' room) keeps that weight's room. */
export function inWeight<Style extends TextStyle>(style: Style, weight: Weight): Style {
  return { ...style, weight, widthFactor: style.widthFactor > 1 ? Math.max(style.widthFactor, renderedRoom({ weight, lang: style.lang })) : style.widthFactor };
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

/** "26 Nov": a date without its year, for labels inside a chart whose axis shows the year. */
export function formatDay(iso: string): string {
  const [, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d}\u00a0${months[m - 1]}`;
}

/** "Nov": a month's short name from a UTC date. */
export function formatMonth(date: Date): string {
  return months[date.getUTCMonth()]!;
}

/** Whole numbers with a comma every three digits, whatever the machine's locale: 1,234. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
