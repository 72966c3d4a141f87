/**
 * The print palette and the print drawing width, against values worked out by hand (docs/map-and-look.md#print).
 */
import { describe, expect, it } from "vitest";
import { colors } from "../../src/style/houseStyle.js";
import { printColor, printDrawingWidth, printedPt, printMinimumPt } from "../../src/style/printStyle.js";

describe("printColor", () => {
  it("prints body text in black ink alone, at 100 %", () => {
    expect(printColor(colors.text)).toEqual([0, 0, 0, 100]);
  });

  it("prints a grey in black ink alone: #595959 is 65 % K (1 − 89/255)", () => {
    expect(printColor("#595959")).toEqual([0, 0, 0, 65]);
  });

  it("converts a colour by the device formula: the line red #b8322a is C0 M73 Y77 K28", () => {
    // K = 1 − 184/255 = 0.278; M = (1 − 50/255 − K) / (1 − K) = 0.728; Y = (1 − 42/255 − K) / (1 − K) = 0.772.
    expect(printColor("#B8322A")).toEqual([0, 73, 77, 28]);
  });

  it("refuses what is not #rrggbb", () => {
    expect(() => printColor("red")).toThrow(/#rrggbb/);
  });
});

describe("printDrawingWidth", () => {
  it("draws a 46.6 mm column at 226 px, so 12 px of type prints at 7 pt or more", () => {
    const width = printDrawingWidth(46.6, 12);
    expect(width).toBe(226);
    expect(printedPt(12, 46.6, width)).toBeGreaterThanOrEqual(printMinimumPt);
    expect(printedPt(12, 46.6, width + 1)).toBeLessThan(printMinimumPt);
  });
});
