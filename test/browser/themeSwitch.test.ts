/**
 * Sites that switch themes with a class or attribute (Tailwind's `.dark`, Bootstrap's `data-bs-theme`), in
 * Chromium: with `darkSelector` set the inline chart is dark exactly when <html> or <body> carries it,
 * even on a page that declares `color-scheme: light dark` for a reader whose system is dark; without it
 * the chart follows the page's `color-scheme`. Printed, both are light. One page holds both charts, drawn
 * in-process at the phone width, and is switched and printed in place.
 * Without Chromium the suite is skipped with the reason, and fails in CI.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderCharts } from "../../src/build/renderCharts.js";
import { colors, darkColors } from "../../src/style/houseStyle.js";
import { browserTestsRun, connectBrowser } from "../support/browser.js";
import { readFixture } from "../support/fixtures.js";

const phone = "cumulative-deaths-320px.svg";
let browser: Browser;
let page: Page;

describe.skipIf(!browserTestsRun())("charts on a site that switches themes with a class, in Chromium", () => {
  beforeAll(async () => {
    const dataset = await readFixture();
    const followsPage = (await renderCharts(dataset, () => {}, { only: [320] })).get(phone)!;
    const followsSelector = (await renderCharts({ ...dataset, story: { ...dataset.story, darkSelector: ".dark, [data-bs-theme=dark]" } }, () => {}, { only: [320] })).get(phone)!;
    browser = await connectBrowser();
    // The reader's system is dark; the site offers both schemes and a toggle that sets a class.
    page = await browser.newPage({ colorScheme: "dark", viewport: { width: 375, height: 900 } });
    await page.setContent(`<!DOCTYPE html><html lang="en"><head><style>:root{color-scheme:light dark}</style></head>
      <body><div id="page">${followsPage}</div><div id="selector">${followsSelector}</div></body></html>`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Each chart's background as drawn: "light" or "dark". */
  const schemes = () =>
    page.evaluate(
      ({ light, dark }) =>
        Object.fromEntries(
          ["page", "selector"].map((id) => {
            const fill = getComputedStyle(document.querySelector(`#${id} svg rect`)!).fill;
            return [id, fill === light ? "light" : fill === dark ? "dark" : fill];
          })
        ),
      { light: hexToRgb(colors.background), dark: hexToRgb(darkColors.background) }
    );

  const toggle = (target: "html" | "body", attribute: "class" | "data-bs-theme", value: string | null) =>
    page.evaluate(({ target, attribute, value }) => (value === null ? document.querySelector(target)!.removeAttribute(attribute) : document.querySelector(target)!.setAttribute(attribute, value)), { target, attribute, value });

  it("without the class, the chart that follows it is light though the page's color-scheme is dark; the other follows the page", async () => {
    expect(await schemes()).toEqual({ page: "dark", selector: "light" });
  });

  it("with .dark on <html>, or data-bs-theme=dark on <body>, it is dark; off again, light", async () => {
    await toggle("html", "class", "dark");
    expect(await schemes()).toEqual({ page: "dark", selector: "dark" });
    await toggle("html", "class", null);
    await toggle("body", "data-bs-theme", "dark");
    expect(await schemes()).toEqual({ page: "dark", selector: "dark" });
    await toggle("body", "data-bs-theme", "light");
    expect(await schemes()).toEqual({ page: "dark", selector: "light" });
  });

  it("printed, both are light, from a dark page and with the dark class on", async () => {
    await toggle("html", "class", "dark");
    await page.emulateMedia({ media: "print" });
    expect(await schemes()).toEqual({ page: "light", selector: "light" });
    await page.emulateMedia({ media: "screen" });
    expect(await schemes()).toEqual({ page: "dark", selector: "dark" });
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
