import { describe, expect, it } from "vitest";
import { chartDocument } from "../../src/charts/dom.js";
import { appendTextBlock } from "../../src/charts/textBlock.js";

describe("appendTextBlock", () => {
  it("sets a Chinese line that opens with a full-width bracket or quote back by its empty half em, and no other line", () => {
    const document = chartDocument();
    const parent = document.createElementNS("http://www.w3.org/2000/svg", "g");
    const style = { size: 12, lineHeight: 15, weight: "regular", color: "#000000", widthFactor: 1 } as const;
    appendTextBlock(parent, ["《环球时报》报道", "其余2人", "（未在地图上显示）"], { ...style, lang: "zh" }, 10, 0, "note");
    appendTextBlock(parent, ["“Quoted” at the start"], { ...style, lang: "en" }, 10, 0, "note");
    expect([...parent.querySelectorAll("tspan")].map((tspan) => tspan.getAttribute("dx"))).toEqual(["-6", null, "-6", null]);
  });
});
