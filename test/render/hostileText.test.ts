/**
 * Property test: whatever text journalists (or anyone who can edit data/) put in any text field, the charts
 * stay well-formed SVG with no script, event handler, link or foreign element. Text is set through the DOM
 * and serialised as XML, so markup in data stays text.
 */
import fc from "fast-check";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/dataset/types.js";
import { charts } from "../../src/build/renderCharts.js";
import { chartDocument } from "../../src/charts/dom.js";
import { serializeSvg } from "../../src/render/serialize.js";
import { readFixture } from "../support/fixtures.js";
import { svgDocument } from "../support/svgDocument.js";

const fixture = await readFixture();

const allowedElements = new Set(["svg", "title", "desc", "style", "rect", "g", "text", "tspan", "line", "path", "circle"]);

const attacks = [
  "<script>alert(1)</script>",
  '"><svg onload="alert(1)">',
  "</text><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject>",
  "<a href=\"javascript:alert(1)\">click</a>",
  "<style>*{background:url(javascript:alert(1))}</style>",
  "]]><!--<![CDATA[",
  "&lt;&amp;&#x3C;script",
  "<?xml-stylesheet href='x'?>",
  "\u0000\u0007\u001b\ud800\uffff",
  "\u202e\u200b",
];

// Any text: printable, any Unicode (lone surrogates and control characters included), attacks, or a mix.
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom(...attacks),
  fc.array(fc.oneof(fc.constantFrom(...attacks), fc.string({ maxLength: 10 })), { maxLength: 4 }).map((parts) => parts.join(" "))
);
// Headlines may hold {placeholders}; braces in random text would name unknown ones, which validation rejects.
const headlineText = hostileText.map((s) => s.replace(/[{}]/g, ""));

function withText(dataset: Dataset, t: string[], h: string[]): Dataset {
  const next = (i: number) => t[i % t.length]!;
  return {
    ...dataset,
    story: {
      ...dataset.story,
      source: next(0),
      credit: next(1),
      notes: [next(2), next(3)],
      charts: { "cumulative-deaths": { headline: h[0]!, dek: h[1]! }, "casualties-by-category": { headline: h[2]!, dek: h[3]! }, "incident-map": { headline: h[3]!, dek: h[0]! } },
    },
    categories: dataset.categories.map((c, i) => ({ ...c, label: next(4 + i), attribution: next(8 + i) })),
    tallies: dataset.tallies.map((tally) => ({ ...tally, label: next(12), source: next(13), note: next(14) })),
    incidents: IncidentTable.of([...dataset.incidents].map((incident, i) => ({ ...incident, label: next(15 + i), description: next(16 + i), location: next(17 + i), district: next(18 + i), region: next(19 + i) }))),
  };
}

function problemsIn(svg: string): string[] {
  const document = svgDocument(svg);
  if (document.getElementsByTagName("parsererror").length) return ["not well-formed XML"];
  const problems: string[] = [];
  if (document.documentElement.namespaceURI !== "http://www.w3.org/2000/svg") problems.push("root not in the SVG namespace");
  for (const element of document.getElementsByTagName("*")) {
    if (!allowedElements.has(element.localName) || element.namespaceURI !== "http://www.w3.org/2000/svg") problems.push(`element <${element.nodeName}>`);
    for (const { name } of element.attributes) {
      if (/^on/i.test(name) || /href$/i.test(name) || name === "style") problems.push(`attribute ${name} on <${element.localName}>`);
    }
  }
  return problems;
}

describe("hostile text in every field", () => {
  it("yields well-formed SVG with only chart elements and no handlers, links or styles", () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 24, maxLength: 24 }), fc.array(headlineText, { minLength: 4, maxLength: 4 }), (t, h) => {
        const dataset = withText(fixture, t, h);
        for (const [id, chart] of Object.entries(charts)) {
          for (const width of [320, 640]) {
            const svg = serializeSvg(chart(dataset, { width, document: chartDocument() }));
            expect(problemsIn(svg), `${id} at ${width}px`).toEqual([]);
          }
        }
      }),
      { numRuns: 25, seed: 20260118 }
    );
  });

  it("the checker itself catches a script element, a handler and a foreign element", () => {
    expect(problemsIn('<svg xmlns="http://www.w3.org/2000/svg"><script/><g onclick="x"/><foreignObject/></svg>')).toEqual([
      "element <script>",
      "attribute onclick on <g>",
      "element <foreignObject>",
    ]);
  });
});
