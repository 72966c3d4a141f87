/**
 * A leader line ends at its label's text, not at an empty corner of the label's box: a wrapped label's
 * short last line leaves the box's corner blank, and a leader ending there points at nothing (the
 * French "24 déc." label at 640 px did). Checked on the running-total chart as published, in every edition.
 */
import { describe, expect, it } from "vitest";
import { cumulativeDeathsChart } from "../../src/charts/cumulativeDeaths.js";
import { chartDocument } from "../../src/charts/dom.js";
import { serializeSvg } from "../../src/render/serialize.js";
import { colors } from "../../src/style/houseStyle.js";
import { publishedEditions } from "../support/editions.js";
import { svgTextBoxes } from "../support/textBoxes.js";
import { svgDocument } from "../support/svgDocument.js";

const editions = await publishedEditions();

/**
 * Each leader's end (the point away from its dot), in the SVG's px: Plot draws a link as "M x1,y1 L x2,y2",
 * and the serializer merges the links of one look into one path ("M x1,y1 V y2 M …", render/mergeLines.ts).
 */
function leaderEnds(svg: string): { x: number; y: number }[] {
  const root = svgDocument(svg).documentElement;
  const plot = root.querySelector(`g[class$="-plot"], g.plot`)!;
  const [tx, ty] = (/translate\(([-\d.]+),([-\d.]+)\)/.exec(plot.getAttribute("transform") ?? "") ?? [, "0", "0"]).slice(1).map(Number) as [number, number];
  return [...plot.querySelectorAll(`g[stroke="${colors.muted}"] > path`)].flatMap((path) =>
    [...(path.getAttribute("d") ?? "").matchAll(/M\s*(-?[\d.]+)[ ,](-?[\d.]+)\s*([LVH])\s*(-?[\d.]+)(?:[ ,](-?[\d.]+))?/g)].map(([, x1, y1, command, a, b]) => {
      const [x, y] = command === "L" ? [Number(a), Number(b)] : command === "V" ? [Number(x1), Number(a)] : [Number(a), Number(y1)];
      return { x: x + tx, y: y + ty };
    })
  );
}

describe("leaders", () => {
  it.each(editions.flatMap(({ lang, dataset }) => [320, 640, 960].map((width) => [lang, width, dataset] as const)))(
    "%s at %ipx: every leader ends at a line of its label's text",
    (lang, width, dataset) => {
      const svg = serializeSvg(cumulativeDeathsChart(dataset, { width, document: chartDocument() }));
      const { boxes } = svgTextBoxes(svg, lang === "ar" || lang === "zh" ? lang : undefined);
      for (const end of leaderEnds(svg)) {
        const gap = Math.min(...boxes.map((b) => Math.hypot(Math.max(0, b.left - end.x, end.x - b.right), Math.max(0, b.top - end.y, end.y - b.bottom))));
        // Drawn 2.5 px short of the text (labelMarks), and a line's box is its full line height, not its ink.
        expect(gap, `leader ending at ${end.x.toFixed(1)},${end.y.toFixed(1)}`).toBeLessThanOrEqual(5);
      }
    }
  );
});
