/** Text with LF line ends only: CR LF and lone CR become LF, as the CSV reader counts lines. */
export function lfLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/**
 * A CSV file's text as it is read: LF line ends, no byte-order mark. Windows line ends become plain ones
 * first because csv-parse counts a CRLF inside a quoted cell as two lines.
 */
export function plainLineEnds(text: string): string {
  const lf = lfLineEnds(text);
  return lf.charCodeAt(0) === 0xfeff ? lf.slice(1) : lf;
}

/** Whether a file's bytes are already as read (no byte-order mark, no carriage return), so their digest is the text's. */
export function hasPlainLineEnds(bytes: Uint8Array): boolean {
  return bytes[0] !== 0xef && !bytes.includes(13);
}
