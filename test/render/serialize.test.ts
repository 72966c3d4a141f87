import { describe, expect, it } from "vitest";
import { casualtiesByCategoryChart } from "../../src/charts/casualtiesByCategory.js";
import { chartDocument } from "../../src/charts/dom.js";
import { serializeSvg } from "../../src/render/serialize.js";
import { readFixture } from "../support/fixtures.js";
import { svgDocument } from "../support/svgDocument.js";

describe("serializeSvg", () => {
  it("escapes markup in data text: a hostile category label stays text", async () => {
    const dataset = await readFixture();
    const hostile = `<script>alert(1)</script><img src=x onerror="alert(2)"> & "quotes"`;
    dataset.categories[0] = { ...dataset.categories[0]!, label: hostile };
    dataset.story.credit = `</text><script>alert(3)</script>`;
    const svg = serializeSvg(casualtiesByCategoryChart(dataset, { width: 640, document: chartDocument() }));
    const parsed = svgDocument(svg);
    expect(parsed.getElementsByTagName("parsererror")).toHaveLength(0);
    const elements = [...parsed.getElementsByTagName("*")];
    expect(elements.filter((e) => e.localName === "script" || e.localName === "img")).toEqual([]);
    expect(elements.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((name) => name.startsWith("on"))).toEqual([]);
    expect(parsed.documentElement.textContent).toContain(hostile);
  });

  it("rounds long coordinates to a tenth of a pixel and keeps text untouched", () => {
    const document = chartDocument();
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("transform", "translate(84.28571428571428,-0.0001)");
    const text = document.createElementNS("http://www.w3.org/2000/svg", "text");
    text.textContent = "marker 151.123456";
    svg.append(text);
    expect(serializeSvg(svg)).toBe(`<svg xmlns="http://www.w3.org/2000/svg" transform="translate(84.3,0)">\n<text>marker 151.123456</text></svg>\n`);
  });
});

describe("serializeSvg, the lines of a <text>", () => {
  /** A two-line text block as charts/textBlock.ts writes one, with the anchor on the text or a group around it. */
  function twoLines(anchorOn: "text" | "group" | "none", anchor = "end"): string {
    const document = chartDocument();
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const group = document.createElementNS("http://www.w3.org/2000/svg", "g");
    const text = document.createElementNS("http://www.w3.org/2000/svg", "text");
    if (anchorOn === "group") group.setAttribute("text-anchor", anchor);
    if (anchorOn === "text") text.setAttribute("text-anchor", anchor);
    appendLines(text, ["\u2067مقتل 3\u2069", "\u2067من حرس\u2069"]);
    group.append(text);
    svg.append(group);
    return serializeSvg(svg);
  }

  function appendLines(text: Element, lines: string[]): void {
    lines.forEach((line, i) => {
      const tspan = text.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "tspan");
      if (i > 0) tspan.setAttribute("x", "300");
      tspan.textContent = line;
      text.append(tspan);
    });
  }

  it("end a line anchored at its start with the space that parts it from the next (for copy and search)", () => {
    expect(twoLines("none")).toContain(`<tspan>\u2067مقتل 3\u2069</tspan> <tspan x="300">\u2067من حرس\u2069</tspan>`);
    expect(twoLines("text", "start")).toContain(`</tspan> <tspan x="300">`);
  });

  it("open the next line with it when lines are anchored at their end, so no line ends a space short of the margin", () => {
    for (const on of ["text", "group"] as const) expect(twoLines(on)).toContain(`<tspan>\u2067مقتل 3\u2069</tspan><tspan x="300"> \u2067من حرس\u2069</tspan>`);
  });
});
