/**
 * Every edition where its readers meet it: each language's three snippets pasted into an article page in
 * that language (Arabic on a right-to-left site), published at /graphics/border/<lang>/ with baseUrl set,
 * at phone and desktop widths in Debian's Chromium: no sideways scroll, each snippet's figure saying its
 * language and direction, every chart's text inside it and apart, every link loading, no axe violations.
 * articlePages.test.ts does the same for English on every kind of site.
 * Without Chromium the suite is skipped with the reason, and fails in CI.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartIds } from "../../src/dataset/types.js";
import { languages } from "../../src/editions/languages.js";
import { browserTestsRun, connectBrowser } from "../support/browser.js";
import { repoDir } from "../support/fixtures.js";
import { sharedBuild } from "../support/sharedBuild.js";
import { renderedTextProblems } from "./textProblems.js";

const pagesDir = join(repoDir, "test", "browser", "pages");
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let browser: Browser;
let base: string;

describe.skipIf(!browserTestsRun())("each edition pasted into an article page in its language, in Chromium", () => {
  beforeAll(async () => {
    // The charts published at /graphics/border/ with baseUrl set; the articles at /news/<lang>.html.
    const { charts, site, siteUrl } = await sharedBuild();
    base = siteUrl;
    const template = await readFile(join(pagesDir, "article.html"), "utf8");
    const css = `<style>\n${await readFile(join(pagesDir, "article.css"), "utf8")}</style>`;
    const rtlCss = `<style>\n${await readFile(join(pagesDir, "rtl.css"), "utf8")}</style>`;
    await mkdir(join(site, "news"), { recursive: true });
    for (const { lang, dir } of languages) {
      const snippets = await Promise.all(chartIds.map((id) => readFile(join(charts, lang, `${id}.html`), "utf8")));
      const page = template
        .replace('<html lang="en">', `<html lang="${lang}" dir="${dir}">`)
        .replace("<!-- STYLES -->", dir === "rtl" ? `${css}\n${rtlCss}` : css)
        .replace("<!-- CHARTS -->", snippets.join("\n<p>…</p>\n"));
      await writeFile(join(site, "news", `${lang}.html`), page);
    }
    browser = await connectBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(languages.map((l) => [l.lang, l.dir] as const))("%s: at 320 and 1280 px no sideways scroll, figures in the language, text inside and apart, links load, no axe violations", async (lang, dir) => {
    for (const width of [320, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()}: ${response.url()}`));
      await page.goto(`${base}/news/${lang}.html`, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      const result = await page.evaluate(
        ({ textProblems }) => {
          // eslint-disable-next-line no-new-func
          const problemsOf = new Function(`return (${textProblems})`)() as (svg: Element) => string[];
          const shown = [...document.querySelectorAll("figure svg")].filter((svg) => svg.getBoundingClientRect().width > 0);
          return {
            scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            figures: [...document.querySelectorAll("figure")].map((f) => `${f.getAttribute("lang")} ${f.getAttribute("dir")}`),
            svgLangs: [...new Set(shown.map((svg) => svg.getAttribute("lang")))],
            shown: shown.length,
            problems: shown.flatMap((svg) => problemsOf(svg)),
            links: [...document.querySelectorAll("figure a[href]")].map((a) => (a as HTMLAnchorElement).href),
          };
        },
        { textProblems: renderedTextProblems.toString() }
      );
      expect(result.scroll, `${lang} at ${width}px`).toBeLessThanOrEqual(0);
      expect(result.figures).toEqual(chartIds.map(() => `${lang} ${dir}`));
      expect(result.svgLangs).toEqual([lang]);
      expect(result.shown, "one version of each chart shown").toBe(chartIds.length);
      expect(result.problems, `${lang} at ${width}px`).toEqual([]);
      for (const link of result.links.filter((href) => href.startsWith(base))) {
        expect(link, "data links go to the edition's own folder").toContain(`/graphics/border/${lang}/`);
        expect((await fetch(link)).status, link).toBe(200);
      }
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const results = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
        return results.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, `${lang} at ${width}px`).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
