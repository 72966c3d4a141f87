/**
 * charts/index.html: the contents of the review, a page a person can take in at a glance. One line per
 * edition: its language, linking its own review page, the date its data is as of, and its status.
 * An edition is "current" when it was built from today's data, or "held" at its last complete set
 * (a translation is missing): then it says which translations it needs and the command that helps. An
 * edition that lacks a translation and was never built here ("not built") has no set to hold: it is
 * listed with what it needs, and no link, as there is no page to open.
 */
import { escapeHtml } from "./html.js";

export type ReviewEdition = {
  lang: string;
  dir: "ltr" | "rtl";
  /** The language's own name ("Français"). */
  name: string;
  /** Held or not built: the translation keys it lacks. */
  needs?: readonly string[] | undefined;
  /** Held or not built: what to run to fill them in ("npm run translation -- fr"). */
  command?: string | undefined;
  /** The translation file's review status ("needs native editor review"); none for English. */
  translation?: string | undefined;
} & (
  | {
      status: "current" | "held";
      /** Its review page, relative to charts/ ("en.html", "fr/index.html"). */
      page: string;
      /** story.json's `asOf` of the data it shows: today's, or the last complete set's when held. */
      asOf: string;
    }
  | { status: "not built"; page?: undefined; asOf?: undefined }
);

/** The look every review page shares. */
export const pageStyle = `  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #f4f4f4; margin: 0 auto; padding: 24px; max-width: 1400px; }
  h1 { font-size: 28px; margin: 0 0 4px; }
  h2 { font-size: 22px; margin: 40px 0 8px; border-top: 2px solid #1a1a1a; padding-top: 16px; }
  h3 { font-size: 16px; margin: 16px 0 6px; }
  a { color: #1f5fa8; }
  code { font: 14px ui-monospace, monospace; background: #fff; padding: 1px 4px; }
  .held { color: #8a1c12; font-weight: 600; }`;

/** A review page's head, the shared look and the page's own rules (`style`), up to and with <body>. */
export function pageHead(title: string, style: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>
${pageStyle}
${style}
</style>
</head>
<body>`;
}

/** "current", "held at 2026-01-11: needs 2 translations (a, b); run npm run translation -- fr", or "not built yet: needs …". */
export function editionStatus(edition: ReviewEdition): string {
  if (edition.status === "current") return "current";
  const needs = edition.needs ?? [];
  const what = needs.length ? `: needs ${needs.length} translation${needs.length === 1 ? "" : "s"} (${needs.map((key) => `<code>${escapeHtml(key)}</code>`).join(", ")})` : "";
  const run = edition.command ? `; run <code>${escapeHtml(edition.command)}</code>` : "";
  const state = edition.status === "held" ? `held at ${escapeHtml(edition.asOf)}` : "not built yet";
  return `<span class="held">${state}</span>${what}${run}`;
}

export function reviewIndex(editions: readonly ReviewEdition[]): string {
  const rows = editions.map((edition) => {
    const translation = edition.translation ? `; translation: ${escapeHtml(edition.translation)}` : "";
    const name = `<span lang="${escapeHtml(edition.lang)}" dir="${edition.dir}">${escapeHtml(edition.name)}</span> (${escapeHtml(edition.lang)})`;
    const linked = edition.page ? `<a href="${escapeHtml(edition.page)}">${name}</a>` : name;
    const asOf = edition.asOf ? `, data as of ${escapeHtml(edition.asOf)}` : "";
    return `    <li>${linked}${asOf}: ${editionStatus(edition)}${translation}</li>`;
  });
  return `${pageHead("Review before publishing: every edition", "  li { margin: 8px 0; }")}
<main>
  <h1>Review before publishing</h1>
  <nav aria-labelledby="editions">
  <h2 id="editions">Editions</h2>
  <ul>
${rows.join("\n")}
  </ul>
  </nav>
  <p>Each edition's page shows every chart at every width as SVG and as light and dark PNGs, with its alt text and embed code.</p>
</main>
</body>
</html>
`;
}
