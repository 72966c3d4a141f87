import { mkdtemp, readdir, readFile, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// Each run imports the modules afresh, as a new process would: their in-memory subset cache is empty,
// so a subset comes from disk or from subsetting.
async function embeddedFaces(): Promise<string[]> {
  vi.resetModules();
  const { chartDocument, svgElement } = await import("../../src/charts/dom.js");
  const { embedFont } = await import("../../src/render/embedFont.js");
  const document = chartDocument();
  const svg = svgElement(document, "svg") as SVGSVGElement;
  const heading = svgElement(document, "text", { "font-weight": 700 });
  heading.textContent = "Deaths since November";
  const label = svgElement(document, "text");
  label.textContent = "Chinese nationals 5";
  svg.append(heading, label);
  await embedFont(svg);
  return [...svg.outerHTML.matchAll(/@font-face\{[^}]*\}/g)].map((match) => match[0]);
}

async function cacheDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "subset-cache-"));
  vi.stubEnv("CHARTS_CACHE_DIR", dir);
  return dir;
}

const keptFiles = async (dir: string) => (await readdir(join(dir, "font-subsets"))).sort().map((name) => join(dir, "font-subsets", name));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("font subsets kept between runs", () => {
  it("are what subsetting makes: a run that finds them embeds the same bytes as one that makes them", async () => {
    vi.stubEnv("CHARTS_CACHE_DIR", "off");
    const made = await embeddedFaces();
    expect(made).toHaveLength(2);

    const dir = await cacheDir();
    expect(await embeddedFaces()).toEqual(made);
    const kept = await keptFiles(dir);
    expect(kept).toHaveLength(2);
    expect(await embeddedFaces()).toEqual(made);
    expect(await keptFiles(dir)).toEqual(kept);
  });

  it("are read from disk when there (so a swapped file shows), and a damaged one is made again", async () => {
    const dir = await cacheDir();
    const made = await embeddedFaces();
    const [first, second] = await keptFiles(dir);

    // Swap the two kept subsets: a run that reads them embeds them swapped.
    const [firstBytes, secondBytes] = [await readFile(first!), await readFile(second!)];
    await writeFile(first!, secondBytes);
    await writeFile(second!, firstBytes);
    const swapped = await embeddedFaces();
    expect(swapped).not.toEqual(made);
    expect(swapped.map((face) => face.replace(/font-family:"[^"]*";font-weight:\d+;/, "")).sort()).toEqual(made.map((face) => face.replace(/font-family:"[^"]*";font-weight:\d+;/, "")).sort());

    // Cut short (as by a full disk): not a WOFF2 any more, so made again and kept whole.
    await writeFile(first!, firstBytes);
    await truncate(second!, 100);
    expect(await embeddedFaces()).toEqual(made);
    expect(await readFile(second!)).toEqual(secondBytes);
  });

  it("are neither read nor written with CHARTS_CACHE_DIR=off", async () => {
    const dir = await cacheDir();
    const made = await embeddedFaces();
    const [first] = await keptFiles(dir);
    await truncate(first!, 100);
    vi.stubEnv("CHARTS_CACHE_DIR", "off");
    expect(await embeddedFaces()).toEqual(made);
    expect((await readFile(first!)).length).toBe(100);
  });

  it("are told apart by font, characters and options", async () => {
    const { subsetKey } = await import("../../src/render/subsetStore.js");
    const font = Buffer.from("font bytes");
    const options = { targetFormat: "woff2", noHinting: true };
    const key = subsetKey(font, "abc", options);
    expect(subsetKey(Buffer.from("font bytes"), "abc", { targetFormat: "woff2", noHinting: true })).toBe(key);
    expect(subsetKey(Buffer.from("other font"), "abc", options)).not.toBe(key);
    expect(subsetKey(font, "abcd", options)).not.toBe(key);
    expect(subsetKey(font, "abc", { ...options, noHinting: false })).not.toBe(key);
  });
});
