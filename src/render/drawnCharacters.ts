/**
 * The characters a chart draws at each weight, sorted: what its embedded fonts are subset to
 * (embedFont.ts, render/embedFonts.ts). A weight is inherited from the nearest font-weight attribute;
 * <title>, <desc> and <style> are not drawn. A rendered plot's stand-in (renderedPlot.ts) adds the
 * characters its marks draw.
 */
import type { Weight } from "../style/houseStyle.js";
import { renderedPlotAt } from "../charts/renderedPlot.js";

const order: Weight[] = ["regular", "semibold", "bold"];

export function drawnCharacters(root: Element): Map<Weight, string[]> {
  const sets = new Map<Weight, Set<string>>();
  const add = (weight: Weight, characters: Iterable<string>) => {
    const set = sets.get(weight) ?? new Set<string>();
    for (const character of characters) set.add(character);
    sets.set(weight, set);
  };
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const rendered = renderedPlotAt(node as Element);
      if (rendered) for (const [weight, characters] of rendered.characters) add(weight, characters);
      continue;
    }
    const parent = node.parentElement;
    if (!parent || parent.localName === "style" || parent.closest("title, desc")) continue;
    add(weightOf(parent.closest("[font-weight]")?.getAttribute("font-weight")), node.nodeValue ?? "");
  }
  return new Map(order.filter((w) => sets.has(w)).map((w) => [w, [...sets.get(w)!].sort()]));
}

function weightOf(value: string | null | undefined): Weight {
  const numeric = value === "bold" ? 700 : value === "normal" || !value ? 400 : Number(value);
  return numeric >= 650 ? "bold" : numeric >= 550 ? "semibold" : "regular";
}
