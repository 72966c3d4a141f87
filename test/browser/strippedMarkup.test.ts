/**
 * The embed snippet where a CMS, a feed, a mail client or a page's security policy takes markup away, in
 * Chromium at phone and desktop width: one article page per client, resized. The snippet must degrade to
 * a picture (the PNG for the width, with its alt text) or to the chart, never to nothing, and never to a
 * wall of repeated labels, sideways scroll or type under the house minimum; the reader table stays out of
 * sight wherever anything can hide it. sanitize-html's defaults allow no <img> at all: there the reader
 * gets the headline and description as text and the data as a table of records that fits a phone;
 * DOMPurify's SVG profile leaves the chart and its links, and none of the table's words
 * (docs/embedding.md). The two sanitizers' pages also hold the Russian toll (the widest table) and the
 * Arabic categories (right to left).
 * Without Chromium the suite is skipped with the reason, and fails in CI.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";
import type { Browser } from "playwright-core";
import sanitizeHtml from "sanitize-html";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsRun, connectBrowser } from "../support/browser.js";
import { repoDir } from "../support/fixtures.js";
import { sharedBuild } from "../support/sharedBuild.js";

const pagesDir = join(repoDir, "test", "browser", "pages");
const window = new JSDOM("").window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

/** WordPress's kses for authors without unfiltered_html, as far as a snippet meets it (wp-includes/kses.php, 6.8): no <svg>, <picture>, <source>, <style> nor style="". */
const kses: sanitizeHtml.IOptions = {
  allowedTags: ["figure", "figcaption", "div", "p", "span", "a", "img", "table", "caption", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: {
    "*": ["class", "id", "title", "role", "aria-*", "data-*", "dir", "lang", "hidden"],
    a: ["href", "download", "rel", "target"],
    img: ["src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"],
    th: ["scope", "colspan", "rowspan"],
    td: ["colspan", "rowspan"],
  },
};

/** A mail client without SVG: <svg> and <style> gone with their contents, <source> too; inline styles kept. */
function emailClient(html: string): string {
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  for (const element of body.querySelectorAll("svg, style, source")) element.remove();
  return body.innerHTML;
}

interface Client {
  name: string;
  filter: (html: string) => string;
  /** The page forbids inline styles (`style-src 'self'`), its own CSS coming from a file. */
  csp?: boolean;
  /** What the reader sees in each figure: the chart itself, the PNG, or neither (the table and text). */
  sees: "svg" | "png" | "text";
  /** The PNG chosen by screen width (a <picture> survives), or the phone one whatever the width. */
  pngByWidth?: boolean;
  /** The reader table out of sight (some way of hiding it survives), in sight (nothing does), or gone with every word of it. */
  table: "hidden" | "shown" | "gone";
  /** The page also holds other editions' snippets (editions, below). */
  editions?: boolean;
}

const clients: Client[] = [
  { name: "whole", filter: (html) => html, sees: "svg", table: "hidden" },
  { name: "sanitize-html", filter: (html) => sanitizeHtml(html), sees: "text", table: "shown", editions: true },
  { name: "kses", filter: (html) => sanitizeHtml(html, kses), sees: "png", pngByWidth: false, table: "hidden" },
  // The SVG-only profile keeps no HTML element but keeps their text, save in a few it removes whole, <thead> among them.
  { name: "dompurify-svg", filter: (html) => purify.sanitize(html, { USE_PROFILES: { svg: true } }), sees: "svg", table: "gone", editions: true },
  { name: "csp", filter: (html) => html, csp: true, sees: "png", pngByWidth: true, table: "hidden" },
  { name: "email", filter: emailClient, sees: "png", pngByWidth: false, table: "hidden" },
];
const widths = [375, 1280];
/** Other editions' snippets on the sanitizers' pages: the Russian toll (its table the widest) and the Arabic categories (right to left). */
const editions = ["ru/cumulative-deaths.html", "ar/casualties-by-category.html"];

let browser: Browser;
let base: string;
let alt: string;
/** Each snippet's headline (English first), and how many numbers its table holds. */
let headlines: string[];
let numbers: number;
/** A label the phone chart draws, which no description or alt text repeats (the table does). */
const label = "Chinese workers killed in attack on";

describe.skipIf(!browserTestsRun())("the snippet through sanitizers, a strict CSP and a mail client, in Chromium", () => {
  beforeAll(async () => {
    const { charts, site, siteUrl } = await sharedBuild();
    base = siteUrl;
    const snippet = await readFile(join(charts, "cumulative-deaths.html"), "utf8");
    const others = await Promise.all(editions.map((file) => readFile(join(charts, file), "utf8")));
    alt = (await readFile(join(charts, "cumulative-deaths.alt.txt"), "utf8")).trim();
    headlines = [snippet, ...others].map((html) => /<title id="[^"]+">([^<]+)</.exec(html)![1]!.split(". ")[0]!);
    numbers = [snippet, ...others].join("").match(/<td>\d+<\/td>/g)!.length;
    expect(await readFile(join(charts, "cumulative-deaths-320px.svg"), "utf8")).toContain(label);
    const template = await readFile(join(pagesDir, "article.html"), "utf8");
    // Where the charts' own styles are gone, the site's rules decide: a plain theme's (the hostile one is articlePages.test.ts's).
    const css = await readFile(join(pagesDir, "plain-theme.css"), "utf8");
    const folder = join(site, "news", "stripped");
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "article.css"), css);
    for (const client of clients) {
      const head = client.csp
        ? `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'">\n<link rel="stylesheet" href="article.css">`
        : `<style>\n${css}</style>`;
      const charts = (client.editions ? [snippet, ...others] : [snippet]).map(client.filter).join("\n");
      await writeFile(join(folder, `${client.name}.html`), template.replace("<!-- STYLES -->", head).replace("<!-- CHARTS -->", charts));
    }
    browser = await connectBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const client of clients) {
    it(`${client.name}: at ${widths.join(" and ")} px ${client.sees === "text" ? "the headline and the data" : `one ${client.sees} per chart, legible`}, no sideways scroll, no repeated labels`, async () => {
      const page = await browser.newPage({ viewport: { width: widths[0]!, height: 900 }, colorScheme: "dark" });
      const pngs: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => request.url().endsWith(".png") && pngs.push(request.url()));
      page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()}: ${response.url()}`));
      await page.goto(`${base}/news/stripped/${client.name}.html`, { waitUntil: "load" });
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        const where = `${client.name} at ${width}px`;
        const phone = width < 600 || (client.sees === "png" && !client.pngByWidth);
        // A lazy picture loads once laid out, and a <picture> chooses again after a resize, in its own time:
        // wait for the version expected (the assertions below say what came instead, if it does not).
        await page
          .waitForFunction((phone) => [...document.images].every((img) => img.getBoundingClientRect().width === 0 || (img.complete && img.naturalWidth > 0 && img.currentSrc.endsWith("-320px.png") === phone)), phone, { timeout: 5000 })
          .catch(() => {});
        const seen = await page.evaluate(({ label, widest }) => {
          const shown = (element: Element) => element.getBoundingClientRect().width > 1 && getComputedStyle(element).visibility === "visible";
          // Out of sight also inside a box of 1 px (the reader table's, for screen readers only).
          const inSight = (element: Element): boolean => shown(element) && (!element.parentElement || element.parentElement === document.body || inSight(element.parentElement));
          const svgs = [...document.querySelectorAll("svg")].filter(shown).map((svg) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return { kind: "svg", drawnAt: svg.viewBox.baseVal.width, smallest: Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize))) * scale, alt: "" };
          });
          // Which version a PNG is says its name (the widest has none); its smallest text (the notes) is 12 px.
          const images = [...document.images].filter(shown).map((img) => {
            const drawnAt = Number(/-(\d+)px\.png$/.exec(img.currentSrc)?.[1] ?? widest);
            return { kind: "png", drawnAt, smallest: (12 * img.getBoundingClientRect().width) / drawnAt, alt: img.alt };
          });
          // Words a reader sees outside the pictures.
          const words: string[] = [];
          const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement!;
            if (!parent.closest("svg") && node.textContent!.trim() && inSight(parent)) words.push(node.textContent!);
          }
          const text = words.join(" ");
          // Words in sight the snippets leave outside the charts and links (the article's own headline and paragraphs aside).
          const loose: string[] = [];
          const article = document.createTreeWalker(document.querySelector("article")!, NodeFilter.SHOW_TEXT);
          for (let node = article.nextNode(); node; node = article.nextNode()) {
            const parent = node.parentElement!;
            if (!parent.closest("svg, a, article > p, article > h1") && inSight(parent)) loose.push(node.textContent!);
          }
          const tables = [...document.querySelectorAll("table")];
          // The tables' numbers in sight, whole inside the screen, at a legible size.
          const numbers = tables.flatMap((table) => [...table.querySelectorAll("td")]).filter((td) => /^\d+$/.test(td.textContent!));
          const legible = numbers.filter((td) => {
            const box = td.getBoundingClientRect();
            return inSight(td) && box.left >= 0 && box.right <= innerWidth && parseFloat(getComputedStyle(td).fontSize) >= 10;
          });
          return {
            scroll: document.documentElement.scrollWidth,
            pictures: [...svgs, ...images],
            // In sight: laid out, and not inside the 1 px box that keeps it for screen readers only.
            tableShown: tables.length > 0 && tables.every((table) => table.getClientRects().length && table.parentElement!.getBoundingClientRect().width > 1),
            tableWords: tables.map((table) => table.textContent).join("").trim().length,
            numbers: legible.length,
            labelTimes: text.split(label).length - 1,
            text,
            loose: loose.join(""),
          };
        }, { label, widest: 640 });
        // Left in out/stripped/ to look at.
        await page.screenshot({ path: join(repoDir, "out", "stripped", `${client.name}-${width}.png`), fullPage: true });
        expect(seen.scroll, `${where}: scrollWidth`).toBe(width);
        const charts = client.editions ? 1 + editions.length : 1;
        if (client.sees === "text") {
          expect(seen.pictures, where).toEqual([]);
          for (const headline of headlines.slice(0, charts)) expect(seen.text, where).toContain(headline);
          expect(seen.numbers, `${where}: the tables' numbers in sight`).toBe(numbers);
        } else {
          expect(seen.pictures.map((p) => p.kind), where).toEqual(Array(charts).fill(client.sees));
          for (const picture of seen.pictures) {
            expect(picture.drawnAt, `${where}: the version drawn for it`).toBe(phone ? 320 : 640);
            expect(picture.smallest, `${where}: smallest text`).toBeGreaterThanOrEqual(10);
            if (picture.kind === "png") expect(picture.alt, where).toBe(alt);
          }
        }
        expect(seen.tableShown, `${where}: the reader table shown`).toBe(client.table === "shown");
        if (client.table === "gone") {
          expect(seen.tableWords, `${where}: words of the reader table left`).toBe(0);
          // Nothing but the links ("Get the data") and their separators.
          expect(seen.loose, `${where}: loose words`).toMatch(/^[\s·]*$/);
        }
        // The chart's labels never leak as text; the table, where it shows, says each once.
        expect(seen.labelTimes, `${where}: "${label}" as text`).toBe(client.table === "shown" ? 1 : 0);
      }
      // The picture costs nothing where the chart is there.
      if (client.sees === "svg") expect(pngs, "PNGs requested").toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
