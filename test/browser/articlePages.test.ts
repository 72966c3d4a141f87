/**
 * The charts where readers meet them: pasted into news article pages of our own (test/browser/pages/)
 * behind a common reset, a site font and the site's own generic classes and element rules, at phone to
 * desktop widths, on light, dark, light-only and two hostile sites, in Debian's Chromium. Each page holds
 * both embed snippets and one SVG file pasted inline, at /news/2026/01/, while the charts are published
 * at /graphics/border/ with baseUrl set: every link must load from there. One page gets the charts as a
 * CMS running DOMPurify (defaults) would save them.
 * Without Chromium the suite is skipped with the reason, and fails in CI.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataset } from "../../src/input/readDataset.js";
import { darkColorMap } from "../../src/style/darkScheme.js";
import { colors, darkColors, legibleFrom, minimumScreenPx } from "../../src/style/houseStyle.js";
import { browserTestsRun, connectBrowser } from "../support/browser.js";
import { repoDir } from "../support/fixtures.js";
import { sharedBuild } from "../support/sharedBuild.js";
import { renderedTextProblems } from "./textProblems.js";

const pagesDir = join(repoDir, "test", "browser", "pages");

type Scheme = "light" | "dark";
interface Site {
  name: string;
  css: string[];
  /** The reader's system setting. */
  os: Scheme;
  /** What the charts must show: the page's scheme, not the system's. */
  expected: Scheme;
  html?: (page: string) => string;
  /** The CMS runs DOMPurify (defaults) on what the journalist pastes. */
  purified?: boolean;
}

const sites: Site[] = [
  { name: "plain-light-os", css: ["article.css"], os: "light", expected: "light" },
  // No color-scheme on the page: a light page, whatever the system says.
  { name: "plain-dark-os", css: ["article.css"], os: "dark", expected: "light" },
  { name: "light-only", css: ["article.css", "light-only.css"], os: "dark", expected: "light" },
  { name: "dark-site", css: ["article.css", "dark.css"], os: "dark", expected: "dark" },
  { name: "rtl", css: ["article.css", "rtl.css"], os: "light", expected: "light", html: (page) => page.replace('<html lang="en">', '<html lang="fa" dir="rtl">') },
  { name: "utility", css: ["article.css", "utility.css"], os: "dark", expected: "dark" },
  { name: "purified", css: ["article.css", "dark.css"], os: "dark", expected: "dark", purified: true },
];
const widths = [320, 375, 768, 1280];

const purify = createDOMPurify(new JSDOM("").window as unknown as Parameters<typeof createDOMPurify>[0]);

let browser: Browser;
let base: string;
let buildErrors: string;
/** Every colour the charts may draw, per scheme, as computed styles write them. */
let chartColours: Record<Scheme, string[]>;

describe.skipIf(!browserTestsRun())("charts pasted into article pages, in Chromium", () => {
  beforeAll(async () => {
    // The story as published: charts at /graphics/border/, baseUrl saying so.
    const { data, charts, site, siteUrl, stderr } = await sharedBuild();
    base = siteUrl;
    buildErrors = stderr;
    const darkOf = darkColorMap((await readDataset(data)).categories);
    chartColours = { light: [...darkOf.keys()].map(hexToRgb), dark: [...darkOf.values()].map(hexToRgb) };
    const text = (file: string) => readFile(join(charts, file), "utf8");
    const template = await readFile(join(pagesDir, "article.html"), "utf8");
    const body = [await text("cumulative-deaths.html"), "<p>More on the clashes below.</p>", await text("casualties-by-category.html"), "<p>The same chart pasted as an SVG file:</p>", await text("casualties-by-category.svg")].join("\n");
    await mkdir(join(site, "news", "2026", "01"), { recursive: true });
    for (const site_ of sites) {
      const styles = await Promise.all(site_.css.map(async (file) => `<style>\n${await readFile(join(pagesDir, file), "utf8")}</style>`));
      const charts = site_.purified ? purify.sanitize(body) : body;
      if (site_.purified) expect(charts.match(/<svg /g)?.length).toBe(body.match(/<svg /g)!.length);
      const page = template.replace("<!-- STYLES -->", styles.join("\n")).replace("<!-- CHARTS -->", charts);
      await writeFile(join(site, "news", "2026", "01", `${site_.name}.html`), site_.html ? site_.html(page) : page);
    }
    browser = await connectBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(site: Site, width: number): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ colorScheme: site.os, viewport: { width, height: 800 } });
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()}: ${response.url()}`));
    await page.goto(`${base}/news/2026/01/${site.name}.html`, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    return { page, errors };
  }

  it("the build was given baseUrl, so it does not warn about it", () => {
    expect(buildErrors).not.toContain("baseUrl");
  });

  for (const site of sites) {
    it(`${site.name}: at ${widths.join(", ")} px no sideways scroll, and every chart isolated, in the page's scheme, its text inside and apart`, async () => {
      const scheme = site.expected === "dark" ? darkColors : colors;
      // One page per site, resized: the snippets choose their version by their column's width, live.
      const { page, errors } = await open(site, widths[0]!);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        const where = `${site.name} at ${width}px`;
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where}: scrollWidth`).toBe(width);
        const charts = await page.evaluate(() =>
          [...document.querySelectorAll<SVGSVGElement>("svg[role=img]")].map((svg) => {
            const scope = svg.classList[0]!;
            const family = svg.getAttribute("font-family")!.split(",")[0]!.replace(/'/g, "");
            const headline = svg.querySelector(`.${scope}-headline`)!;
            const source = svg.querySelector(`.${scope}-source`)!;
            const box = svg.getBoundingClientRect();
            const sourceBox = source.getBoundingClientRect();
            const style = getComputedStyle(source);
            return {
              scope,
              inSnippet: Boolean(svg.closest("figure")),
              shown: getComputedStyle(svg).display !== "none",
              wrapper: svg.parentElement!.getBoundingClientRect().width,
              width: box.width,
              drawnAt: svg.viewBox.baseVal.width,
              headlineFont: getComputedStyle(headline).fontFamily.split(",")[0]!.replace(/["']/g, "").trim(),
              family,
              fontLoaded: document.fonts.check(`16px "${family}"`),
              headlineFill: getComputedStyle(headline).fill,
              // Every line's font and fill, as drawn (tspans included): none may be the page's.
              fonts: [...new Set([...svg.querySelectorAll("text, tspan")].map((t) => getComputedStyle(t).fontFamily.split(",")[0]!.replace(/["']/g, "").trim()))],
              fills: [...new Set([...svg.querySelectorAll("text, tspan")].map((t) => getComputedStyle(t).fill))],
              background: getComputedStyle(svg.querySelector("rect")!).fill,
              // The first path of the plot (gridlines or axis) draws 1 px wide, whatever `path{stroke-width}` says.
              gridStroke: getComputedStyle(svg.querySelector("g[class*='-plot'] path") ?? svg.querySelector("g[class*='-plot'] line")!).strokeWidth,
              // The smallest text as drawn on screen: font size times the chart's scale.
              smallestText: Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize))) * (box.width / svg.viewBox.baseVal.width),
              sourceVisible: style.display !== "none" && style.visibility === "visible" && sourceBox.width > 0 && sourceBox.bottom <= box.bottom && sourceBox.right <= box.right + 0.5,
            };
          })
        );
        const shown = charts.filter((c) => c.shown);
        // Each snippet shows one version: the phone one when its column is too narrow for the desktop one's notes.
        expect(shown.filter((c) => c.inSnippet).length, where).toBe(2);
        for (const chart of shown) {
          const what = `${where}, ${chart.scope}`;
          if (chart.inSnippet) {
            expect(chart.drawnAt, `${what}: version for a ${chart.wrapper}px column`).toBe(chart.wrapper < 534 ? 320 : 640);
            // The house minimum on screen: the 12 px notes never shrink under 10 px.
            expect(chart.smallestText, `${what}: smallest text`).toBeGreaterThanOrEqual(10);
          }
          expect(chart.width, `${what}: as wide as its column, no wider than drawn`).toBeCloseTo(Math.min(chart.wrapper, chart.drawnAt), 0);
          expect(chart.headlineFont, what).toBe(chart.family);
          expect(chart.fonts, `${what}: fonts`).toEqual([chart.family]);
          for (const fill of chart.fills) expect(chartColours[site.expected], `${what}: text fill`).toContain(fill);
          expect(chart.fontLoaded, `${what}: embedded font`).toBe(true);
          expect(chart.headlineFill, `${what}: headline colour`).toBe(hexToRgb(scheme.text));
          expect(chart.background, `${what}: background`).toBe(hexToRgb(scheme.background));
          expect(chart.gridStroke, `${what}: gridline width`).toBe("1px");
          expect(chart.sourceVisible, `${what}: source line`).toBe(true);
        }
        const problems: string[] = [];
        for (const svg of await page.$$("svg[role=img]")) {
          if (await svg.evaluate((element) => getComputedStyle(element).display !== "none")) problems.push(...(await svg.evaluate((element, check) => (new Function(`return ${check}`)() as (svg: Element) => string[])(element), renderedTextProblems.toString())));
        }
        expect(problems, `${where}: text`).toEqual([]);
        expect(errors, where).toEqual([]);
      }
      await page.close();
    });
  }

  // A theme's padding squeezes a phone's column to 241 px: the 240 px version shows under 267 px, where the
  // 320 px one's 12 px notes would shrink under the house minimum.
  it("in columns of 240, 260 and 300 px, on a 16 px and a 10 px root, the version drawn for the column, no text under 10 px, none clipped or overlapping, no sideways scroll", async () => {
    const { page, errors } = await open(sites[0]!, 400);
    for (const root of ["16px", "10px"]) {
      for (const column of [240, 260, 300]) {
        const where = `a ${column}px column, ${root} root`;
        await page.evaluate(
          ({ root, column }) => {
            document.documentElement.style.fontSize = root;
            document.body.style.fontSize = root;
            document.querySelector("main")!.style.cssText = `max-width:none;width:${column}px;margin:0;padding:0`;
          },
          { root, column }
        );
        const shown = await page.evaluate(() =>
          [...document.querySelectorAll<SVGSVGElement>("figure svg[role=img]")]
            .filter((svg) => getComputedStyle(svg).display !== "none")
            .map((svg) => {
              const box = svg.getBoundingClientRect();
              return { width: box.width, drawnAt: svg.viewBox.baseVal.width, smallest: Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize))) * (box.width / svg.viewBox.baseVal.width) };
            })
        );
        expect(shown.length, where).toBe(2);
        for (const chart of shown) {
          expect(chart.width, `${where}: as wide as the column, no wider than drawn`).toBeCloseTo(Math.min(column, chart.drawnAt), 0);
          expect(chart.drawnAt, `${where}: the version drawn for it`).toBe(column < legibleFrom(320) ? 240 : 320);
          expect(chart.smallest, `${where}: smallest text`).toBeGreaterThanOrEqual(minimumScreenPx);
        }
        const problems: string[] = [];
        for (const svg of await page.$$("figure svg[role=img]")) {
          if (await svg.evaluate((element) => getComputedStyle(element).display !== "none")) problems.push(...(await svg.evaluate((element, check) => (new Function(`return ${check}`)() as (svg: Element) => string[])(element), renderedTextProblems.toString())));
        }
        expect(problems, where).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where}: scrollWidth`).toBe(400);
        await page.screenshot({ path: join(repoDir, "out", "narrow", `${column}-${root}.png`), fullPage: true });
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("no layout shift from the snippets at any width (PerformanceObserver, layout-shift)", async () => {
    for (const width of widths) {
      const { page } = await open(sites[0]!, width);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => resolve(total), 300);
          })
      );
      expect(shift, `CLS at ${width}px`).toBe(0);
      await page.close();
    }
  });

  it("pasted at /news/2026/01/, every link in the snippets loads from where the charts are published", async () => {
    const { page, errors } = await open(sites[0]!, 1280);
    const links = await page.$$eval("figure a[href]", (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) expect((await page.request.get(link)).status(), link).toBe(200);
    // The snippets' fallback pictures are hidden where the charts show, and lazy: never loaded.
    expect(await page.evaluate(() => [...document.images].filter((img) => img.naturalWidth > 0).length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("screen readers get one image per chart with its notes, and a table with row headers and no raw column names", async () => {
    const { page } = await open(sites[0]!, 375);
    const tree = await page.evaluate(() => {
      const figure = document.querySelector("figure")!;
      const svg = [...figure.querySelectorAll("svg")].find((s) => getComputedStyle(s).display !== "none")!;
      const table = figure.querySelector("table")!;
      return { lang: svg.getAttribute("lang"), headers: [...table.querySelectorAll("th")].map((th) => th.textContent), rowHeaders: table.querySelectorAll("th[scope=row]").length, rows: table.querySelectorAll("tr").length };
    });
    expect(tree.lang).toBe("en");
    // The phone version shown at 375 px is named and described by the desktop version's hidden <title> and <desc>.
    const session = await page.context().newCDPSession(page);
    const { nodes } = (await session.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string }; ignored: boolean }[] };
    const images = nodes.filter((node) => !node.ignored && node.role?.value === "image" && node.name?.value.startsWith("At least 16 killed"));
    expect(images).toHaveLength(1);
    expect(images[0]!.description?.value).toContain("Injured in the two November attacks");
    expect(tree.headers.join(" ")).not.toMatch(/_/);
    // Records (output/embedSnippet.ts): each row a field headed by its name.
    expect(tree.rows).toBeGreaterThan(0);
    expect(tree.rowHeaders).toBe(tree.rows);
    // …and exposed as a table named for the chart, of row headers and cells.
    const table = nodes.find((node) => !node.ignored && node.role?.value === "table" && node.name?.value.endsWith(": the data"));
    expect(table, "the reader table in the accessibility tree").toBeDefined();
    expect(nodes.filter((node) => !node.ignored && node.role?.value === "rowheader").length).toBeGreaterThanOrEqual(tree.rows);
    await page.addScriptTag({ path: (await import("node:module")).createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      return (await axe.run({ include: [["figure"]] })).violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    // The page holds casualties-by-category twice (its snippet and its SVG file pasted): each is one image
    // named by its own <title>, and no id on the page is repeated.
    const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await expect.poll(() => page.getByRole("img", { name: /^Who was killed on the Tajik–Afghan border\./ }).count()).toBe(2);
    await page.close();
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
