/**
 * charts/<chart>.html: what a journalist pastes into the CMS. A responsive <figure> that serves the
 * phone-width SVG to narrow screens, with alt text written from the data, the source line, a "Get the
 * data" link, and the data as a visually hidden table for screen readers. Styles are inline, so it works
 * pasted into a page with no other CSS or script. Every value from the data is escaped.
 */
import type { DataTable } from "./chartData.js";
import { escapeHtml, webLink } from "./html.js";

export interface ChartVersion {
  file: string;
  width: number;
  height: number;
}

export interface Snippet {
  /** Every width of the chart; the widest is the default image. */
  versions: ChartVersion[];
  headline: string;
  alt: string;
  source: string;
  /** Where the source line links; without one it is plain text (the data link lists each source). */
  sourceUrl?: string | undefined;
  credit: string;
  dataFile: string;
  table: DataTable;
  /** Prefix for file URLs, e.g. "https://example.org/graphics/border/"; relative when empty. */
  baseUrl: string;
  /** A translated edition's caption words and language; English, with no lang attribute, when absent. */
  edition?: { lang: string; dir: "ltr" | "rtl"; source: string; getData: string; tableCaption: string } | undefined;
}

const hidden = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0";

export function embedSnippet(s: Snippet): string {
  const url = (file: string) => escapeHtml(`${s.baseUrl}${file}`);
  const ascending = [...s.versions].sort((a, b) => a.width - b.width);
  const widest = ascending.at(-1)!;
  // Each narrower version up to halfway to the next width; the widest is the default.
  const sources = ascending.slice(0, -1).map((v, i) => {
    const breakpoint = Math.round((v.width + ascending[i + 1]!.width) / 2);
    return `    <source media="(max-width: ${breakpoint}px)" srcset="${url(v.file)}">`;
  });
  const sourceHref = s.sourceUrl && webLink(s.sourceUrl);
  const sourceLine = sourceHref ? `<a href="${escapeHtml(sourceHref)}" style="color:inherit;text-decoration:underline">${escapeHtml(s.source)}</a>` : escapeHtml(s.source);
  // The page's own text colour, so the caption reads on light and dark pages alike.
  const captionStyle = "margin:6px 0 0;font:13px/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;color:inherit";
  const linkStyle = "color:inherit;text-decoration:underline";
  const language = s.edition ? ` lang="${escapeHtml(s.edition.lang)}" dir="${s.edition.dir}"` : "";
  const words = s.edition ?? { source: "Source:", getData: "Get the data", tableCaption: `${s.headline}: the data` };
  return `<figure${language} style="margin:1em 0;max-width:${widest.width}px">
  <picture>
${sources.join("\n")}
    <img src="${url(widest.file)}" width="${widest.width}" height="${widest.height}" alt="${escapeHtml(s.alt)}" style="display:block;width:100%;height:auto" loading="lazy">
  </picture>
  <figcaption style="${captionStyle}">${escapeHtml(words.source)} ${sourceLine}. ${escapeHtml(s.credit)}${s.credit ? ". " : ""}<a href="${url(s.dataFile)}" download style="${linkStyle}">${escapeHtml(words.getData)}</a></figcaption>
  <table style="${hidden}">
    <caption>${escapeHtml(words.tableCaption)}</caption>
    <thead><tr>${s.table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr></thead>
    <tbody>
${s.table.rows.map((row) => `      <tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("\n")}
    </tbody>
  </table>
</figure>
`;
}
