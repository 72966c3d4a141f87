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
