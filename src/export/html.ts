/** Escaping for text and attribute values in HTML, and links that can only be web links. */

/**
 * Safe in element content and in quoted attribute values alike. Five plain replacements rather than one
 * with a function per match: the review page escapes every embed snippet, a whole SVG with its font,
 * and a call per character was most of the time watch mode spent writing the pages.
 */
export function escapeHtml(text: string | number): string {
  // "&" first, so the entities written after it are not escaped again.
  return String(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

/** The URL if it is http(s), else undefined: nothing from the data becomes a javascript: link. */
export function webLink(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}
