/**
 * Each chart through the clients it meets outside a browser: a CMS sanitizer's round trip (DOMPurify,
 * defaults) saved back as a file, text extraction (sanitize-html, defaults), and the renderers behind
 * CMS and wiki thumbnailers (librsvg's rsvg-convert, ImageMagick's own MSVG), which ignore @font-face
 * and draw a fallback font. Needs xmllint, rsvg-convert and convert (.ci/run installs them).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";
import sanitizeHtml from "sanitize-html";
import { describe, expect, it } from "vitest";
import { renderCharts } from "../../src/build/renderCharts.js";
import { fontPaths } from "../../src/text/fontFiles.js";
import { decodePng } from "../support/decodePng.js";
import { readFixture } from "../support/fixtures.js";
import { translated } from "../support/editions.js";
import { svgTextBoxes } from "../support/textBoxes.js";
import { renderedWidthRoom } from "../../src/style/houseStyle.js";
import { run, runWithTools } from "../support/tools.js";
import { svgDocument } from "../support/svgDocument.js";

const fixture = await readFixture();
const files = [...(await renderCharts(fixture))];
// librsvg draws every edition in fallback fonts of its own (the Arabic and Chinese too): each is checked.
const editions = ["en", "fr", "ru", "ar", "zh"] as const;
const editionFiles = (
  await Promise.all(editions.map(async (lang) => [...(await renderCharts(lang === "en" ? fixture : await translated(fixture, lang)))].map(([name, svg]) => [`${lang}/${name}`, svg, lang] as const)))
).flat();
const scratch = mkdtempSync(join(tmpdir(), "charts-clients-"));
const window = new JSDOM("").window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

const resvgPixels = (svg: string) => new Resvg(svg, { font: { fontFiles: fontPaths(), loadSystemFonts: false } }).render();
const parse = svgDocument;

/** RGBA pixels of a PNG, with its size. */
function pixelsOf(png: Buffer): { width: number; height: number; data: Buffer } {
  const { width, height, rgba } = decodePng(png);
  return { width, height, data: rgba };
}

// librsvg reads no @font-face (the pixels are the same without it); leaving the embedded fonts out saves parsing them.
function rsvg(svg: string): Buffer {
  return run("rsvg-convert", ["--format", "png"], svg.replace(/@font-face\{[^}]*\}/g, ""));
}

function imagemagick(svg: string, name: string): Buffer {
  const path = join(scratch, name);
  writeFileSync(path, svg.replace(/@font-face\{[^}]*\}/g, ""));
  return run("convert", [`msvg:${path}`, "png:-"]);
}

function differingPixels(a: Buffer, b: Buffer): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 60) count++;
  return count;
}

/** The SVG without one of its incident labels (the text drawn over a halo copy), or (`index` undefined) without any. */
function withoutLabel(svg: string, index?: number): { svg: string; text: string } {
  const document = parse(svg);
  // ImageMagick cannot use the embedded font anyway, and reading it costs time.
  for (const style of document.querySelectorAll("style")) style.textContent = (style.textContent ?? "").replace(/@font-face\{[^}]*\}/g, "");
  const labels = [...document.querySelectorAll("g[class*='-halo'] + g text")];
  const removed = index === undefined ? labels : [labels[index]!];
  for (const label of removed) label.remove();
  return { svg: document.documentElement.outerHTML, text: removed.map((label) => label.textContent ?? "").join(" ") };
}

const labelCount = (svg: string) => parse(svg).querySelectorAll("g[class*='-halo'] + g text").length;

const inherited = (element: Element, name: string): string | null => {
  for (let node: Element | null = element; node; node = node.parentElement) if (node.getAttribute(name) !== null) return node.getAttribute(name);
  return null;
};

/**
 * The room each incident label was placed in: its lines measured in the chart's font, widened from its
 * anchor by the room a renderer without that font needs (style/houseStyle.ts, renderedWidthRoom).
 */
function labelRooms(svg: string, lang: string): { size: number; left: number; right: number; top: number; bottom: number }[] {
  const document = parse(svg);
  const texts = [...document.getElementsByTagName("text")];
  const script = lang === "ar" || lang === "zh" ? lang : undefined;
  const { boxes } = svgTextBoxes(svg, script);
  return [...document.querySelectorAll("g[class*='-halo'] + g text")].map((label) => {
    const index = (texts as Element[]).indexOf(label);
    const anchor = inherited(label, "text-anchor") ?? "start";
    const weight = Number(inherited(label, "font-weight") ?? 400);
    const room = renderedWidthRoom[script ?? "latin"][weight >= 700 ? "bold" : weight >= 600 ? "semibold" : "regular"];
    const lines = boxes.filter((box) => box.element === index).map((box) => {
      const wide = (box.right - box.left) * room;
      const left = anchor === "end" ? box.right - wide : anchor === "middle" ? (box.left + box.right - wide) / 2 : box.left;
      return { left, right: left + wide, top: box.top, bottom: box.bottom };
    });
    const size = Number(inherited(label, "font-size") ?? 16);
    return { size, left: Math.min(...lines.map((l) => l.left)), right: Math.max(...lines.map((l) => l.right)), top: Math.min(...lines.map((l) => l.top)), bottom: Math.max(...lines.map((l) => l.bottom)) };
  });
}

describe("through a CMS sanitizer (DOMPurify, defaults)", () => {
  it.each(files)("%s: the round trip saved as a file is well-formed XML and renders the same pixels", (name, svg) => {
    const cleaned = purify.sanitize(svg);
    expect(cleaned).not.toContain("&nbsp;");
    const path = join(scratch, `purified-${name}`);
    writeFileSync(path, cleaned);
    if (runWithTools("xmllint")) run("xmllint", ["--noout", path]);
    const before = resvgPixels(svg);
    const after = resvgPixels(cleaned);
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    expect(Buffer.compare(Buffer.from(after.pixels), Buffer.from(before.pixels)), "pixels differ").toBe(0);
  });
});

describe("text extracted from the SVG", () => {
  it.each(files)("%s: words at line ends stay apart (sanitize-html, defaults; textContent)", (_, svg) => {
    const extracted = sanitizeHtml(svg);
    const document = parse(svg);
    const texts = [...document.querySelectorAll("text")].filter((t) => t.querySelectorAll("tspan").length > 1);
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) {
      // The space between two lines is between their tspans, or opens the next one (end-anchored lines,
      // render/serialize.ts): either way the words stay apart.
      const joined = [...text.querySelectorAll("tspan")].map((t) => t.textContent!.trim()).join(" ");
      expect(text.textContent!.trim(), "textContent").toBe(joined);
      expect(extracted, "sanitize-html").toContain(sanitizeHtml(joined));
    }
  });
});

// librsvg's drawing of each chart, shared by the two tests that read it (a render is most of their cost).
const drawnByLibrsvg = new Map<string, ReturnType<typeof pixelsOf>>();
const librsvgPixels = (svg: string) => drawnByLibrsvg.get(svg) ?? drawnByLibrsvg.set(svg, pixelsOf(rsvg(svg))).get(svg)!;

describe.skipIf(!runWithTools("rsvg-convert", "convert"))("other renderers", () => {
  it.each(editionFiles)("%s: librsvg draws no text past the chart's side margins", (_, svg) => {
    const { width, height, data } = librsvgPixels(svg);
    const margin = width > 480 ? 16 : 10;
    const inked: string[] = [];
    for (let y = 0; y < height; y++) {
      for (const x of [margin / 2, width - margin / 2]) {
        const i = (y * width + Math.round(x)) * 4;
        if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 200) inked.push(`${Math.round(x)},${y}`);
      }
    }
    expect(inked, "ink in the side margins").toEqual([]);
  });

  // Drawing a label must change what is on the image (a label hidden under its halo changes nothing), and
  // only inside the room it was placed in: wider, it would run into a mark or a label beside it, or off the
  // chart (the Arabic tally label cut to "1…"). The labels are taken away all at once (two renders a chart,
  // not one a label): what they drew is each pixel that differs, and each must lie in some label's room
  // (its width as drawn times houseStyle.ts's renderedWidthRoom, from its anchor), and every room hold a
  // label's worth of ink. Where no roomier spot was as near, a label kept the box it needs as drawn and its
  // room here may reach into a neighbour's: there ink in the shared part is not told apart. The bars'
  // labels are not over halos, and run the frame's width (the margins above).
  it.each(editionFiles.filter(([, svg]) => labelCount(svg) > 0))("%s: librsvg draws every incident label, inside the room it was placed in", (_, svg, lang) => {
    const rooms = labelRooms(svg, lang);
    const texts = [...parse(svg).querySelectorAll("g[class*='-halo'] + g text")].map((text) => text.textContent ?? "");
    const less = withoutLabel(svg).svg;
    const { width, data: full } = librsvgPixels(svg);
    const without = pixelsOf(rsvg(less)).data;
    // Across, where a wider font overflows; up and down, a margin for marks above and below the letters (Arabic's reach higher than Latin's).
    const near = (room: (typeof rooms)[number], x: number, y: number) =>
      x >= room.left - 1.5 && x + 1 <= room.right + 1.5 && y >= room.top - room.size * 0.4 && y + 1 <= room.bottom + room.size * 0.4;
    const inked = new Array<number>(rooms.length).fill(0);
    const stray: string[] = [];
    for (let i = 0; i < full.length; i += 4) {
      if (Math.abs(full[i]! - without[i]!) + Math.abs(full[i + 1]! - without[i + 1]!) + Math.abs(full[i + 2]! - without[i + 2]!) <= 60) continue;
      const [x, y] = [(i / 4) % width, Math.floor(i / 4 / width)];
      const owner = rooms.findIndex((room) => near(room, x, y));
      if (owner < 0) stray.push(`${x},${y}`);
      else inked[owner]!++;
    }
    expect(stray.slice(0, 5), "label ink outside every label's room").toEqual([]);
    inked.forEach((count, i) => expect(count, `librsvg: "${texts[i]}"`).toBeGreaterThan(20));
  });

  // ImageMagick is slow (seconds a chart), so the labels are taken away all at once: each must have drawn
  // a label's worth of ink.
  it.each(files.filter(([name]) => name.startsWith("cumulative-deaths")))("%s: ImageMagick keeps every incident label visible", (name, svg) => {
    const labels = labelCount(svg);
    expect(labels).toBeGreaterThan(1);
    const less = withoutLabel(svg).svg;
    const changed = differingPixels(pixelsOf(imagemagick(svg, name)).data, pixelsOf(imagemagick(less, `less-${name}`)).data);
    expect(changed).toBeGreaterThan(labels * 20);
  }, 120_000);
});
