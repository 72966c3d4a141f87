/**
 * charts/index.html: what a journalist opens before publishing. Every chart at every width, light and
 * dark, with its alt text, its embed code to copy, and the size of each file.
 */
import { escapeHtml } from "./html.js";

export interface ReviewChart {
  id: string;
  headline: string;
  alt: string;
  snippet: string;
  snippetFile: string;
  dataFile: string;
  versions: { width: number; svg: string; pngLight: string; pngDark: string }[];
  /** A translated edition's language, its name and its review status, shown with its charts. */
  edition?: { lang: string; dir: "ltr" | "rtl"; name: string; status: string } | undefined;
}

/** File name → [bytes, gzip bytes] for the sizes shown. */
export type FileSizes = ReadonlyMap<string, { bytes: number; gzip: number }>;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The files whose sizes the page shows: each version's SVG and PNGs, and each snippet. */
export function shownFiles(charts: readonly ReviewChart[]): Set<string> {
  return new Set(charts.flatMap((chart) => [...chart.versions.flatMap((v) => [v.svg, v.pngLight, v.pngDark]), chart.snippetFile]));
}

export function reviewPage(title: string, asOf: string, charts: readonly ReviewChart[], sizes: FileSizes): string {
  const size = (file: string) => {
    const s = sizes.get(file);
    return s ? `${kb(s.bytes)} (${kb(s.gzip)} gzip)` : "";
  };
  const sections = charts.map((chart) => {
    const versions = chart.versions.map(
      (v) => `      <div class="version">
        <h3>${v.width} px</h3>
        <div class="pair">
          <figure class="light"><img src="${escapeHtml(v.svg)}" width="${v.width}" alt="${escapeHtml(chart.alt)}"><figcaption>SVG, in the scheme your system is set to: <a href="${escapeHtml(v.svg)}">${escapeHtml(v.svg)}</a>, ${size(v.svg)}</figcaption></figure>
          <figure class="light"><img src="${escapeHtml(v.pngLight)}" width="${v.width}" alt="${escapeHtml(chart.alt)} (light scheme)"><figcaption>Light scheme as PNG: <a href="${escapeHtml(v.pngLight)}">${escapeHtml(v.pngLight)}</a>, ${size(v.pngLight)}</figcaption></figure>
          <figure class="dark"><img src="${escapeHtml(v.pngDark)}" width="${v.width}" alt="${escapeHtml(chart.alt)} (dark scheme)"><figcaption>Dark scheme as PNG: <a href="${escapeHtml(v.pngDark)}">${escapeHtml(v.pngDark)}</a>, ${size(v.pngDark)}</figcaption></figure>
        </div>
      </div>`
    );
    const key = chart.edition ? `${chart.edition.lang}-${chart.id}` : chart.id;
    const codeId = `embed-${key}`;
    const language = chart.edition ? ` lang="${escapeHtml(chart.edition.lang)}" dir="${chart.edition.dir}"` : "";
    const status = chart.edition ? `\n    <p class="status" lang="en" dir="ltr">${escapeHtml(chart.edition.name)} edition: ${escapeHtml(chart.edition.status)}</p>` : "";
    return `  <section aria-labelledby="h-${key}"${language}>
    <h2 id="h-${key}">${escapeHtml(chart.headline)}</h2>${status}
    <h3>Alt text</h3>
    <p class="alt">${escapeHtml(chart.alt)}</p>
${versions.join("\n")}
    <h3><label for="${codeId}">Embed code</label> (<a href="${escapeHtml(chart.snippetFile)}">${escapeHtml(chart.snippetFile)}</a>, ${size(chart.snippetFile)}; data: <a href="${escapeHtml(chart.dataFile)}">${escapeHtml(chart.dataFile)}</a>)</h3>
    <textarea id="${codeId}" readonly rows="8">${escapedSnippet(chart.snippet)}</textarea>
    <p><button type="button" data-copy="${codeId}">Copy embed code</button></p>
  </section>`;
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Review: ${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #f4f4f4; margin: 0 auto; padding: 24px; max-width: 1400px; }
  h1 { font-size: 28px; margin: 0 0 4px; }
  h2 { font-size: 22px; margin: 40px 0 8px; border-top: 2px solid #1a1a1a; padding-top: 16px; }
  h3 { font-size: 16px; margin: 16px 0 6px; }
  .pair { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
  figure { margin: 0; }
  figure img { display: block; max-width: 100%; height: auto; box-shadow: 0 0 0 1px #c8c8c8; }
  figure.dark img { box-shadow: none; }
  figcaption { font-size: 14px; color: #4d4d4d; margin-top: 4px; max-width: 640px; }
  .alt { background: #fff; padding: 8px 12px; border-left: 4px solid #595959; max-width: 900px; }
  textarea { width: 100%; max-width: 900px; font: 13px/1.4 ui-monospace, monospace; }
  a { color: #1f5fa8; }
  button { font: inherit; padding: 4px 12px; }
</style>
</head>
<body>
<main>
  <h1>Review before publishing: ${escapeHtml(title)}</h1>
  <p>Data as of ${escapeHtml(asOf)}. Each chart at every width as SVG (in your system's light or dark setting) and as light and dark PNGs, with the alt text and embed code that go with it.</p>
${sections.join("\n")}
</main>
<script>
  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.addEventListener("click", () => {
      const code = document.getElementById(button.dataset.copy);
      code.select();
      navigator.clipboard?.writeText(code.value).then(() => { button.textContent = "Copied"; }, () => {});
    });
  }
</script>
</body>
</html>
`;
}

// Watch mode writes the review page of every edition on every save, with the snippets of the editions the
// save did not touch unchanged (the same strings): escaping them was most of writing the page.
const escapedSnippets = new Map<string, string>();
const snippetsRemembered = 64; // a few sets of five editions' snippets; the oldest go first

function escapedSnippet(snippet: string): string {
  let escaped = escapedSnippets.get(snippet);
  if (escaped === undefined) {
    escapedSnippets.set(snippet, (escaped = escapeHtml(snippet)));
    if (escapedSnippets.size > snippetsRemembered) escapedSnippets.delete(escapedSnippets.keys().next().value!);
  }
  return escaped;
}
