import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCharts } from "../../src/build/writeCharts.js";

describe("writeCharts", () => {
  it("creates the output folder and writes every file", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "write-")), "charts");
    expect(await writeCharts(out, new Map([["a.svg", "<svg/>"], ["b.svg", "<svg></svg>"]]))).toEqual([join(out, "a.svg"), join(out, "b.svg")]);
    expect(await readFile(join(out, "b.svg"), "utf8")).toBe("<svg></svg>");
  });

  it("replaces the old set as a whole: no stale files, no staging folders left behind", async () => {
    const parent = await mkdtemp(join(tmpdir(), "write-"));
    const out = join(parent, "charts");
    await mkdir(out);
    await writeFile(join(out, "old-width-480px.svg"), "stale");
    await writeFile(join(out, "a.svg"), "old");
    await writeCharts(out, new Map([["a.svg", "new"]]));
    expect((await readdir(out)).sort()).toEqual([".border-incident-charts", "a.svg"]);
    expect(await readFile(join(out, "a.svg"), "utf8")).toBe("new");
    expect(await readdir(parent)).toEqual(["charts"]);
  });
});
