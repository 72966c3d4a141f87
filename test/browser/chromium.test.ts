/**
 * The built output in a real browser (Debian's Chromium, driven by playwright-core): the review's index
 * and every edition's page load every image with no console errors and no axe-core violations; each SVG file, light
 * and dark, draws its text with the embedded font, inside the chart and without overlaps.
 * Without Chromium the suite is reported as skipped, with the reason, and fails in CI (CI=true).
 * Snippets and inline SVGs in article pages: articlePages.test.ts.
 */
import { readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { darkColors, colors } from "../../src/style/houseStyle.js";
import { browserTestsRun, connectBrowser } from "../support/browser.js";
import { sharedBuild } from "../support/sharedBuild.js";
import { renderedTextProblems } from "./textProblems.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let browser: Browser;
let base: string;
let svgFiles: string[];

describe.skipIf(!browserTestsRun())("in Chromium", () => {
  beforeAll(async () => {
    // Every edition: English at the top, the others in their folders (charts/fr/…), as published.
    const { charts, siteUrl } = await sharedBuild();
    const names = (await readdir(charts, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(charts.length + 1));
    // The outlined SVGs, for tools without the fonts, are tested in test/render/printOutputs.test.ts.
    svgFiles = names.filter((n) => n.endsWith(".svg") && !n.endsWith(".outlined.svg")).sort();
    base = `${siteUrl}/graphics/border/`;
    browser = await connectBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page, recording console errors and failed requests. */
  async function open(path: string, colorScheme: "light" | "dark" = "light", width = 1280): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ colorScheme, viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("requestfailed", (request) => errors.push(`failed: ${request.url()}`));
    page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()}: ${response.url()}`));
    await page.goto(base + path, { waitUntil: "load" });
    return { page, errors };
  }

  async function brokenImages(page: Page): Promise<string[]> {
    // Lazy images load after the load event; give them the time a reader would.
    await page.waitForFunction(() => [...document.images].every((img) => img.complete), undefined, { timeout: 10_000 }).catch(() => {});
    return page.$$eval("img", (images) => images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.currentSrc || img.src));
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: axePath });
    return page.evaluate(async () => {
      const results = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
      return results.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
  }

  it("the index of editions links every edition's page; each page loads its charts and PNGs, with no console errors and no axe violations", async () => {
    const { page: index, errors } = await open("index.html");
    const pages = await index.$$eval("nav a", (links) => links.map((a) => a.getAttribute("href")!));
    expect(pages).toEqual(["en.html", "fr/index.html", "ru/index.html", "ar/index.html", "zh/index.html"]);
    expect(await index.locator("img").count()).toBe(0);
    expect(await axeViolations(index)).toEqual([]);
    await index.close();
    for (const path of pages) {
      const { page, errors: pageErrors } = await open(path);
      const folder = path.includes("/") ? path.slice(0, path.indexOf("/") + 1) : "";
      const shown = svgFiles.filter((file) => (folder ? file.startsWith(folder) : !file.includes("/")));
      expect(await page.locator("img").count(), path).toBe(shown.length * 3);
      // Lazy images load as a reader scrolls to them; here all of them, to see that none is broken.
      expect(await page.$$eval("img", (images) => images.filter((img) => img.loading !== "lazy" || !img.width || !img.height).length), path).toBe(0);
      await page.$$eval("img", (images) => images.forEach((img) => (img.loading = "eager")));
      expect(await brokenImages(page), path).toEqual([]);
      expect(await axeViolations(page), path).toEqual([]);
      errors.push(...pageErrors);
      await page.close();
    }
    expect(errors).toEqual([]);
  });

  it("each SVG, light and dark, draws its text in the embedded font, inside the chart and without overlaps; the map's text keeps 4.5:1 contrast", async () => {
    // One page for every file and both schemes: a new page per look cost more than the look.
    const { page, errors } = await open(svgFiles[0]!);
    for (const file of svgFiles) {
      await page.goto(base + file, { waitUntil: "load" });
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const result: { fontLoaded: boolean; background: string } = await page.evaluate(async () => {
          await document.fonts.ready;
          const svg = document.querySelector("svg")!;
          const family = svg.getAttribute("font-family")!.split(",")[0]!.replace(/'/g, "");
          return { fontLoaded: document.fonts.check(`16px "${family}"`), background: getComputedStyle(svg.querySelector("rect")!).fill };
        });
        expect(await page.evaluate(renderedTextProblems, undefined), `${file} (${scheme})`).toEqual([]);
        expect(result.fontLoaded, `${file}: embedded font`).toBe(true);
        expect(result.background, `${file} (${scheme})`).toBe(hexToRgb(scheme === "dark" ? darkColors.background : colors.background));
        // The map's text against what is behind it: its halo, or the circle under a number.
        if (/(^|\/)incident-map/.test(file)) expect(await page.evaluate(lowContrastText), `${file} (${scheme})`).toEqual([]);
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the contrast check itself finds faint text, and reads a number against the circle under it", async () => {
    const page = await browser.newPage();
    await page.setContent(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50" font-size="12"><rect width="200" height="50" fill="#ffffff"/>
      <text x="10" y="20" fill="#dddddd">faint</text><circle cx="100" cy="25" r="12" fill="#b8322a"/><text x="100" y="29" text-anchor="middle" fill="#ffffff">1</text>
      <circle cx="150" cy="25" r="12" fill="#f3dcd9"/><text x="150" y="29" text-anchor="middle" fill="#ffffff">2</text></svg>`);
    expect(await page.evaluate(lowContrastText)).toEqual([expect.stringMatching(/^"faint" /), expect.stringMatching(/^"2" /)]);
    await page.close();
  });

  it("the text check itself finds overlapping and clipped text", async () => {
    const page = await browser.newPage();
    await page.setContent(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" font-size="12">
      <text x="10" y="20">Overlapping</text><text x="20" y="22">text</text><text x="90" y="40">clipped</text></svg>`);
    expect(await page.evaluate(renderedTextProblems, undefined)).toEqual(['"clipped" leaves the chart', '"Overlapping" overlaps "text"']);
    await page.close();
  });
});

/**
 * Runs in the page: every text in the first <svg> whose computed fill has less than 4.5:1 contrast with
 * what is behind its glyphs: its halo (a stroke in the background colour) if it has one, else the first
 * filled shape under its centre, as the browser hit-tests it (a number inside an incident circle).
 */
function lowContrastText(): string[] {
  const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  };
  const problems: string[] = [];
  for (const text of document.querySelectorAll("svg text")) {
    if (!text.textContent?.trim() || text.closest("[class*='-halo']")) continue;
    const style = getComputedStyle(text);
    // A halo is a copy drawn just before the text (render/halos.ts), of the text itself or of its group.
    const isHalo = (e: Element | null | undefined) => !!e && (e.getAttribute("class") ?? "").includes("-halo");
    const copied = [text.previousElementSibling, text.parentElement?.previousElementSibling].find(isHalo);
    // The copy of this very text: its own colours may come from its class, not from the group's attributes.
    const halo = copied && copied.localName === "g" ? [...copied.querySelectorAll("text")].find((t) => t.textContent === text.textContent) : copied;
    let behind = halo ? getComputedStyle(halo).stroke : style.stroke !== "none" && parseFloat(style.strokeWidth) >= 2 ? style.stroke : "";
    if (!behind) {
      const box = text.getBoundingClientRect();
      const under = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2).find((e) => e !== text && !(e instanceof SVGTextElement) && !(e instanceof SVGTSpanElement) && e instanceof SVGGeometryElement && getComputedStyle(e).fill !== "none");
      behind = under ? getComputedStyle(under).fill : getComputedStyle(document.querySelector("svg rect")!).fill;
    }
    const ratio = contrast(style.fill, behind);
    if (ratio < 4.5) problems.push(`"${text.textContent}" ${style.fill} on ${behind}: ${ratio.toFixed(2)}:1`);
  }
  return problems;
}

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
