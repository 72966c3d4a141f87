/**
 * What would break a pasted snippet: with no baseUrl its "Get the data" link is relative to the chart
 * files, so in an article at another address (/news/2026/01/…) it points at nothing.
 */
import type { Story } from "../dataset/types.js";
import type { Warning } from "../input/problems.js";

export function embedWarnings(story: Story, storyFile: string): Warning[] {
  if (story.baseUrl) return [];
  return [
    {
      file: storyFile,
      column: "baseUrl",
      message:
        'not set, so links in the embed snippets (charts/*.html) are relative to charts/ and break when pasted into an article elsewhere; set it to the address charts/ is published at, e.g. "https://example.org/graphics/border/"',
    },
  ];
}
