import type { Problem } from "./problems.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const saveAsUtf8 = "UTF-8 text (save the file as UTF-8 from your spreadsheet or editor: in Excel, “CSV UTF-8”)";

/**
 * Decodes bytes as strict UTF-8 (dropping a byte-order mark); a file in another encoding is a problem, not
 * mojibake. The problem names the encoding it most likely is: UTF-16 (which spreadsheets call “Unicode
 * text”, and whose zero bytes are valid UTF-8, so it would otherwise read as garbled CSV) or Latin-1.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) return { problem: { file, line: 1, value: `UTF-16 text (${utf16})`, expected: saveAsUtf8 } };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const { line, text } = firstInvalidLine(bytes);
    // Read as Latin-1 (Windows-1252's common part), the line shows the journalist which characters are at fault.
    const shown = Buffer.from(text).toString("latin1").trim().slice(0, 80);
    return { problem: { file, line, value: `${shown} (not UTF-8: probably Latin-1 or Windows-1252)`, expected: saveAsUtf8 } };
  }
}

/** "little-endian" or "big-endian" when the bytes are UTF-16 (byte-order mark, or zero bytes on one side). */
function looksLikeUtf16(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "little-endian, with a byte-order mark";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "big-endian, with a byte-order mark";
  // Text in UTF-16 without a mark: every other byte of ASCII is zero. Real UTF-8 text has no zero bytes.
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddZeros++ : evenZeros++);
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && oddZeros > evenZeros * 4) return "little-endian, without a byte-order mark";
  if (evenZeros > half * 0.3 && evenZeros > oddZeros * 4) return "big-endian, without a byte-order mark";
  return undefined;
}

/** The line of the first byte sequence that is not UTF-8, and that line's bytes, so the error can point at it. */
function firstInvalidLine(bytes: Uint8Array): { line: number; text: Uint8Array } {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return { line, text: bytes.subarray(start, i) };
      }
      line++;
      start = i + 1;
    }
  }
  return { line, text: bytes.subarray(start) };
}
