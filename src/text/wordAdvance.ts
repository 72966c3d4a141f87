/**
 * The advance of a run of text in one font, shaped a word at a time. Wrapping measures a line with one
 * more word each time, so most strings it measures are new while their words are not: shaping each word
 * once (fontkit's GSUB/GPOS, about a millisecond for an Arabic line) instead of each line made measuring
 * about three times faster in a five-edition build.
 *
 * Exact, not an estimate: advances are whole font units, and a space neither kerns nor joins with what
 * is next to it, so a run's advance is its words' plus its spaces'. That is checked, not assumed: each
 * character is shaped once beside a space, either side, and a run holding any that moves, or that fontkit
 * cannot shape beside one (a mark with no base, a few rare Arabic letters), is shaped whole as before.
 * test/text/wordAdvance.test.ts finds no letter of our fonts that moves, and compares lines of every
 * edition's words with fontkit's own layout of the run. Each word is shaped with the run's script, found
 * as fontkit finds it (the first character of a script of its own), so its features and direction are
 * the run's.
 */
import type * as fontkit from "fontkit";

/** The run's advance in font units, as `font.layout(text).advanceWidth` gives it. */
export function runAdvance(font: fontkit.Font, text: string): number {
  let script: Script;
  try {
    script = runScript(font, text);
  } catch {
    return font.layout(text).advanceWidth; // a character fontkit cannot shape alone (a mark with no base)
  }
  for (const character of text) if (!standsApart(font, character, script)) return font.layout(text).advanceWidth;
  const words = text.split(" ");
  let advance = (words.length - 1) * wordAdvance(font, " ", script);
  for (const word of words) if (word) advance += wordAdvance(font, word, script);
  return advance;
}

type Script = string; // an OpenType script tag (fontkit gives a few scripts a list, passed back as it came)

const advances = new WeakMap<fontkit.Font, Map<string, number>>();

function wordAdvance(font: fontkit.Font, word: string, script: Script): number {
  let known = advances.get(font);
  if (!known) advances.set(font, (known = new Map()));
  const key = `${script}\u0000${word}`;
  let advance = known.get(key);
  if (advance === undefined) {
    advance = font.layout(word, [], script).advanceWidth;
    if (known.size > 100_000) known.clear();
    known.set(key, advance);
  }
  return advance;
}

const apart = new WeakMap<fontkit.Font, Map<string, boolean>>();

/**
 * Whether the character advances beside a space exactly as the two apart, on either side, in the run's
 * script (false where fontkit cannot shape it beside one at all).
 */
export function standsApart(font: fontkit.Font, character: string, script: Script): boolean {
  if (character === " ") return true;
  let known = apart.get(font);
  if (!known) apart.set(font, (known = new Map()));
  const key = `${script}\u0000${character}`;
  let answer = known.get(key);
  if (answer === undefined) {
    try {
      const sum = wordAdvance(font, character, script) + wordAdvance(font, " ", script);
      answer = font.layout(`${character} `, [], script).advanceWidth === sum && font.layout(` ${character}`, [], script).advanceWidth === sum;
    } catch {
      answer = false;
    }
    known.set(key, answer);
  }
  return answer;
}

const scripts = new Map<number, Script>();
let unknown: Script | undefined;

/** The script fontkit shapes the run in: its first character's with a script of its own, else "unknown". */
export function runScript(font: fontkit.Font, text: string): Script {
  unknown ??= font.layout("").script;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    let script = scripts.get(codePoint);
    if (script === undefined) scripts.set(codePoint, (script = font.layout(character).script));
    if (script !== unknown) return script;
  }
  return unknown;
}
