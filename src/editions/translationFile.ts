/**
 * Reads one language's translation file, data/translations/<lang>.json: JSON with comments (jsonc-parser,
 * as story.json's locator), one entry per key, each holding the English it was translated from beside the
 * translation, so a translator reads both together, a reviewer's diff shows both, and the build can tell
 * when the English moved on. Problems are located by file, line and key.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { nestingBeyond, repeatedKeys } from "../input/jsonLocations.js";
import type { Problem } from "../input/problems.js";

/** Deeper than any translation file needs (three: the file, its entries, an entry); deeper text is refused before it is parsed. */
const maxNesting = 20;

export interface TranslationEntry {
  key: string;
  /** The English the translation was made from. */
  en: string;
  translation: string;
  line: number;
}

export interface TranslationFile {
  file: string;
  language: string;
  status: string;
  /** The line of "status", for problems with it. */
  statusLine?: number | undefined;
  entries: Map<string, TranslationEntry>;
}

export function parseTranslationFile(text: string, file: string): { translation?: TranslationFile; problems: Problem[] } {
  // The parser recurses: a file nested 100,000 deep would overflow the stack before any check ran.
  const tooDeep = nestingBeyond(text, maxNesting);
  if (tooDeep !== undefined) return { problems: [{ file, line: tooDeep, expected: `at most ${maxNesting} levels of nested [ ] and { } (a translation file needs three)` }] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  const lineAt = lineFinder(text);
  const problems: Problem[] = errors.map((e) => ({ file, line: lineAt(e.offset), expected: `valid JSON (${printParseErrorCode(e.error)})` }));
  if (problems.length || !root || root.type !== "object") {
    return { problems: problems.length ? problems : [{ file, line: 1, expected: 'an object: { "language": …, "status": …, "entries": { … } }' }] };
  }
  // A key given twice is read differently by each reader: this one takes the first "entries", JSON.parse and
  // Python the last. Refused at any level, so what a reviewer reads is what the build uses.
  for (const { path, line, firstLine } of repeatedKeys(root, lineAt)) {
    problems.push({ file, line, column: String(path[0] === "entries" && path.length > 1 ? path[1] : path.join(".")), expected: `each key once in its object (line ${firstLine} has "${path.at(-1)}" already; JSON would silently keep only the last)` });
  }
  const stringAt = (path: string[], what: string): string | undefined => {
    const node = findNodeAtLocation(root, path);
    if (node?.type === "string") return node.value as string;
    problems.push({ file, line: node ? lineAt(node.offset) : 1, column: path.join("."), expected: what });
    return undefined;
  };
  const language = stringAt(["language"], 'the language tag in quotes, e.g. "fr"') ?? "";
  const status = stringAt(["status"], 'a status in quotes, e.g. "needs native editor review"') ?? "";
  const entries = new Map<string, TranslationEntry>();
  const entriesNode = findNodeAtLocation(root, ["entries"]);
  if (entriesNode?.type !== "object") {
    problems.push({ file, line: entriesNode ? lineAt(entriesNode.offset) : 1, column: "entries", expected: "an object of entries, one per key" });
  } else {
    for (const property of entriesNode.children ?? []) {
      const [keyNode, valueNode] = property.children as [Node, Node | undefined];
      const key = keyNode.value as string;
      const line = lineAt(keyNode.offset);
      const field = (name: string) => valueNode?.type === "object" ? findNodeAtLocation(valueNode, [name]) : undefined;
      const en = field("en");
      const translation = field("translation");
      if (en?.type !== "string" || translation?.type !== "string") {
        problems.push({ file, line, column: key, expected: '{ "en": "the English", "translation": "its translation" }, both text in quotes' });
        continue;
      }
      if (entries.has(key)) continue; // refused above, as a repeated key
      entries.set(key, { key, en: en.value as string, translation: translation.value as string, line: lineAt(translation.offset) });
    }
  }
  const statusNode = findNodeAtLocation(root, ["status"]);
  return { translation: { file, language, status, statusLine: statusNode && lineAt(statusNode.offset), entries }, problems };
}

/** The line (from 1) of an offset: found by halving a list of where lines start, not by counting from the top each time. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
