/**
 * Who an incident's source cell names first: the body that said it and the outlet it came through
 * ("Tajik Border Troops (GKNB) via Khovar, reported by …" → Tajik Border Troops, Khovar), so the build can
 * warn when the story's source line, printed on every chart, credits neither. Read conservatively: a name
 * is the run of capitalised words that opens the cell, or that follows its first "via" ("Tajik Foreign
 * Ministry statement" → Tajik Foreign Ministry; "TRT World and Global Times" → TRT World); a cell that
 * opens in lower case names nothing this can read, and nothing is warned about.
 */

// Short lower-case words that may join the words of one name: "Ministry of Foreign Affairs", "Agence France-Presse".
const joiners = new Set(["of", "the", "for", "de", "du", "des", "la", "le", "al", "el"]);

/** A word that can be part of a name: capitalised, a number, or in a script without case. */
const nameWord = (word: string) => {
  const first = word[0]!;
  return /\p{Lu}|\p{N}/u.test(first) || (/\p{L}/u.test(first) && first.toLowerCase() === first.toUpperCase());
};

/** The name a stretch of the cell opens with, or "" when it opens with an ordinary word. */
function leadingName(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (nameWord(word)) name.push(word);
    else if (name.length && joiners.has(word) && words[i + 1] && nameWord(words[i + 1]!)) name.push(word);
    else break;
  }
  return name.join(" ");
}

// Where the first name ends: a comma, semicolon or bracket, or the words that introduce the next one.
const nameEnd = /[,;(]|\s(?:via|reported by|and)\s/i;

/** The names a source cell opens with: who said it, and the outlet after its first "via" (each once). */
export function namedOutlets(source: string): string[] {
  const names = [leadingName(source.split(nameEnd)[0]!)];
  const via = /(?:^|\s)via\s+(.*)$/is.exec(source);
  if (via) names.push(leadingName(via[1]!.split(nameEnd)[0]!));
  return [...new Set(names.filter(Boolean))];
}

/** Whether a source line names `outlet`: as whole words, in any case. */
export function creditsOutlet(sourceLine: string, outlet: string): boolean {
  const escaped = outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(sourceLine);
}
