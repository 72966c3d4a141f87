/**
 * Line numbers for JSON, which JSON.parse does not keep. jsonc-parser reads the same text into a tree
 * with offsets, so a problem in story.json can name the line of the key it is about.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";

export interface JsonLocator {
  /** The line of the key at this path (or of its nearest existing parent). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** A key that appears twice in one object: where, and where it was first. */
export interface RepeatedKey {
  path: (string | number)[];
  line: number;
  firstLine: number;
}

export function locateJson(text: string): { locator: JsonLocator; syntaxErrors: { line: number; message: string }[]; repeatedKeys: RepeatedKey[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  // Line starts once, then a binary search per lookup: many lookups must not each rescan the text.
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const locator: JsonLocator = {
    lineOf(path) {
      if (!root) return undefined;
      for (let depth = path.length; depth >= 0; depth--) {
        const node = findNodeAtLocation(root, [...path.slice(0, depth)]);
        // A property's value node sits after its key; point at the key.
        if (node) return lineAt(node.parent?.type === "property" ? node.parent.offset : node.offset);
      }
      return undefined;
    },
  };
  const syntaxErrors = errors.map((e) => ({ line: lineAt(e.offset), message: describe(printParseErrorCode(e.error)) }));
  return { locator, syntaxErrors, repeatedKeys: root ? repeatedKeys(root, lineAt) : [] };
}

/** Keys given twice in one object, anywhere in the tree (walked with a stack: the text's depth is bounded before). */
export function repeatedKeys(root: Node, lineAt: (offset: number) => number): RepeatedKey[] {
  const found: RepeatedKey[] = [];
  const stack: { node: Node; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    const seen = new Map<string, number>();
    (node.children ?? []).forEach((child, i) => {
      if (node.type === "object" && child.type === "property" && child.children?.[0]) {
        const key = String(child.children[0].value);
        const first = seen.get(key);
        if (first !== undefined) found.push({ path: [...path, key], line: lineAt(child.offset), firstLine: lineAt(first) });
        else seen.set(key, child.offset);
        if (child.children[1]) stack.push({ node: child.children[1], path: [...path, key] });
      } else if (node.type === "array") stack.push({ node: child, path: [...path, i] });
    });
  }
  return found.sort((a, b) => a.line - b.line);
}

/**
 * The line where nesting first goes deeper than `max`, or undefined: checked before parsing, since the
 * parsers recurse (a file nested 100,000 deep overflows the stack). Skips strings and comments; linear.
 */
export function nestingBeyond(json: string, max: number): number | undefined {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 10) line++;
    else if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 47 && json.charCodeAt(i + 1) === 47) {
      const end = json.indexOf("\n", i);
      i = (end === -1 ? json.length : end) - 1; // a line comment: its line end is counted next
    } else if (c === 47 && json.charCodeAt(i + 1) === 42) {
      const end = json.indexOf("*/", i + 2);
      const stop = end === -1 ? json.length : end + 2;
      for (let at = json.indexOf("\n", i); at !== -1 && at < stop; at = json.indexOf("\n", at + 1)) line++;
      i = stop - 1;
    } else if (c === 91 || c === 123) {
      if (++depth > max) return line;
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

// The story's settings are plain data; its lines are kept beside it for checks made after validation.
const locators = new WeakMap<object, JsonLocator>();

export function rememberLocator(parsed: object, locator: JsonLocator): void {
  locators.set(parsed, locator);
}

/** The line of a key in the file `parsed` was read from, when it was read with rememberLocator. */
export function lineIn(parsed: object, path: readonly (string | number)[]): number | undefined {
  return locators.get(parsed)?.lineOf(path);
}

const descriptions: Record<string, string> = {
  CommaExpected: "a comma between items",
  ColonExpected: "a colon after the key",
  PropertyNameExpected: 'a key in double quotes (no comma after the last item)',
  ValueExpected: "a value (no comma after the last item)",
  CloseBraceExpected: "a closing }",
  CloseBracketExpected: "a closing ]",
  EndOfFileExpected: "nothing after the closing }",
  InvalidCommentToken: "no comments (JSON has none)",
  UnexpectedEndOfString: 'a closing " on this string',
  InvalidSymbol: 'valid JSON here (text in double quotes, numbers, true, false, null)',
};

function describe(code: string): string {
  return descriptions[code] ?? code;
}
