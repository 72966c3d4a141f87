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
import { buildEditions } from "../../src/editions/buildEditions.js";
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

/** The host page beside a snippet (same folder, so its relative links hold): fr/x.html → fr/host-x.html. */
const hostOf = (snippet: string) => snippet.replace(/[^/]+$/, (name) => `host-${name}`);

describe.skipIf(!available)("in Chromium", () => {
  beforeAll(async () => {
    const out = join(await mkdtemp(join(tmpdir(), "charts-browser-")), "charts");
    // Every edition: English at the top, the others in their folders (charts/fr/…).
    await writeCharts(out, (await buildEditions(dataDir)).files);
    const names = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(out.length + 1));
    svgFiles = names.filter((n) => n.endsWith(".svg")).sort();
    snippetFiles = names.filter((n) => n.endsWith(".html") && !n.endsWith("index.html")).sort();
    // A snippet is pasted into a page: test it inside a bare host page, as a CMS would show it.
    for (const snippet of snippetFiles) {
      const { readFile } = await import("node:fs/promises");
      const html = await readFile(join(out, snippet), "utf8");
      await writeFile(join(out, hostOf(snippet)), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host page</title></head><body><main><h1>Story</h1>\n${html}</main></body></html>`);
    }
    ({ server, url: base } = await startPreviewServer(out));
    browser = await chromium.launch({ executablePath, args });
  }, 240_000); // five editions' SVGs and PNGs

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
        const { page, errors } = await open(hostOf(snippet), "light", width);
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

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
