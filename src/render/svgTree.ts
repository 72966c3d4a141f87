/**
 * Our own SVG files read back as a light tree of elements, attributes and text, for what is drawn from a
 * finished SVG (the outlined SVG, the print PDF). A DOM would do, but building and serialising jsdom nodes
 * for a set's 30 SVGs cost seconds of a build in garbage collection; these files are what
 * render/serialize.ts writes (elements, attributes in double quotes, text, the five XML entities and
 * numeric references, no comments, CDATA or doctype), so a tokenizer reads them whole. Each element
 * records where it starts and ends in the text, so a caller can replace it there.
 */

export interface SvgNode {
  name: string;
  attributes: Map<string, string>;
  /** Child elements and text, in order. */
  children: (SvgNode | string)[];
  parent: SvgNode | undefined;
  /** Offsets in the source text of the start tag's `<` and just past the end tag's (or empty tag's) `>`. */
  start: number;
  end: number;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text or an attribute value with its entities and character references replaced. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

/** Text made safe for an attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/** The SVG's root element, its whole tree under it. */
export function parseSvgTree(text: string): SvgNode {
  const root: SvgNode = { name: "#document", attributes: new Map(), children: [], parent: undefined, start: 0, end: text.length };
  let current = root;
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|<\?[^>]*\?>|([^<]+)/g;
  const attribute = /([\w:.-]+)\s*=\s*"([^"]*)"/g;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(text))) {
    const [whole, closing, name, attributes, selfClosing, characters] = match;
    if (characters !== undefined) {
      current.children.push(unescapeXml(characters));
    } else if (name === undefined) {
      continue; // the XML declaration
    } else if (closing) {
      if (current.name !== name) throw new Error(`not a well-formed SVG: </${name}> closes <${current.name}> at ${match.index}`);
      current.end = match.index + whole.length;
      current = current.parent!;
    } else {
      const node: SvgNode = { name, attributes: new Map(), children: [], parent: current, start: match.index, end: match.index + whole.length };
      for (const [, key, value] of (attributes ?? "").matchAll(attribute)) node.attributes.set(key!, unescapeXml(value!));
      current.children.push(node);
      if (!selfClosing) current = node;
    }
    if (tag.lastIndex === match.index) throw new Error(`not a well-formed SVG at ${match.index}`);
  }
  if (current !== root) throw new Error(`not a well-formed SVG: <${current.name}> is never closed`);
  const svg = root.children.find((child): child is SvgNode => typeof child !== "string");
  if (!svg) throw new Error("not an SVG: no root element");
  return svg;
}

/** Every element under the node (itself included) with this name, in document order. */
export function elementsNamed(node: SvgNode, name: string): SvgNode[] {
  const found: SvgNode[] = [];
  const visit = (element: SvgNode) => {
    if (element.name === name) found.push(element);
    for (const child of element.children) if (typeof child !== "string") visit(child);
  };
  visit(node);
  return found;
}

/** The attribute on the element or the nearest ancestor that has it. */
export function inherited(node: SvgNode, name: string): string | undefined {
  for (let element: SvgNode | undefined = node; element; element = element.parent) {
    const value = element.attributes.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}
