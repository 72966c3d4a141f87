/**
 * One edition's review page (charts/en.html, charts/fr/index.html…): what a journalist opens before
 * publishing that edition. A contents list, then one section per chart: its alt text, every width as
 * SVG and as light and dark PNGs, the embed code to copy, and the size of each file. Images load
 * lazily and say their size, so the page opens at once and nothing shifts as they arrive.
 */
import { escapeHtml } from "./html.js";
import { pageHead } from "./reviewIndex.js";

export interface ReviewChart {
  id: string;
  headline: string;
  alt: string;
  snippet: string;
  snippetFile: string;
  dataFile: string;
  /** Each width's files; `height` is the SVG's, at `width` (the PNGs are drawn at twice both). */
  versions: { width: number; height: number; svg: string; pngLight: string; pngDark: string }[];
}

/** Which edition a page shows. The page's own words are English, for the desk; the charts' are the edition's. */
export interface ReviewPageEdition {
  lang: string;
  dir: "ltr" | "rtl";
  /** The language's own name ("Français"). */
  name: string;
  /** The translation file's review status ("needs native editor review"); none for English. */
  translation?: string | undefined;
  /** The index of every edition, relative to this page ("index.html", "../index.html"). */
  index: string;
}

/** File name → [bytes, gzip bytes] for the sizes shown. */
export type FileSizes = ReadonlyMap<string, { bytes: number; gzip: number }>;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The files whose sizes the page shows: each version's SVG and PNGs, and each snippet. */
export function shownFiles(charts: readonly ReviewChart[]): Set<string> {
  return new Set(charts.flatMap((chart) => [...chart.versions.flatMap((v) => [v.svg, v.pngLight, v.pngDark]), chart.snippetFile]));
}

export function reviewPage(edition: ReviewPageEdition, asOf: string, charts: readonly ReviewChart[], sizes: FileSizes): string {
  const size = (file: string) => {
    const s = sizes.get(file);
    return s ? `${kb(s.bytes)} (${kb(s.gzip)} gzip)` : "";
  };
  // The edition's words (headlines, alt texts) carry its language and direction; the page's stay English.
  const own = `lang="${escapeHtml(edition.lang)}" dir="${edition.dir}"`;
  const link = (file: string) => `<a href="${escapeHtml(file)}">${escapeHtml(file)}</a>, ${size(file)}`;
  const contents = charts.map((chart) => `    <li><a href="#${escapeHtml(chart.id)}">${escapeHtml(chart.headline)}</a></li>`);
  const sections = charts.map((chart) => {
    const id = escapeHtml(chart.id);
    // Each image names its version; what it shows is the alt text above, which the image points to.
    const image = (file: string, v: ReviewChart["versions"][number], what: string) =>
      `<img src="${escapeHtml(file)}" width="${v.width}" height="${v.height}" loading="lazy" decoding="async" alt="${v.width} px, ${what}" aria-describedby="alt-${id}">`;
    const versions = chart.versions.map(
      (v) => `    <h3>${v.width} px</h3>
    <div class="pair">
      <figure>${image(v.svg, v, "SVG")}<figcaption>SVG, in your system's scheme: ${link(v.svg)}</figcaption></figure>
      <figure>${image(v.pngLight, v, "light PNG")}<figcaption>Light PNG: ${link(v.pngLight)}</figcaption></figure>
      <figure class="dark">${image(v.pngDark, v, "dark PNG")}<figcaption>Dark PNG: ${link(v.pngDark)}</figcaption></figure>
    </div>`
    );
    return `  <section aria-labelledby="${id}">
    <h2 id="${id}" ${own}>${escapeHtml(chart.headline)}</h2>
    <h3>Alt text</h3>
    <p class="alt" id="alt-${id}" ${own}>${escapeHtml(chart.alt)}</p>
${versions.join("\n")}
    <h3><label for="embed-${id}">Embed code</label> (${link(chart.snippetFile)}; data: <a href="${escapeHtml(chart.dataFile)}">${escapeHtml(chart.dataFile)}</a>)</h3>
    <textarea id="embed-${id}" readonly rows="6" dir="ltr" spellcheck="false">${escapedSnippet(chart.snippet)}</textarea>
    <p><button type="button" data-copy="embed-${id}">Copy embed code</button> <a href="#top">Back to contents</a></p>
  </section>`;
  });
  const translation = edition.translation ? ` Translation: ${escapeHtml(edition.translation)}.` : "";
  return `${pageHead(`Review: ${edition.name} (${edition.lang})`, `  .pair { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
  figure { margin: 0; }
  figure img { display: block; max-width: 100%; height: auto; box-shadow: 0 0 0 1px #c8c8c8; }
  figure.dark img { box-shadow: none; }
  figcaption { font-size: 14px; color: #4d4d4d; margin-top: 4px; }
  .alt { background: #fff; padding: 8px 12px; border-inline-start: 4px solid #595959; max-width: 900px; }
  textarea { width: 100%; max-width: 900px; font: 13px/1.4 ui-monospace, monospace; }
  button { font: inherit; padding: 4px 12px; }`)}
<header id="top">
  <p><a href="${escapeHtml(edition.index)}">All editions</a></p>
  <h1>Review: <span ${own}>${escapeHtml(edition.name)}</span> edition</h1>
  <p>Data as of ${escapeHtml(asOf)}.${translation} Each chart at every width as SVG (in your system's light or dark setting) and as light and dark PNGs, with its alt text and the embed code that goes with it.</p>
  <nav aria-labelledby="contents">
  <h2 id="contents">Contents</h2>
  <ol ${own}>
${contents.join("\n")}
  </ol>
  </nav>
</header>
<main>
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

/** Inside a <textarea> only `&` and `<` can be misread; escaping quotes too cost a tenth of the page. */
function escapedSnippet(snippet: string): string {
  let escaped = escapedSnippets.get(snippet);
  if (escaped === undefined) {
    escapedSnippets.set(snippet, (escaped = snippet.replace(/&/g, "&amp;").replace(/</g, "&lt;")));
    if (escapedSnippets.size > snippetsRemembered) escapedSnippets.delete(escapedSnippets.keys().next().value!);
  }
  return escaped;
}
