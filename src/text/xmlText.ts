/**
 * Characters XML 1.0 cannot carry (most control characters, lone surrogates, U+FFFE/U+FFFF). One of these
 * in a text node makes the whole SVG unreadable, so validation rejects them and the serialiser drops any
 * that reach it by another path.
 */
export const invalidXmlCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const invalidXmlCharacters = new RegExp(invalidXmlCharacter.source, "gu");

export function withoutInvalidXml(text: string): string {
  return text.replace(invalidXmlCharacters, "");
}

/**
 * Invisible bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069). In an SVG or PNG
 * they reorder what is drawn ("‮3 killed" shows as "dellik 3") while the CSV and alt text read in order,
 * so a chart could show something other than the data. Validation rejects them in every text cell.
 */
export const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;

/** Either of the above: one test for the common valid cell (a million of them are checked). */
export const hiddenCharacter = new RegExp(`${invalidXmlCharacter.source}|${bidiControl.source}`, "u");
