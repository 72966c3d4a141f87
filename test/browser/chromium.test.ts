/**
 * The built output in a real browser (Debian's Chromium, driven by playwright-core): the review page and
 * each embed snippet load every image with no console errors and no axe-core violations; each SVG, light
 * and dark, draws its text with the embedded font, inside the chart and without overlaps.
 * Without Chromium the suite is reported as skipped, with the reason; it never passes silently.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCharts } from "../../src/build/buildCharts.js";
import { writeCharts } from "../../src/build/writeCharts.js";
import { startPreviewServer } from "../../src/preview/server.js";
import { darkColors, colors } from "../../src/style/houseStyle.js";
import { dataDir, repoDir } from "../support/fixtures.js";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(executablePath);
if (!available) {
  console.warn(`SKIPPED the browser tests: no Chromium at ${executablePath}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
}

// The flags that keep Chromium quiet and offline on a machine with no network but the package registries.
const args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let browser: Browser;
let server: Server;
let base: string;
let svgFiles: string[];
let snippetFiles: string[];

describe.skipIf(!available)("in Chromium", () => {
  beforeAll(async () => {
    const out = join(await mkdtemp(join(tmpdir(), "charts-browser-")), "charts");
    await writeCharts(out, (await buildCharts(dataDir)).files);
    const names = await readdir(out);
    svgFiles = names.filter((n) => n.endsWith(".svg")).sort();
    snippetFiles = names.filter((n) => n.endsWith(".html") && n !== "index.html").sort();
    // A snippet is pasted into a page: test it inside a bare host page, as a CMS would show it.
    for (const snippet of snippetFiles) {
      const { readFile } = await import("node:fs/promises");
      const html = await readFile(join(out, snippet), "utf8");
      await writeFile(join(out, `host-${snippet}`), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host page</title></head><body><main><h1>Story</h1>\n${html}</main></body></html>`);
    }
    ({ server, url: base } = await startPreviewServer(out));
    browser = await chromium.launch({ executablePath, args });
    // Builds every chart with its PNGs (three charts now) and starts a browser: more than the default
    // 10 s hook budget when the suite runs files in parallel on two cores.
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
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

  it("the review page loads every chart and PNG, with no console errors and no axe violations", async () => {
    const { page, errors } = await open("index.html");
    expect(await page.locator("img").count()).toBe(svgFiles.length * 3);
    expect(await brokenImages(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await mkdir(join(repoDir, "out"), { recursive: true });
    await page.screenshot({ path: join(repoDir, "out", "review-light.png"), fullPage: true });
    const dark = await open("index.html", "dark");
    await dark.page.screenshot({ path: join(repoDir, "out", "review-dark.png"), fullPage: true });
    await page.close();
    await dark.page.close();
  });

  it("each embed snippet, pasted into a bare page, loads at desktop and phone widths with no errors or axe violations", async () => {
    for (const snippet of snippetFiles) {
      for (const width of [1024, 360]) {
        const { page, errors } = await open(`host-${snippet}`, "light", width);
        expect(await brokenImages(page), snippet).toEqual([]);
        const src = await page.$eval("img", (img) => (img as HTMLImageElement).currentSrc);
        expect(src, `${snippet} at ${width}px`).toMatch(width < 480 ? /-320px\.svg$/ : /[a-z]\.svg$/);
        expect(await page.locator("table").count()).toBe(1);
        expect(await axeViolations(page), snippet).toEqual([]);
        expect(errors, snippet).toEqual([]);
        await page.close();
      }
    }
  });

  it("each SVG, light and dark, draws its text in the embedded font, inside the chart and without overlaps", async () => {
    for (const file of svgFiles) {
      for (const scheme of ["light", "dark"] as const) {
        const { page, errors } = await open(file, scheme);
        const result: { fontLoaded: boolean; background: string; problems?: string[] } = await page.evaluate(async () => {
          await document.fonts.ready;
          const svg = document.querySelector("svg")!;
          const family = svg.getAttribute("font-family")!.split(",")[0]!.replace(/'/g, "");
          return { fontLoaded: document.fonts.check(`16px "${family}"`), background: getComputedStyle(svg.querySelector("rect")!).fill };
        });
        result.problems = await page.evaluate(renderedTextProblems);
        expect(result.problems, `${file} (${scheme})`).toEqual([]);
        expect(result.fontLoaded, `${file}: embedded font`).toBe(true);
        expect(result.background).toBe(hexToRgb(scheme === "dark" ? darkColors.background : colors.background));
        expect(errors, file).toEqual([]);
        await page.close();
      }
    }
  });

  it("the map's text keeps 4.5:1 contrast against what is behind it (its halo, or the circle under a number), light and dark", async () => {
    for (const file of svgFiles.filter((name) => name.startsWith("incident-map"))) {
      for (const scheme of ["light", "dark"] as const) {
        const { page } = await open(file, scheme);
        const low = await page.evaluate(lowContrastText);
        expect(low, `${file} (${scheme})`).toEqual([]);
        await page.close();
      }
    }
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
    expect(await page.evaluate(renderedTextProblems)).toEqual(['"clipped" leaves the chart', '"Overlapping" overlaps "text"']);
    await page.close();
  });
});

/**
 * Runs in the page: the rendered box of every line of text in the first <svg>, trimmed to the ink (the
 * line box includes the font's full ascent and descent), checked against the SVG's box and each other.
 */
function renderedTextProblems(): string[] {
  const svg = document.querySelector("svg")!;
  const frame = svg.getBoundingClientRect();
  const boxes: { text: string; element: number; left: number; right: number; top: number; bottom: number }[] = [];
  [...svg.querySelectorAll("text")].forEach((text, element) => {
    const size = parseFloat(getComputedStyle(text).fontSize);
    const parts = text.querySelectorAll("tspan").length ? [...text.querySelectorAll("tspan")] : [text];
    for (const part of parts) {
      const r = part.getBoundingClientRect();
      if (!part.textContent?.trim() || r.width === 0) continue;
      boxes.push({ text: part.textContent, element, left: r.left, right: r.right, top: r.top + 0.26 * size, bottom: r.bottom - 0.1 * size });
    }
  });
  const problems: string[] = [];
  for (const b of boxes) {
    if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5) problems.push(`"${b.text}" leaves the chart`);
  }
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.element !== b.element && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  });
  return problems;
}

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
    if (!text.textContent?.trim()) continue;
    const style = getComputedStyle(text);
    let behind = style.stroke !== "none" && parseFloat(style.strokeWidth) >= 2 ? style.stroke : "";
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
