import type { Problem } from "./problems.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes bytes as strict UTF-8 (dropping a byte-order mark); a file in another encoding is a problem, not mojibake. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const line = firstInvalidLine(bytes);
    return { problem: { file, line, expected: "UTF-8 text (save the file as UTF-8 from your spreadsheet or editor)" } };
  }
}

/** The line of the first byte sequence that is not UTF-8, so the error can point at it. */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
