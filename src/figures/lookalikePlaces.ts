/**
 * Region and district names that look like another in the data: "Khatlom" beside "Khatlon", "Gorno
 * Badakhshan" beside "Gorno-Badakhshan". A name new to the data is a new place to every edition, which
 * then holds until a translator names it, so a slip of the keyboard held four editions and published
 * itself in English. Only a hint: two real districts can differ by a letter (Panj, Vanj), so names this
 * short are compared only when they fold to the same letters; and a district is compared only with the
 * others of its region, as the border's twin districts (Darvoz in Gorno-Badakhshan, Darvaz in Afghan
 * Badakhshan) are spelt apart on purpose.
 */
import type { Dataset } from "../dataset/types.js";
import { ListedByKind, type Warning } from "../input/problems.js";
import { distance } from "../input/validate/validateTable.js";

// Past this many names of a kind in a region (a synthetic or conflict export), comparing every pair
// costs more than it tells; and past this many warnings, the rest are counted.
const mostNames = 300;
const listed = 10;

export function lookalikePlaces({ incidents }: Dataset, eventsFile: string): Warning[] {
  // Names by kind: regions all together, districts by region.
  const groups = new Map<string, Map<string, Use>>();
  const use = (group: string, name: string, line: number) => {
    let names = groups.get(group);
    if (!names) groups.set(group, (names = new Map()));
    const known = names.get(name);
    if (known) known.rows++;
    else names.set(name, { line, rows: 1, folded: folded(name) });
  };
  for (let i = 0; i < incidents.length; i++) {
    const line = incidents.line(i);
    use("region", incidents.region(i), line);
    use(`district\u0000${incidents.region(i)}`, incidents.district(i), line);
  }
  const warnings = new ListedByKind<Warning>((first, count) => ({ file: first.file, column: first.column, message: `and ${count} more names that look like another` }), listed);
  for (const [group, uses] of groups) {
    const column = group === "region" ? "region" : "district";
    const names = [...uses];
    if (names.length > mostNames) continue;
    for (const [a, first] of names) {
      for (const [b, other] of names) {
        // Said once, at the name fewer rows use (the later one when as many do).
        if (a === b || first.rows > other.rows || (first.rows === other.rows && first.line < other.line) || !lookAlike(first.folded, other.folded)) continue;
        warnings.add({
          file: eventsFile,
          line: first.line,
          column,
          message: `"${a}" looks like "${b}" (line ${other.line}${other.rows > 1 ? ` and ${other.rows - 1} more` : ""}): a misspelling? Each spelling is a place of its own, and a place new to the data holds every translated edition until it is translated`,
        });
      }
    }
  }
  return warnings.all();
}

interface Use {
  line: number;
  rows: number;
  folded: string;
}

/** Folded names the same, or one letter apart in a name of 6 or more, two in one of 12 or more (folded, below). */
function lookAlike(x: string, y: string): boolean {
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  const allowed = shorter >= 12 ? 2 : shorter >= 6 ? 1 : 0;
  return allowed > 0 && Math.abs(x.length - y.length) <= allowed && distance(x, y) <= allowed;
}

/** Case, spaces, hyphens and apostrophes aside; a long name is compared by its first 64 letters. */
const folded = (name: string) => name.toLowerCase().replace(/[\s\-‐–'’ʼ`]/gu, "").slice(0, 64);
