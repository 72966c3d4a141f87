/**
 * The review's index of editions (charts/index.html) and an edition's page: what each line and section
 * says, a held edition included, which nothing builds yet; images that load lazily at their own size.
 */
import { describe, expect, it } from "vitest";
import { reviewIndex, type ReviewEdition } from "../../src/output/reviewIndex.js";
import { reviewPage, type ReviewChart } from "../../src/output/reviewPage.js";

const english: ReviewEdition = { lang: "en", dir: "ltr", name: "English", page: "en.html", asOf: "2026-01-18", status: "current" };

describe("reviewIndex(editions)", () => {
  it("lists each edition with its language name, its page, its as-of date and its status", () => {
    const arabic: ReviewEdition = { lang: "ar", dir: "rtl", name: "العربية", page: "ar/index.html", asOf: "2026-01-18", status: "current", translation: "needs native editor review" };
    const html = reviewIndex([english, arabic]);
    expect(html).toContain('<a href="en.html"><span lang="en" dir="ltr">English</span> (en)</a>, data as of 2026-01-18: current</li>');
    expect(html).toContain('<a href="ar/index.html"><span lang="ar" dir="rtl">العربية</span> (ar)</a>, data as of 2026-01-18: current; translation: needs native editor review</li>');
  });

  it("shows a held edition at its last complete set: the translations it needs and the command to run", () => {
    const held: ReviewEdition = {
      lang: "fr",
      dir: "ltr",
      name: "Français",
      page: "fr/index.html",
      asOf: "2026-01-11",
      status: "held",
      needs: ["chart.cumulative-deaths.headline", "place.<new>"],
      command: "npm run translation -- fr",
    };
    const text = reviewIndex([english, held]).replace(/<[^>]+>/g, "");
    expect(text).toContain(
      "Français (fr), data as of 2026-01-11: held at 2026-01-11: needs 2 translations (chart.cumulative-deaths.headline, place.&lt;new&gt;); run npm run translation -- fr"
    );
    expect(reviewIndex([{ ...held, needs: ["a"], command: undefined }]).replace(/<[^>]+>/g, "")).toContain("held at 2026-01-11: needs 1 translation (a)\n");
  });
});

describe("reviewPage(edition, asOf, charts, sizes)", () => {
  const chart: ReviewChart = {
    id: "cumulative-deaths",
    headline: "مقتل 16",
    alt: "رسم بياني",
    snippet: '<figure lang="ar"><svg width="640">&amp;</svg></figure>',
    snippetFile: "cumulative-deaths.html",
    dataFile: "cumulative-deaths.csv",
    versions: [{ width: 640, height: 618, svg: "cumulative-deaths.svg", pngLight: "cumulative-deaths.png", pngDark: "cumulative-deaths.dark.png" }],
  };
  const html = reviewPage({ lang: "ar", dir: "rtl", name: "العربية", translation: "needs native editor review", index: "../index.html" }, "2026-01-18", [chart], new Map());

  it("opens with its contents, in the edition's direction, and a way back to every edition", () => {
    expect(html).toContain('<a href="../index.html">All editions</a>');
    expect(html).toContain('<ol lang="ar" dir="rtl">\n    <li><a href="#cumulative-deaths">مقتل 16</a></li>');
    expect(html).toContain('<h2 id="cumulative-deaths" lang="ar" dir="rtl">مقتل 16</h2>');
  });

  it("loads every image lazily at its own size, so nothing shifts as they arrive", () => {
    const images = html.match(/<img [^>]+>/g)!;
    expect(images).toHaveLength(3);
    for (const img of images) expect(img).toMatch(/ width="640" height="618" loading="lazy" /);
  });

  it("holds the embed code as written, escaping only what a textarea would misread", () => {
    expect(html).toContain('<figure lang="ar"><svg width="640">&amp;amp;</svg></figure>'.replace(/</g, "&lt;"));
  });
});
