import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCharts } from "../../src/build/buildCharts.js";
import { writeCharts } from "../../src/output/writeCharts.js";
import { checkBuildRecord, withBuildRecord } from "../../src/freshness/buildRecord.js";
import { redrawPngsOnly } from "../../src/freshness/redrawPngs.js";
import { fixtureDir } from "../support/fixtures.js";

const inputs = { data: "d1", code: "c1", fonts: "f1", lockfile: "l1", options: "o1" };
let built: string;

beforeAll(async () => {
  built = join(await mkdtemp(join(tmpdir(), "charts-redraw-")), "charts");
  await writeCharts(built, withBuildRecord((await buildCharts(fixtureDir)).files, inputs, "the report"));
}, 120_000);

/** A copy of the built folder, changed by hand, and what redrawPngsOnly makes of it. */
async function repair(change: (dir: string) => Promise<void>, current = inputs) {
  const dir = join(await mkdtemp(join(tmpdir(), "charts-redraw-")), "charts");
  await cp(built, dir, { recursive: true });
  await change(dir);
  return redrawPngsOnly(dir, await checkBuildRecord<string>(dir, current));
}

describe("redrawing only stale PNGs", () => {
  it("gives back the whole folder with the deleted or edited PNGs drawn again, exactly as built", async () => {
    const repaired = await repair(async (dir) => {
      await rm(join(dir, "cumulative-deaths.png"));
      await writeFile(join(dir, "casualties-by-category.dark.png"), "");
    });
    expect(repaired?.redrawn.sort()).toEqual(["casualties-by-category.dark.png", "cumulative-deaths.png"]);
    expect(repaired?.report).toBe("the report");
    for (const [name, content] of repaired!.files) expect((await readFile(join(built, name))).equals(Buffer.from(content)), name).toBe(true);
  });

  it("declines when anything but PNGs is stale: an input, an SVG (even with its PNG), another output, a stray file", async () => {
    expect(await repair(async (dir) => rm(join(dir, "cumulative-deaths.png")), { ...inputs, data: "d2" })).toBeUndefined();
    expect(
      await repair(async (dir) => {
        await writeFile(join(dir, "cumulative-deaths.svg"), "<svg/>");
        await rm(join(dir, "cumulative-deaths.png"));
      })
    ).toBeUndefined();
    expect(await repair(async (dir) => writeFile(join(dir, "cumulative-deaths.csv"), "a,b\n"))).toBeUndefined();
    expect(await repair(async (dir) => writeFile(join(dir, "extra.png"), ""))).toBeUndefined();
    expect(await repair(async () => {})).toBeUndefined(); // fresh: nothing to repair
  });

  it("declines when a PNG drawn again does not come out as the record says", async () => {
    const repaired = await repair(async (dir) => {
      const record = join(dir, ".manifest.json");
      await writeFile(record, (await readFile(record, "utf8")).replace(/("cumulative-deaths\.png": \{\s*"digest": ")[0-9a-f]/, "$1x"));
    });
    expect(repaired).toBeUndefined();
  });
});
