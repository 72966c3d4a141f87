/**
 * Line numbers for JSON, which JSON.parse does not keep. jsonc-parser reads the same text into a tree
 * with offsets, so a problem in story.json can name the line of the key it is about.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";

export interface JsonLocator {
  /** The line of the key at this path (or of its nearest existing parent). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export function locateJson(text: string): { locator: JsonLocator; syntaxErrors: { line: number; message: string }[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
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
  return { locator, syntaxErrors };
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
