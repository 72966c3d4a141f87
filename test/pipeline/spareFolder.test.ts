/**
 * Watch mode's spare staging folder (src/pipeline/spareFolder.ts): a swap through it must write exactly
 * the set a swap without it writes, never write through its links into the live set, and take a kept
 * file as the output folder holds it at the swap, not as it was when the spare was made.
 */
import { execFileSync } from "node:child_process";
import { linkSync, readFileSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { prepareSpare } from "../../src/pipeline/spareFolder.js";
import { writeCharts } from "../../src/pipeline/writeCharts.js";
import { writtenOutputs } from "../../src/freshness/writtenOutputs.js";
import { keepingRewriter } from "../../src/freshness/watchRewrite.js";
import { languageOf } from "../../src/editions/languages.js";
import { fixtureWith } from "../support/fixtures.js";

type Files = Map<string, string | Buffer>;

// What each swap found in place in its spare (undefined: the spare was not used): a spare never used
// would make every other check here pass as well.
const ready = vi.hoisted(() => ({ inPlace: [] as (number | undefined)[] }));
vi.mock("../../src/pipeline/spareFolder.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/pipeline/spareFolder.js")>();
  return {
    ...original,
    readySpare: (...args: Parameters<typeof original.readySpare>) => {
      const inPlace = original.readySpare(...args);
      ready.inPlace.push(inPlace?.size);
      return inPlace;
    },
  };
});

/** Every file under a folder with its bytes, by relative name, edition folders included. */
function contents(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name), "latin1");
  }
  return found;
}

/** A set written and remembered as watch mode does, with a spare made from it; `out` relative to here if asked (--out charts). */
async function swappedIn(files: Files, { relativeOut = false } = {}) {
  const parent = await mkdtemp(join(tmpdir(), "spare-"));
  ready.inPlace = [];
  const out = relativeOut ? relative(process.cwd(), join(parent, "charts")) : join(parent, "charts");
  await writeCharts(out, files);
  const written = writtenOutputs();
  written.remember(out, files);
  const spare = prepareSpare(out, written)!;
  return { parent, out, written, spare };
}

const first: Files = new Map<string, string | Buffer>([
  ["a.svg", "<svg>a</svg>"],
  ["a.png", Buffer.from("png a")],
  ["changes.svg", "<svg>old</svg>"],
  ["dropped.svg", "<svg>dropped</svg>"],
  ["fr/a.svg", "<svg>fr a</svg>"],
  ["ru/a.svg", "<svg>ru a</svg>"],
  [".manifest.json", "{}"],
]);
const second: Files = new Map<string, string | Buffer>([
  ["a.svg", "<svg>a</svg>"],
  ["a.png", Buffer.from("png a")],
  ["changes.svg", "<svg>new</svg>"],
  ["new.svg", "<svg>new</svg>"],
  ["fr/a.svg", "<svg>fr a</svg>"],
  ["zh/a.svg", "<svg>zh a</svg>"],
  [".manifest.json", '{"next":1}'],
]);
const kept = new Set(["a.svg", "a.png", "fr/a.svg"]);

describe("the spare staging folder", () => {
  it.each([false, true])("holds links to the set as written, its files still taken from memory by their new stats (out relative: %s)", async (relativeOut) => {
    const { out, written, spare } = await swappedIn(first, { relativeOut });
    expect([...spare.linked.keys()].sort()).toEqual([...first.keys()].sort());
    expect(statSync(join(spare.path, "fr/a.svg")).ino).toBe(statSync(join(out, "fr/a.svg")).ino);
    // A new link moves the file's change time: without the stats taken again every file would be read anew.
    for (const name of first.keys()) expect(written.unchanged(join(out, name))).toBe(first.get(name));
  });

  it("leaves out a file edited by hand since it was written", async () => {
    const parent = await mkdtemp(join(tmpdir(), "spare-edited-"));
    const out = join(parent, "charts");
    await writeCharts(out, first);
    const written = writtenOutputs();
    written.remember(out, first);
    await new Promise((resolve) => setTimeout(resolve, 20)); // past a tick of the clock file times come from
    await writeFile(join(out, "a.svg"), "<svg>by hand</svg>");
    const spare = prepareSpare(out, written)!;
    expect(spare.linked.has("a.svg")).toBe(false);
    expect(written.unchanged(join(out, "a.svg"))).toBeUndefined();
  });

  it("makes the same set as a swap without it, and never writes into the live set through its links", async () => {
    const { parent, out, spare } = await swappedIn(first);
    // The live set's files, held by links of the test's own, to see they are not written to.
    const held = join(parent, "held");
    execFileSync("mkdir", [held]);
    for (const name of ["changes.svg", "dropped.svg", ".manifest.json"]) linkSync(join(out, name), join(held, name.replace("/", "-")));
    await writeCharts(out, second, { linkKept: kept, spare });
    expect(ready.inPlace).toEqual([kept.size]);

    const reference = join(await mkdtemp(join(tmpdir(), "spare-reference-")), "charts");
    await writeCharts(reference, first);
    await writeCharts(reference, second, { linkKept: kept });
    expect(contents(out)).toEqual(contents(reference));
    expect(await readdir(out)).not.toContain("ru");
    expect(await readFile(join(held, "changes.svg"), "utf8")).toBe("<svg>old</svg>");
    expect(await readFile(join(held, ".manifest.json"), "utf8")).toBe("{}");
    expect((await readdir(parent)).sort()).toEqual(["charts", "held"]); // the spare became the set; the old set is gone
  });

  it("takes a kept file replaced by hand after the spare was made as the output folder holds it", async () => {
    const { out, spare } = await swappedIn(first);
    // Same bytes, another file (an editor's save-by-rename): the one in charts/ is the one to link.
    await writeFile(join(out, "a.svg.new"), "<svg>a</svg>");
    execFileSync("mv", [join(out, "a.svg.new"), join(out, "a.svg")]);
    const replaced = statSync(join(out, "a.svg")).ino;
    expect(spare.linked.get("a.svg")).not.toBe(BigInt(replaced));
    await writeCharts(out, second, { linkKept: kept, spare });
    expect(ready.inPlace).toEqual([kept.size - 1]); // a.svg linked again, from charts/
    expect(statSync(join(out, "a.svg")).ino).toBe(replaced);
    expect(statSync(join(out, "a.png")).ino).toBe(Number(spare.linked.get("a.png"))); // kept through the spare
  });

  it("is not used once changed by hand: the swap makes its own folder, and the spare is removed", async () => {
    const { parent, out, spare } = await swappedIn(first);
    await writeFile(join(spare.path, "fr", "stray.txt"), "left by hand");
    await rm(join(spare.path, "a.png"));
    await writeCharts(out, second, { linkKept: kept, spare });
    expect(ready.inPlace).toEqual([undefined]);
    const reference = join(await mkdtemp(join(tmpdir(), "spare-reference-")), "charts");
    await writeCharts(reference, first);
    await writeCharts(reference, second, { linkKept: kept });
    expect(contents(out)).toEqual(contents(reference));
    expect(await readdir(parent)).toEqual(["charts"]);
  });

  it("is made by watch mode after each swap, for an output folder given relative to here too, and removed when it closes", async () => {
    const data = await fixtureWith("story.json", (text) => text);
    const parent = await mkdtemp(join(tmpdir(), "spare-watch-"));
    const out = relative(process.cwd(), join(parent, "charts")); // as --out charts gives it
    const rewrite = keepingRewriter(data, out, [languageOf("fr")!]);
    await (await rewrite()).complete;
    const beside = async () => (await readdir(parent)).filter((name) => name !== "charts");
    expect(await beside()).toEqual([expect.stringMatching(new RegExp(`^\\.charts-new-${process.pid}-[0-9a-f]{8}$`))]);
    const story = join(data, "story.json");
    await writeFile(story, (await readFile(story, "utf8")).replace("Where the deadly incidents", "Where the incidents"));
    ready.inPlace = [];
    const { build, complete } = await rewrite();
    await complete;
    // Both swaps of the save found most of the set in place (all but the map's SVGs, PNGs and pages).
    expect(ready.inPlace).toHaveLength(2);
    for (const inPlace of ready.inPlace) expect(inPlace).toBeGreaterThan(build.keys.size - 10);
    expect(build.redrawn.filter((file) => file.endsWith(".svg")).sort()).toEqual(["incident-map-320px.svg", "incident-map.svg"]);
    expect(await readFile(join(out, "incident-map.svg"), "utf8")).toContain("Where the incidents");
    expect(await beside()).toHaveLength(1);
    await rewrite.close();
    expect(await beside()).toEqual([]);
  }, 60_000);
});
