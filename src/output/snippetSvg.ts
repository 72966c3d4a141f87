/**
 * One version's SVG as the embed snippet holds it (output/embedSnippet.ts says why): hidden by an
 * attribute until its own CSS shows it, and its words (labels, notes, styles) in CDATA sections that
 * tag-stripping filters drop. <title> and <desc> stay plain text, once: an HTML parser reads their
 * content as HTML, where a CDATA section is a comment. The widest version keeps them, with ids; the others
 * are named and described by those (a hidden element still names what points at it), so a filter that
 * keeps text leaves the headline and the description once. Works on the text the serializer wrote
 * (render/serialize.ts): text escaped as `&amp;`, `&lt;`, `&gt;`, attributes with `&quot;` too, so a `>`
 * only ever ends a tag.
 */

const unescapeXml = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/** Text as a CDATA section; a `]]>` inside is split across two. */
const cdata = (escaped: string) => `<![CDATA[${unescapeXml(escaped).replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

/** `ids`: the ids of the widest version's <title> and <desc> (the container's name, which is the chart's, and a suffix). */
export function snippetSvg(svg: string, { widest, ids }: { widest: boolean; ids: { title: string; desc: string } }): string {
  let out = svg;
  const kept: [number, number][] = [];
  const named: string[] = [];
  for (const [tag, id, aria] of [["title", ids.title, "aria-labelledby"], ["desc", ids.desc, "aria-describedby"]] as const) {
    const element = new RegExp(`<${tag}>[^<]*</${tag}>`).exec(out);
    if (!element) continue;
    if (widest) {
      out = `${out.slice(0, element.index)}<${tag} id="${id}"${out.slice(element.index + tag.length + 1)}`;
      kept.push([element.index, element.index + element[0].length + ` id="${id}"`.length]);
    } else {
      out = out.slice(0, element.index) + out.slice(element.index + element[0].length);
      named.push(` ${aria}="${id}"`);
    }
  }
  out = out.replace(/>([^<]*[^\s<][^<]*)</g, (whole, text: string, at: number) => (kept.some(([from, to]) => at >= from && at < to) ? whole : `>${cdata(text)}<`));
  return out.replace(/^<svg /, `<svg display="none"${named.join("")} `);
}
