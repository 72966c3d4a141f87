import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCharts } from "../../src/output/writeCharts.js";
import { keepingRewriter } from "../../src/build/watchRewrite.js";
import { writtenOutputs } from "../../src/freshness/writtenOutputs.js";
import { languageOf } from "../../src/editions/languages.js";
import { fixtureWith } from "../support/fixtures.js";

/** Other bytes of the same length, with the modification time put back to the nanosecond (`touch -r`). */
function editKeepingSizeAndTime(path: string, from: string, to: string): void {
  execFileSync("cp", ["-p", path, `${path}.times`]);
  const text = readFileSync(path, "utf8");
  expect(to.length).toBe(from.length);
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  execFileSync("touch", ["-r", `${path}.times`, path]);
  rmSync(`${path}.times`);
}

describe("what watch mode last wrote", () => {
  it("is taken from memory while the file is the one swapped in, and read again once it was written to, deleted or replaced", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "charts-written-")), "charts");
    const files = new Map<string, string | Buffer>([
      ["a.svg", "<svg>a</svg>"],
      ["b.png", Buffer.from("png b")],
      ["c.svg", "<svg>c</svg>"],
    ]);
    await writeCharts(out, files);
    const written = writtenOutputs();
    written.remember(out, files);
    expect(written.unchanged(join(out, "a.svg"))).toBe("<svg>a</svg>");
    expect(written.unchanged(join(out, "b.png"))).toBe(files.get("b.png"));

    await new Promise((resolve) => setTimeout(resolve, 20)); // past a tick of the clock file times come from
    editKeepingSizeAndTime(join(out, "a.svg"), "a", "x");
    await rm(join(out, "b.png"));
    await writeFile(join(out, "c.svg.new"), "<svg>c</svg>");
    execFileSync("mv", [join(out, "c.svg.new"), join(out, "c.svg")]);
    expect(written.unchanged(join(out, "a.svg"))).toBeUndefined();
    expect(written.unchanged(join(out, "b.png"))).toBeUndefined();
    expect(written.unchanged(join(out, "c.svg"))).toBeUndefined();
    expect(written.unchanged(join(out, "never.svg"))).toBeUndefined();
  });

  it("names the files whose content is what was written there and still is, for the swap to link", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "charts-written-same-")), "charts");
    const page = "<p>an edition's page</p>";
    const files = new Map<string, string | Buffer>([
      ["index.html", page],
      ["fr/index.html", "<p>French</p>"],
      ["a.png", Buffer.from("png a")],
      ["b.svg", "<svg>b</svg>"],
    ]);
    await writeCharts(out, files);
    const written = writtenOutputs();
    written.remember(out, files);
    await new Promise((resolve) => setTimeout(resolve, 20));
    editKeepingSizeAndTime(join(out, "fr/index.html"), "French", "Frinch");
    const next = new Map<string, string | Buffer>([
      ["index.html", `<p>an edition's ${"page"}</p>`], // equal text, another string
      ["fr/index.html", "<p>French</p>"], // as written, but edited by hand since
      ["a.png", Buffer.from("png a")], // equal bytes, another buffer
      ["b.svg", "<svg>B</svg>"], // new content
      ["c.svg", "<svg>c</svg>"], // never written
    ]);
    expect(written.sameAsWritten(out, next).sort()).toEqual(["a.png", "index.html"]);
    // The outputs a save kept were checked already: not looked at again.
    expect(written.sameAsWritten(out, next, new Set(["index.html", "b.svg"]))).toEqual(["a.png"]);
  });

  it("does not hide an output edited by hand between saves: the next rewrite draws it again", async () => {
    const data = await fixtureWith("story.json", (text) => text);
    const out = join(await mkdtemp(join(tmpdir(), "charts-written-watch-")), "charts");
    const rewrite = keepingRewriter(data, out, [languageOf("fr")!]);
    await (await rewrite()).complete;
    const svg = join(out, "fr", "casualties-by-category.svg");
    const drawn = await readFile(svg, "utf8");
    const englishSnippet = join(out, "cumulative-deaths.html");
    const snippetFile = (await stat(englishSnippet)).ino;

    await new Promise((resolve) => setTimeout(resolve, 20));
    editKeepingSizeAndTime(svg, "<svg ", "<svg\t");
    const french = join(data, "translations", "fr.json");
    const text = await readFile(french, "utf8");
    const headline = /"chart\.incident-map\.headline": \{\s*"en": "[^"]*",\s*"translation": "([^"]+)"/.exec(text)![1]!;
    await writeFile(french, text.replace(`"translation": "${headline}"`, `"translation": "${headline} (b)"`));
    const { build, complete } = await rewrite();
    await complete;
    expect(build.redrawn).toContain("fr/casualties-by-category.svg");
    expect(await readFile(svg, "utf8")).toBe(drawn);
    // A page the French save did not change is linked into the new set, not written again.
    expect((await stat(englishSnippet)).ino).toBe(snippetFile);
  }, 180_000);
});
