/**
 * Region and district names that look like another in the data: "Khatlom" beside "Khatlon", "Gorno
 * Badakhshan" beside "Gorno-Badakhshan". A name new to the data is a new place to every edition, which
 * then holds until a translator names it, so a slip of the keyboard held four editions and published
 * itself in English. Only a hint: two real districts can differ by a letter (Panj, Vanj), so names this
 * short are compared only when they fold to the same letters.
 */
import type { Dataset } from "../dataset/types.js";
import type { Warning } from "../input/problems.js";

// Past this many names of a kind (a synthetic or conflict export), comparing every pair costs more than it tells.
const mostNames = 2_000;

export function lookalikePlaces({ incidents }: Dataset, eventsFile: string): Warning[] {
  const seen = { region: new Map<string, Use>(), district: new Map<string, Use>() };
  for (let i = 0; i < incidents.length; i++) {
    for (const column of ["region", "district"] as const) {
      const name = incidents[column](i);
      const use = seen[column].get(name);
      if (use) use.rows++;
      else seen[column].set(name, { line: incidents.line(i), rows: 1 });
    }
  }
  const warnings: Warning[] = [];
  for (const column of ["region", "district"] as const) {
    const names = [...seen[column]];
    if (names.length > mostNames) continue;
    for (const [a, first] of names) {
      for (const [b, other] of names) {
        // Said once, at the name fewer rows use (the later one when as many do).
        if (a === b || first.rows > other.rows || (first.rows === other.rows && first.line < other.line) || !lookAlike(a, b)) continue;
        warnings.push({
          file: eventsFile,
          line: first.line,
          column,
          message: `"${a}" looks like "${b}" (line ${other.line}${other.rows > 1 ? ` and ${other.rows - 1} more` : ""}): a misspelling? Each spelling is a place of its own, and a place new to the data holds every translated edition until it is translated`,
        });
      }
    }
  }
  return warnings;
}

interface Use {
  line: number;
  rows: number;
}

/** The same letters, case, spaces, hyphens and apostrophes aside; or one letter apart in a name of 6 or more, two in one of 12 or more. */
function lookAlike(a: string, b: string): boolean {
  const [x, y] = [folded(a), folded(b)];
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  const allowed = shorter >= 12 ? 2 : shorter >= 6 ? 1 : 0;
  return allowed > 0 && editsApart(x, y, allowed) <= allowed;
}

const folded = (name: string) => name.toLowerCase().replace(/[\s\-‐–'’ʼ`]/gu, "");

/** Levenshtein distance, stopped once past `most` (then most + 1). */
function editsApart(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...current) > most) return most + 1;
    previous = current;
  }
  return previous[b.length]!;
}
