import { describe, expect, it } from "vitest";
import { chartDocument } from "../../src/charts/dom.js";
import { halfWidthDots } from "../../src/editions/chineseDots.js";

describe("halfWidthDots", () => {
  it("draws every middle dot of a Chinese chart's text half-width, in lines and labels alike; a <title> is read, not drawn", () => {
    const document = chartDocument();
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.innerHTML = `<g><text><tspan>沙姆西丁·绍欣区</tspan><tspan>（3人）</tspan></text></g><text>戈尔诺-巴达赫尚·自治州</text><title>沙姆西丁·绍欣区</title>`;
    halfWidthDots(svg);
    expect([...svg.querySelectorAll("tspan, text, title")].map((element) => element.textContent)).toEqual([
      "沙姆西丁\uff65绍欣区（3人）",
      "沙姆西丁\uff65绍欣区",
      "（3人）",
      "戈尔诺-巴达赫尚\uff65自治州",
      "沙姆西丁·绍欣区",
    ]);
  });
});
