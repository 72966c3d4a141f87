/**
 * charts/<chart>.html: what a journalist pastes into the CMS. A <figure> holding every version of the
 * chart as inline SVG in one wrapper that is a CSS container: each SVG's own rules show the version
 * drawn for the wrapper's width (the phone version in a narrow column, whatever the screen), so no
 * request, no layout shift, and the chart takes the page's colour scheme (an <img> cannot: Chromium
 * gives an image the system's scheme when the page declares none). Under it a "Get the data" link, and
 * the data as a table only screen readers see. Styles are inline or the SVGs' own scoped rules, so it
 * needs no other CSS or script. Every value from the data is escaped.
 */
import type { ReaderTable } from "./readerTable.js";
import { escapeHtml, webLink } from "./html.js";

export interface Snippet {
  /** Every version's SVG text, as written to its file; each hides itself outside its widths. */
  svgs: string[];
  /** The widest version's width: the figure grows no wider. */
  width: number;
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

// Visually hidden without widening the page: a table is never narrower than its content, so a box
// around it clips it; clip-path and a 1 px box keep it out of the scrollable area, and normal
// white-space lets its cells wrap inside it.
const hidden =
  "position:absolute!important;width:1px!important;height:1px!important;margin:-1px!important;padding:0!important;border:0!important;" +
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
  const { columns, rows } = s.table;
  const svgs = s.svgs.map((svg) => svg.trimEnd()).join("\n");
  // The figure says its language and direction, so a page in another language reads and lays out its caption and table right.
  const language = ` lang="${escapeHtml(words.lang)}" dir="${words.dir}"`;
  return `<figure${language} style="${reset};margin:1em 0;width:auto;max-width:${s.width}px;position:relative;overflow:visible">
<div style="container:${escapeHtml(s.container)}/inline-size;${reset};width:auto">
${svgs}
</div>
<figcaption style="${captionStyle}">${sourceLink}<a href="${url(s.dataFile)}" download style="${link}">${escapeHtml(words.getData)}</a></figcaption>
<div style="${hidden}">
<table>
<caption>${escapeHtml(words.tableCaption)}</caption>
<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr></thead>
<tbody>
${rows.map((row) => `<tr><th scope="row">${escapeHtml(row.header)}</th>${row.cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("\n")}
</tbody>
</table>
</div>
</figure>
`;
}
