/**
 * The social cards (charts/cardFrame.ts, build/renderCards.ts): laid out in process for every edition and
 * format (the frame's text inside the card and apart from the plot, the plot's own text apart and clear of
 * its marks), then as the shared build wrote them: each PNG at its size, no ink in a band along its edges
 * (nothing cut), its alt text beside it, its og:image lines in the snippet, and the same bytes as drawn here.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { cardFiles, cardSvg } from "../../src/build/renderCards.js";
import { cardFormats } from "../../src/charts/cardFrame.js";
import { chartIds, type Dataset } from "../../src/dataset/types.js";
import { headlineFigures } from "../../src/figures/headlineFigures.js";
import { languageOf } from "../../src/editions/languages.js";
import { readTranslations } from "../../src/editions/translations.js";
import { translateDataset } from "../../src/editions/translateDataset.js";
import { readDataset } from "../../src/input/readDataset.js";
import { svgToPng } from "../../src/render/png.js";
import type { Lang } from "../../src/text/fonts.js";
import { decodePng } from "../support/decodePng.js";
import { translated } from "../support/editions.js";
import { readFixture } from "../support/fixtures.js";
import { sharedBuild } from "../support/sharedBuild.js";
import { layoutProblems, markProblems, svgMarks, svgTextBoxes, type TextBox } from "../support/textBoxes.js";
import { svgDocument } from "../support/svgDocument.js";

const editions = ["en", "fr", "ru", "ar", "zh"] as const;
// The fixture spares its builds the cards (socialCards: false); laid out here, they are drawn for it.
const fixture = withCards(await readFixture());
const datasets = new Map<string, Dataset>(await Promise.all(editions.map(async (lang) => [lang, lang === "en" ? fixture : await translated(fixture, lang)] as const)));
const window = new JSDOM("").window;

function withCards(dataset: Dataset): Dataset {
  return { ...dataset, story: { ...dataset.story, socialCards: true } };
}
const serializer = new window.XMLSerializer();
const measured = (lang: string) => (lang === "ar" || lang === "zh" ? lang : undefined);

/** The card's frame text, and the plot's text and marks where the card put them (scaled, if it was). */
function cardLayout(svg: string, lang: string) {
  const document = svgDocument(svg);
  const plot = document.querySelector("g.plot")!;
  const [, x, y, scale] = /^translate\(([-\d.]+),([-\d.]+)\)(?: scale\(([\d.]+)\))?$/.exec(plot.getAttribute("transform")!)!.map(Number) as number[];
  const frameOnly = document.documentElement.cloneNode(true) as Element;
  frameOnly.querySelector("g.plot")!.remove();
  const plotOnly = document.documentElement.cloneNode(false) as Element;
  const inner = plot.cloneNode(true) as Element;
  inner.setAttribute("transform", "translate(0,0)");
  plotOnly.append(inner);
  const frame = svgTextBoxes(serializer.serializeToString(frameOnly), measured(lang));
  const plotText = serializer.serializeToString(plotOnly);
  const local = svgTextBoxes(plotText, measured(lang)).boxes;
  const s = scale || 1;
  const placed = (b: TextBox): TextBox => ({ ...b, element: b.element + 10_000, left: x! + s * b.left, right: x! + s * b.right, top: y! + s * b.top, bottom: y! + s * b.bottom });
  // The map's land is drawn with closed paths the marks reader does not take (test/map/ checks its labels its own way).
  return { frame, plotBoxes: local.map(placed), local, marks: plot.querySelector("path[d*='Z']") ? [] : svgMarks(plotText) };
}

describe("social cards, laid out", () => {
  const cases = editions.flatMap((lang) => cardFiles(datasets.get(lang)!).map(({ id, format, file }) => [lang, file, id, format] as const));
  it.each(cases)("%s %s: the headline, dek, key, source and credit inside the card and apart; the plot's text apart and clear of its marks", (lang, _file, id, format) => {
    const svg = cardSvg(datasets.get(lang)!, id, format);
    const { frame, plotBoxes, local, marks } = cardLayout(svg, lang);
    const margin = 10;
    const { width, height } = format.canvas;
    expect(frame.boxes.length).toBeGreaterThanOrEqual(3); // headline, source, credit at least
    const inside = frame.boxes.filter((b) => b.left >= margin && b.right <= width - margin && b.top >= margin && b.bottom <= height - margin);
    expect(frame.boxes.filter((b) => !inside.includes(b)).map((b) => b.text), "frame text outside the card's margin").toEqual([]);
    expect(layoutProblems({ width, height, boxes: [...frame.boxes, ...plotBoxes] }), "text overlapping").toEqual([]);
    expect(markProblems(local, marks), "plot text on its marks").toEqual([]);
    // The plot's text stays on the card too (a scaled plot included).
    expect(plotBoxes.filter((b) => b.left < 0 || b.right > width || b.top < 0 || b.bottom > height).map((b) => b.text)).toEqual([]);
  });

  it("a card's SVG is the same text drawn twice (no state carried between cards)", () => {
    const ar = datasets.get("ar")!;
    const first = cardSvg(ar, "incident-map", cardFormats[0]!);
    cardSvg(ar, "cumulative-deaths", cardFormats[1]!);
    expect(cardSvg(ar, "incident-map", cardFormats[0]!)).toBe(first);
  });
});

describe("social cards, as the build writes them", async () => {
  const { charts, data } = await sharedBuild();
  const story = JSON.parse(await readFile(join(data, "story.json"), "utf8")) as { baseUrl: string };
  const folderOf = (lang: string) => (lang === "en" ? charts : join(charts, lang));

  it.each(editions)("%s: each card at its size, with no ink in a band along its edges, and its alt text beside it", async (lang) => {
    for (const { id, format, file } of cardFiles(datasets.get(lang)!)) {
      const { width, height, rgba } = decodePng(await readFile(join(folderOf(lang), file)));
      expect([width, height], file).toEqual([format.pixels.width, format.pixels.height]);
      const band = 8;
      const inked: string[] = [];
      for (let py = 0; py < height; py++) {
        for (let px = 0; px < width; px++) {
          if (px >= band && px < width - band && py >= band && py < height - band) continue;
          const i = (py * width + px) * 4;
          if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 3 * 200) inked.push(`${px},${py}`);
        }
      }
      expect(inked.slice(0, 5), `${lang}/${file}: ink at the edge`).toEqual([]);
      const alt = await readFile(join(folderOf(lang), file.replace(/\.png$/, ".alt.txt")), "utf8");
      const headline = (await readFile(join(folderOf(lang), `${id}.html`), "utf8")).match(/<figure[^]*?<title[^>]*>([^<]*)<\/title>/)![1]!;
      // The alt text says the headline the card shows first (the SVG's title adds the dek after it).
      expect(headline.startsWith(alt.split(/(?<=[.。])\s?/)[0]!.replace(/[.。]$/, "")), `${lang}/${file}: ${alt}`).toBe(true);
      expect(alt.length).toBeGreaterThan(100);
    }
  });

  it.each(editions)("%s: each snippet offers the og:image lines of its landscape card at the published address, and the portrait one", async (lang) => {
    const base = lang === "en" ? story.baseUrl : `${story.baseUrl}${lang}/`;
    for (const id of chartIds) {
      const snippet = await readFile(join(folderOf(lang), `${id}.html`), "utf8");
      const comment = /^<!--([^]*?)-->\n<figure/.exec(snippet)?.[1];
      expect(comment, "a comment before the figure").toBeDefined();
      const meta = new window.DOMParser().parseFromString(`<html><head>${comment}</head></html>`, "text/html");
      const content = (selector: string) => meta.querySelector(selector)?.getAttribute("content");
      expect(content('meta[property="og:image"]')).toBe(`${base}${id}.card-1200x675.png`);
      expect(content('meta[property="og:image:width"]')).toBe("1200");
      expect(content('meta[property="og:image:height"]')).toBe("675");
      expect(`${content('meta[property="og:image:alt"]')}\n`).toBe(await readFile(join(folderOf(lang), `${id}.card-1200x675.alt.txt`), "utf8"));
      expect(content('meta[name="twitter:card"]')).toBe("summary_large_image");
      expect(comment).toContain(`${base}${id}.card-1080x1350.png (1080 × 1350)`);
    }
  });

  it("ar and zh cards are the bytes drawn here from the data (the worker draws as this thread does)", async () => {
    const dataset = await readDataset(data);
    const figures = headlineFigures(dataset);
    const languages = (["ar", "zh"] as const).map((lang) => languageOf(lang)!);
    const checked = await readTranslations(data, languages, dataset, figures, {});
    for (const language of languages) {
      const local = translateDataset(dataset, language, checked.files.get(language.lang)!);
      for (const { id, format, file } of cardFiles(local).filter(({ format }) => format.side)) {
        const png = await svgToPng(cardSvg(local, id, format), { lang: language.lang as Lang });
        expect(png.equals(await readFile(join(charts, language.lang, file))), `${language.lang}/${file}`).toBe(true);
      }
    }
  });
});
