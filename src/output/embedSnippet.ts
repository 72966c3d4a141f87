/**
 * charts/<chart>.html: what a journalist pastes into the CMS. A <figure> holding every version of the
 * chart as inline SVG in one wrapper that is a CSS container: each SVG's own rules show the version
 * drawn for the wrapper's width (the phone version in a narrow column, whatever the screen), so no
 * request, no layout shift, and the chart takes the page's colour scheme (an <img> cannot: Chromium
 * gives an image the system's scheme when the page declares none). Under it a "Get the data" link, and
 * the data as a table only screen readers see. Styles are inline or the SVGs' own scoped rules, so it
 * needs no other CSS or script. Every value from the data is escaped.
 *
 * It degrades to a picture, never to nothing, wherever a CMS, feed, mail client or CSP takes markup away
 * (docs/embedding.md has the table):
 * - Each SVG starts hidden by an attribute and only its own CSS shows it; beside them a <picture> of the
 *   light PNGs (phone version by default, the others from the screen widths they suit) with the alt
 *   text, which the same CSS hides. No <svg>, or no CSS (stripped `<style>` and `style=""`, a strict
 *   `style-src`), and the reader gets the picture; both, and the chart. The picture loads lazily, so a
 *   hidden one costs no request.
 * - The SVGs' words (notes, labels, styles) are CDATA sections: an HTML parser reads them as text inside
 *   <svg>, but filters that strip tags and keep their text (sanitize-html, WordPress's kses) drop them,
 *   so the reader is not left a wall of repeated labels; only the widest version's <title> and <desc>
 *   (the headline and the description) stay as text, once (output/snippetSvg.ts).
 * - The reader table's box is `hidden` too, shown to screen readers by its style: without CSS it stays
 *   out of sight (the picture's alt text says the same). Where the attribute goes too (sanitize-html's
 *   defaults), the table is records two columns wide, which a phone's column holds; where every HTML
 *   element goes but its text (DOMPurify's SVG profile), the table goes whole with its <thead>
 *   (recordTable, below).
 */
import type { ReaderTable } from "./readerTable.js";
import { escapeHtml, webLink } from "./html.js";
import { fallbackClass } from "../render/snippetRules.js";
import { legibleFrom, phoneMaxWidth } from "../style/houseStyle.js";
import { snippetSvg } from "./snippetSvg.js";

export interface Snippet {
  /** Every version's SVG text, as written to its file; each hides itself outside its widths. */
  svgs: string[];
  /** The widest version's width: the figure grows no wider. */
  width: number;
  /** Each version's light PNG (in the order of `svgs`), for the picture shown where the SVGs are stripped. */
  pngs: { file: string; width: number; height: number }[];
  /** The alt text (charts/<chart>.alt.txt). */
  alt: string;
  /** The wrapper's container name, the one the SVGs' rules query (build/renderCharts.ts). */
  container: string;
  headline: string;
  /** Where the source line links; without one there is no link (the SVG prints the source). */
  sourceUrl?: string | undefined;
  dataFile: string;
  table: ReaderTable;
  /** Prefix for file URLs, e.g. "https://example.org/graphics/border/"; relative when empty. */
  baseUrl: string;
  /** A translated edition's caption words and language; English words when absent. */
  edition?: { lang: string; dir: "ltr" | "rtl"; sources: string; getData: string; tableCaption: string } | undefined;
}

// Visually hidden without widening the page (`display` undoes the box's `hidden` attribute, which keeps it
// out of sight where styles are stripped): a table is never narrower than its content, so a box
// around it clips it; clip-path and a 1 px box keep it out of the scrollable area, and normal
// white-space lets its cells wrap inside it.
const hidden =
  "display:block!important;position:absolute!important;width:1px!important;height:1px!important;margin:-1px!important;padding:0!important;border:0!important;" +
  "overflow:hidden!important;clip-path:inset(50%)!important;white-space:normal!important";
const reset = "margin:0;padding:0;border:0;max-width:none;float:none";

export function embedSnippet(s: Snippet): string {
  const url = (file: string) => escapeHtml(`${s.baseUrl}${file}`);
  const link = "color:inherit!important;text-decoration:underline!important;font:inherit!important";
  const sourceHref = s.sourceUrl && webLink(s.sourceUrl);
  const words = s.edition ?? { lang: "en", dir: "ltr", sources: "Sources", getData: "Get the data", tableCaption: `${s.headline}: the data` };
  const sourceLink = sourceHref ? `<a href="${escapeHtml(sourceHref)}" style="${link}">${escapeHtml(words.sources)}</a> · ` : "";
  // The page's own text colour, so the caption reads on light and dark pages alike.
  const captionStyle = `${reset};margin-top:6px;font:13px/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;color:inherit;text-align:${words.dir === "rtl" ? "right" : "left"};display:block`;
  const ids = { title: `${s.container}-title`, desc: `${s.container}-desc` };
  const svgs = s.svgs.map((svg, i) => snippetSvg(svg.trimEnd(), { widest: i === 0, ids })).join("\n");
  // The figure says its language and direction, so a page in another language reads and lays out its caption and table right.
  const language = ` lang="${escapeHtml(words.lang)}" dir="${words.dir}"`;
  return `<figure${language} style="${reset};margin:1em 0;width:auto;max-width:${s.width}px;position:relative;overflow:visible">
<div style="container:${escapeHtml(s.container)}/inline-size;${reset};width:auto">
${svgs}
</div>
${picture(s, url)}
<figcaption style="${captionStyle}">${sourceLink}<a href="${url(s.dataFile)}" download style="${link}">${escapeHtml(words.getData)}</a></figcaption>
<div hidden="hidden" style="${hidden}">
${recordTable(s.table, words.tableCaption)}
</div>
</figure>
`;
}

/**
 * The reader table as records, two columns wide: for each row of the data its fields one under another,
 * each value headed by its column's name, the record opened by its date or category in bold and empty
 * fields left out. Where a sanitizer leaves the table in sight with no style (sanitize-html's defaults
 * keep no attribute), it is as wide as its longest field name and longest value word, which fits a phone
 * column; the same data as a grid, one column per field, needs 530 to 720 px. Every row sits in the
 * <thead>, because DOMPurify removes a <thead> with its content where the element is not allowed (its
 * SVG-only profile), and so leaves none of the table's words as loose text under the chart; for the same
 * reason the table is named by `aria-label`, not a <caption> (whose words would stay).
 */
function recordTable({ columns, rows }: ReaderTable, caption: string): string {
  const field = (name: string, value: string) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${value}</td></tr>`;
  const records = rows.map(({ header, cells }) =>
    [field(columns[0]!, `<b>${escapeHtml(header)}</b>`), ...cells.flatMap((cell, i) => (cell ? [field(columns[i + 1]!, escapeHtml(cell))] : []))].join(""),
  );
  return `<table aria-label="${escapeHtml(caption)}"><thead>
${records.join("\n")}
</thead></table>`;
}

// Versions are chosen where their 12 px notes read at the house minimum (legibleFrom), as the SVGs switch
// (output/chartNames.ts). A column is narrower than the screen by the page's margins: a version's picture
// is chosen only on screens this much wider than the column it needs.
const pageMargins = 64;

/**
 * The light PNGs as one <picture>. Its <img> is the phone version (the widest drawn for phones, house
 * style): what a filter that keeps <img> but not <picture> leaves, legible in a phone's column and not
 * lost on a desktop. Each wider version is chosen from the screen width where its column keeps the notes
 * legible, each narrower one below the screen width where the next one's would not be. Its size comes
 * from its attributes where styles are stripped, and shrinks to the column where they are not.
 */
function picture(s: Snippet, url: (file: string) => string): string {
  const ascending = [...s.pngs].sort((a, b) => a.width - b.width);
  const phone = ascending.filter((v) => v.width <= phoneMaxWidth).at(-1) ?? ascending[0]!;
  const fallback = escapeHtml(fallbackClass(s.container));
  const size = (v: { width: number; height: number }) => `width="${v.width}" height="${v.height}"`;
  const source = (v: (typeof ascending)[number], media: string) => `<source media="${media}" srcset="${url(v.file)} 2x" ${size(v)}>`;
  const i = ascending.indexOf(phone);
  const wider = ascending.slice(i + 1).reverse().map((v) => source(v, `(min-width: ${legibleFrom(v.width) + pageMargins}px)`));
  const narrower = ascending.slice(0, i).map((v, j) => source(v, `(max-width: ${legibleFrom(ascending[j + 1]!.width) + pageMargins - 1}px)`));
  const style = "display:block;max-width:100%;height:auto;margin:0;padding:0;border:0";
  return `<picture class="${fallback}">${[...wider, ...narrower].join("")}<img class="${fallback}" src="${url(phone.file)}" ${size(phone)} alt="${escapeHtml(s.alt)}" loading="lazy" decoding="async" style="${style}"></picture>`;
}
