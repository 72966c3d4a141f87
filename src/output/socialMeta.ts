/**
 * The lines a story page's <head> needs for a chart's social card: Open Graph (og:image with its size and
 * alt text, read by Facebook, LinkedIn, Mastodon and most link previews) and twitter:card, which asks X for
 * the large picture (X takes the picture itself from og:image). Offered at the top of the embed snippet as
 * an HTML comment: meta tags only work in the page's <head>, which a pasted snippet cannot reach, and a
 * comment left in the body shows nothing. og:image needs a full address: without baseUrl the lines say so.
 */
import { escapeHtml } from "./html.js";

export interface SocialCard {
  /** The card's address: baseUrl and its file name (just the name without a baseUrl). */
  url: string;
  width: number;
  height: number;
}

export function socialCardMeta({ landscape, portrait, alt, absolute }: { landscape: SocialCard; portrait: SocialCard; alt: string; absolute: boolean }): string {
  // Escaped as attribute values: no ">" survives, so nothing from the data can close the comment.
  const meta = (attribute: "property" | "name", name: string, content: string | number) => `<meta ${attribute}="${name}" content="${escapeHtml(content)}">`;
  const heading = absolute
    ? "Social card: copy these lines into the story page's <head>."
    : "Social card: copy these lines into the story page's <head>, with the card's full address (set baseUrl in data/story.json and build again).";
  return [
    `<!-- ${heading}`,
    meta("property", "og:image", landscape.url),
    meta("property", "og:image:width", landscape.width),
    meta("property", "og:image:height", landscape.height),
    meta("property", "og:image:alt", alt),
    meta("name", "twitter:card", "summary_large_image"),
    `For portrait feeds: ${escapeHtml(portrait.url)} (${portrait.width} × ${portrait.height}).`,
    "-->",
    "",
  ].join("\n");
}
