/**
 * Each chart in each scheme: rendered (resvg, with the dark rules forced), the background is the
 * scheme's, and every colour drawn has a dark-scheme counterpart, so nothing stays light-on-dark.
 */
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { renderCharts } from "../../src/build/renderCharts.js";
import { forceColorScheme } from "../../src/render/forceColorScheme.js";
import { darkColorMap } from "../../src/style/darkScheme.js";
import { colors, darkColors } from "../../src/style/houseStyle.js";
import { fontPaths } from "../../src/text/fontFiles.js";
import { readFixture } from "../support/fixtures.js";

const dataset = await readFixture();
const files = [...(await renderCharts(dataset))];
const darkOf = darkColorMap(dataset.categories);

function pixel(svg: string, x: number, y: number): string {
  const image = new Resvg(svg, { font: { fontFiles: fontPaths(), loadSystemFonts: false } }).render();
  const i = (y * image.width + x) * 4;
  return `#${[...image.pixels.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

describe("colour schemes", () => {
  it.each(files)("%s: light and dark backgrounds as rendered", (_, svg) => {
    expect(pixel(forceColorScheme(svg, "light"), 2, 2)).toBe(colors.background);
    expect(pixel(forceColorScheme(svg, "dark"), 2, 2)).toBe(darkColors.background);
  });

  it.each(files)("%s: every colour drawn has a dark-scheme rule", (_, svg) => {
    const used = [...svg.matchAll(/ (?:fill|stroke|color)="(#[0-9a-f]{6})"/gi)].map((m) => m[1]!.toLowerCase());
    expect(used.length).toBeGreaterThan(5);
    const dark = forceColorScheme(svg, "dark");
    for (const light of new Set(used)) expect(dark, light).toContain(`:${darkOf.get(light)}!important`);
  });

  it("forceColorScheme('light') drops the dark rules and 'dark' unwraps them, each light-dark() one colour", () => {
    const svg = `<svg><style>.a .k{fill:#ffffff}@supports (color:light-dark(#000,#fff)){.a .k{fill:light-dark(#ffffff,#161616)}}</style></svg>`;
    expect(forceColorScheme(svg, "light")).toBe("<svg><style>.a .k{fill:#ffffff}</style></svg>");
    expect(forceColorScheme(svg, "dark")).toBe("<svg><style>.a .k{fill:#ffffff}.a .k{fill:#161616}</style></svg>");
  });

  it("with darkMode off, the charts have no dark rules and never ask for a dark scheme", async () => {
    const light = await renderCharts({ ...dataset, story: { ...dataset.story, darkMode: false } });
    for (const svg of light.values()) {
      expect(svg).not.toContain("light-dark(");
      expect(svg).not.toContain("color-scheme");
    }
  });
});
