/**
 * The text of a translation file for `npm run translation` (scripts/translation-skeleton.ts): a new file
 * with every key, or an existing file with the keys it lacks spliced in. An existing file is never
 * re-serialised: a translator's escapes (`\u202f` before a French semicolon, `\u00a0` before a colon),
 * spacing and comments stay byte for byte, and a reviewer's diff shows only the added entries. Each new
 * entry goes just before the next key in English order that the file has (so only lines are added), or
 * after the file's last entry when none follows (that entry's closing line then gains a comma). Keys the
 * English no longer has are left where they are: the build warns that they are not used, and a
 * translation is not thrown away by a script.
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError } from "jsonc-parser";

const header = (lang: string) => `// ${lang} edition of the border-incident charts. Translate each "translation"; keep {placeholders}
// exactly as in "en" (plurals: {n, plural, one {…} other {…}} with your language's forms). Never type a
// figure by hand. Leave "en" alone: it records the English you translated. See README, "Editions".
`;

/** One entry, as the skeleton writes it, at an indent (its continuation lines two spaces deeper). */
const entryText = (key: string, en: string, translation: string, indent: string) =>
  `${indent}${JSON.stringify(key)}: {\n${indent}  "en": ${JSON.stringify(en)},\n${indent}  "translation": ${JSON.stringify(translation)}\n${indent}}`;

/** A whole new file: every English key with an empty translation. */
export function newTranslationFile(lang: string, english: ReadonlyMap<string, string>): string {
  const entries = [...english].map(([key, en]) => entryText(key, en, "", "    "));
  return `${header(lang)}{
  "language": ${JSON.stringify(lang)},
  "status": ${JSON.stringify("needs native editor review")},
  "entries": {
${entries.join(",\n")}
  }
}
`;
}

/**
 * `text` (an existing translation file) with an entry added, empty, for each English key it lacks; the
 * keys added. Undefined when the file is not one this can splice into (not JSON, no "entries" object):
 * the caller says so rather than overwrite it.
 */
export function addMissingKeys(text: string, english: ReadonlyMap<string, string>): { text: string; added: string[] } | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  const entries = root && !errors.length ? findNodeAtLocation(root, ["entries"]) : undefined;
  if (entries?.type !== "object") return undefined;
  const properties = (entries.children ?? []).map((property) => ({ key: (property.children![0] as Node).value as string, node: property }));
  const present = new Map(properties.map((p) => [p.key, p.node]));
  const keys = [...english.keys()];
  const lineStart = (offset: number) => text.lastIndexOf("\n", offset - 1) + 1;
  const indentOf = (node: Node) => {
    const before = text.slice(lineStart(node.offset), node.offset);
    return /^[ \t]*$/.test(before) ? before : "    ";
  };
  const added = keys.filter((key) => !present.has(key));
  const last = properties.at(-1)?.node;
  if (!last) {
    // An empty entries object: written out whole, in place of its braces.
    if (!added.length) return { text, added };
    const body = added.map((key) => entryText(key, english.get(key)!, "", "    ")).join(",\n");
    return { text: `${text.slice(0, entries.offset)}{\n${body}\n  }${text.slice(entries.offset + entries.length)}`, added };
  }
  const inserts = new Map<number, string>(); // offset → text, in the order added
  const insert = (at: number, more: string) => inserts.set(at, (inserts.get(at) ?? "") + more);
  // For each key, the next key in English order that the file has (one pass from the end: a story's
  // incident labels may be thousands of keys).
  const nextPresent: (string | undefined)[] = [];
  for (let i = keys.length - 1, next: string | undefined; i >= 0; i--) {
    nextPresent[i] = next;
    if (present.has(keys[i]!)) next = keys[i];
  }
  keys.forEach((key, i) => {
    if (present.has(key)) return;
    const en = english.get(key)!;
    const next = nextPresent[i];
    if (next) {
      const node = present.get(next)!;
      const indent = indentOf(node);
      // On the next entry's own line, so no line before it changes.
      if (lineStart(node.offset) + indent.length === node.offset) insert(lineStart(node.offset), `${entryText(key, en, "", indent)},\n`);
      else insert(node.offset, `${entryText(key, en, "", "")}, `);
    } else {
      insert(last.offset + last.length, `,\n${entryText(key, en, "", indentOf(last))}`);
    }
  });
  // Later offsets first, so the earlier ones still point where they did.
  let out = text;
  for (const at of [...inserts.keys()].sort((a, b) => b - a)) out = out.slice(0, at) + inserts.get(at)! + out.slice(at);
  return { text: out, added };
}
