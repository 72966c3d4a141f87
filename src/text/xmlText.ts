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
 * Invisible bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069), and the marks
 * (U+200E, U+200F, U+061C). In an SVG or PNG they reorder what is drawn ("‮3 killed" shows as "dellik 3")
 * while the CSV and alt text read in order, and in a terminal they reorder a printed line, so a chart or a
 * build's report could show something other than the data. Validation rejects them in every text cell.
 */
export const bidiControl = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/**
 * Characters XML allows but nothing shows: DEL and the C1 controls (U+007F–009F; U+009B starts a terminal
 * escape as ESC [ does), and invisible format characters (\p{Cf}: zero-width space, soft hyphen, word
 * joiner, byte-order mark, tags…) other than the joiners U+200C and U+200D, which shape Arabic, Persian and
 * emoji. Pasted, they hide text from a reader and from the checks (a figure split by one is not seen typed).
 */
export const invisibleCharacter = /[\u007F-\u009F]|(?![\u200C\u200D])\p{Cf}/u;

/** Any of the above: one test for the common valid cell (a million of them are checked). */
export const hiddenCharacter = new RegExp(`${invalidXmlCharacter.source}|${bidiControl.source}|${invisibleCharacter.source}`, "u");
