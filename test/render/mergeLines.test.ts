import { describe, expect, it } from "vitest";
import { chartIds } from "../../src/dataset/types.js";
import { scopeClass } from "../../src/build/renderCharts.js";
import { chartDocument } from "../../src/charts/dom.js";
import { mergeLines } from "../../src/render/mergeLines.js";

function svgWith(markup: string): SVGSVGElement {
  const document = chartDocument();
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as SVGSVGElement;
  svg.innerHTML = markup;
  return svg;
}

describe("mergeLines", () => {
  it("draws a group of plain lines, ticks and leaders as one path through the same points", () => {
    const svg = svgWith(
      '<g stroke="#e2e2e2"><line x1="24" x2="590" y1="276" y2="276"/><line x1="24" x2="590" y1="26" y2="26"/></g>' +
        '<g><path transform="translate(241.7,276)" d="M0,0L0,5"/><path d="M1,2L3,4"/></g>'
    );
    mergeLines(svg);
    expect(svg.innerHTML).toBe('<g stroke="#e2e2e2"><path d="M24,276H590M24,26H590"></path></g><g><path d="M241.7,276V281M1,2L3,4"></path></g>');
  });

  it("leaves groups alone when a child has its own look, or strokes are translucent", () => {
    const markup =
      '<g><line x1="0" x2="1" y1="0" y2="0"/><line x1="0" x2="1" y1="1" y2="1" stroke="red"/></g>' +
      '<g stroke-opacity="0.5"><line x1="0" x2="1" y1="0" y2="0"/><line x1="0" x2="1" y1="1" y2="1"/></g>' +
      '<g stroke="#0005"><line x1="0" x2="1" y1="0" y2="0"/><line x1="0" x2="1" y1="1" y2="1"/></g>' +
      '<g stroke="rgba(0,0,0,0.5)"><line x1="0" x2="1" y1="0" y2="0"/><line x1="0" x2="1" y1="1" y2="1"/></g>' +
      '<g><line x1="0" x2="1" y1="0" y2="0"><title>rule 1</title></line><line x1="0" x2="1" y1="1" y2="1"/></g>' +
      '<g><path d="M0,0L1,1L2,0"/><path d="M0,0L1,1"/></g>';
    const svg = svgWith(markup);
    const before = svg.innerHTML;
    mergeLines(svg);
    expect(svg.innerHTML).toBe(before);
  });
});

describe("scopeClass", () => {
  it("differs for every chart, width and data version", () => {
    const scopes = chartIds.flatMap((id) => [640, 320].flatMap((width) => ["1a2b3c4d", "5e6f7a8b"].map((v) => scopeClass(id, width, v))));
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(scopeClass("cumulative-deaths", 640, "1a2b3c4d")).toBe("cd640-1a2b3c4d");
  });
});
