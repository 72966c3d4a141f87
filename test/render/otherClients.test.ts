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
import { run, runWithTools } from "../support/tools.js";

const files = [...(await renderCharts(await readFixture()))];
const scratch = mkdtempSync(join(tmpdir(), "charts-clients-"));
const window = new JSDOM("").window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

const resvgPixels = (svg: string) => new Resvg(svg, { font: { fontFiles: fontPaths(), loadSystemFonts: false } }).render();
const parse = (svg: string) => new window.DOMParser().parseFromString(svg, "image/svg+xml");

/** RGBA pixels of a PNG, with its size. */
function pixelsOf(png: Buffer): { width: number; height: number; data: Buffer } {
  const { width, height, rgba } = decodePng(png);
  return { width, height, data: rgba };
}

function rsvg(svg: string): Buffer {
  return run("rsvg-convert", ["--format", "png"], svg);
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

/** The SVG without one of its incident labels (the text drawn over a halo copy). */
function withoutLabel(svg: string, index: number): { svg: string; text: string } {
  const document = parse(svg);
  // ImageMagick cannot use the embedded font anyway, and reading it costs time.
  for (const style of document.querySelectorAll("style")) style.textContent = (style.textContent ?? "").replace(/@font-face\{[^}]*\}/g, "");
  const labels = [...document.querySelectorAll("g[class*='-halo'] + g text")];
  const label = labels[index]!;
  label.remove();
  return { svg: document.documentElement.outerHTML, text: label.textContent ?? "" };
}

const labelCount = (svg: string) => parse(svg).querySelectorAll("g[class*='-halo'] + g text").length;

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
      const joined = [...text.querySelectorAll("tspan")].map((t) => t.textContent).join(" ");
      expect(text.textContent, "textContent").toBe(joined);
      expect(extracted, "sanitize-html").toContain(sanitizeHtml(joined));
    }
  });
});

describe.skipIf(!runWithTools("rsvg-convert", "convert"))("other renderers", () => {
  it.each(files)("%s: librsvg draws no text past the chart's side margins", (_, svg) => {
    const { width, height, data } = pixelsOf(rsvg(svg));
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

  // Drawing a label must change what is on the image: a label hidden under its halo changes nothing.
  it.each(files)("%s: librsvg keeps every incident label visible", (_, svg) => {
    const labels = labelCount(svg);
    const full = pixelsOf(rsvg(svg)).data;
    for (let i = 0; i < labels; i++) {
      const { svg: less, text } = withoutLabel(svg, i);
      expect(differingPixels(full, pixelsOf(rsvg(less)).data), `librsvg: "${text}"`).toBeGreaterThan(20);
    }
  });

  // ImageMagick is slow (seconds a chart), so the labels are taken away all at once: each must have drawn
  // a label's worth of ink.
  it.each(files.filter(([name]) => name.startsWith("cumulative-deaths")))("%s: ImageMagick keeps every incident label visible", (name, svg) => {
    const labels = labelCount(svg);
    expect(labels).toBeGreaterThan(1);
    let less = svg;
    for (let i = labels - 1; i >= 0; i--) less = withoutLabel(less, i).svg;
    const changed = differingPixels(pixelsOf(imagemagick(svg, name)).data, pixelsOf(imagemagick(less, `less-${name}`)).data);
    expect(changed).toBeGreaterThan(labels * 20);
  }, 120_000);
});
