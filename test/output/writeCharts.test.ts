import { readdirSync, readFileSync } from "node:fs";
import { lstat, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCharts } from "../../src/output/writeCharts.js";

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

  it("links the kept files it is told of from the old set, in edition folders too, and writes the rest (or a kept one it cannot link)", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "write-")), "charts");
    const png = Buffer.from("a PNG kept");
    await writeCharts(out, new Map<string, string | Buffer>([["a.png", png], ["fr/a.png", png], ["a.svg", "old"]]));
    const before = { english: (await stat(join(out, "a.png"))).ino, french: (await stat(join(out, "fr/a.png"))).ino };
    await writeCharts(out, new Map<string, string | Buffer>([["a.png", png], ["fr/a.png", png], ["a.svg", "new"], ["b.png", "drawn"]]), { linkKept: new Set(["a.png", "fr/a.png", "b.png"]) });
    expect((await stat(join(out, "a.png"))).ino).toBe(before.english);
    expect((await stat(join(out, "fr/a.png"))).ino).toBe(before.french);
    expect((await stat(join(out, "a.png"))).nlink).toBe(1); // the old set is gone
    expect(await readFile(join(out, "a.svg"), "utf8")).toBe("new");
    expect(await readFile(join(out, "b.png"), "utf8")).toBe("drawn"); // not in the old set: written
  });

  it("carries no symbolic link into the new set: a kept edition folder or file that is one is left out, a kept file that is one is written", async () => {
    const outside = await mkdtemp(join(tmpdir(), "write-outside-"));
    await mkdir(join(outside, "fr"));
    await writeFile(join(outside, "fr", "a.svg"), "someone else's");
    await writeFile(join(outside, "a.png"), "a PNG kept");
    const out = join(await mkdtemp(join(tmpdir(), "write-")), "charts");
    await writeCharts(out, new Map([["ru/a.svg", "russian"], ["zh/a.svg", "chinese"], ["a.svg", "english"]]));
    await symlink(join(outside, "fr"), join(out, "fr")); // a linked edition folder
    await symlink("/etc/passwd", join(out, "zh", "leak.txt")); // a link inside a kept one
    await symlink(join(outside, "a.png"), join(out, "a.png")); // a kept output that is a link, with the recorded bytes
    // A --lang ru build keeps English, French and Chinese; a rewrite links the kept a.png.
    await writeCharts(out, new Map<string, string | Buffer>([["ru/a.svg", "russian again"], ["a.png", Buffer.from("a PNG kept")]]), { keep: ["fr", "zh", "a.svg"], linkKept: new Set(["a.png"]) });
    expect((await readdir(out)).sort()).toEqual([".border-incident-charts", "a.png", "a.svg", "ru", "zh"]);
    expect(await readdir(join(out, "zh"))).toEqual(["a.svg"]);
    expect((await lstat(join(out, "a.png"))).isFile()).toBe(true);
    expect(await readFile(join(out, "a.png"), "utf8")).toBe("a PNG kept");
    expect(await readFile(join(outside, "fr", "a.svg"), "utf8")).toBe("someone else's"); // the link's target is not touched
  });

  it("says when the new set is in place, before the old one is removed, and resolves once it is gone", async () => {
    const parent = await mkdtemp(join(tmpdir(), "write-"));
    const out = join(parent, "charts");
    await writeCharts(out, new Map([["a.svg", "old"]]));
    let seen: { chart: string; beside: string[] } | undefined;
    await writeCharts(out, new Map([["a.svg", "new"]]), { onSwapped: () => (seen = { chart: readFileSync(join(out, "a.svg"), "utf8"), beside: readdirSync(parent) }) });
    expect(seen!.chart).toBe("new");
    expect(seen!.beside.length).toBe(2); // charts/ and the old set, not yet removed
    expect(await readdir(parent)).toEqual(["charts"]);
  });
});

describe("recoverCharts", () => {
  it("removes only what dead builds left (edition folders and all): not a running build's folder, not a folder with other subfolders, not a fresh old-style one", async () => {
    const { recoverCharts } = await import("../../src/output/writeCharts.js");
    const { utimes } = await import("node:fs/promises");
    const parent = await mkdtemp(join(tmpdir(), "recover-"));
    const out = join(parent, "charts");
    await writeCharts(out, new Map([["a.svg", "new"]]));
    const folder = async (name: string, files: string[] = ["a.svg"]) => {
      await mkdir(join(parent, name));
      for (const file of files) await writeFile(join(parent, name, file), "x");
      return join(parent, name);
    };
    await folder(".charts-new-999999-0123abcd"); // no such process: a killed build's
    await folder(`.charts-new-${process.ppid}-0123abcd`); // the test runner's parent is running
    const withSubfolder = await folder(".charts-new-999998-0123abcd");
    await mkdir(join(withSubfolder, "keep"));
    // A killed build of several editions: its staging set has a folder per edition.
    const withEditions = await folder(".charts-new-999997-0123abcd");
    await mkdir(join(withEditions, "fr"));
    await writeFile(join(withEditions, "fr", "a.svg"), "x");
    const oldStyle = await folder(".charts-new-AbC123");
    const freshOldStyle = await folder(".charts-new-XyZ789");
    const longAgo = new Date(Date.now() - 3_600_000);
    await utimes(oldStyle, longAgo, longAgo);
    await recoverCharts(out);
    expect((await readdir(parent)).sort()).toEqual([".charts-new-999998-0123abcd", ".charts-new-XyZ789", `.charts-new-${process.ppid}-0123abcd`, "charts"].sort());
    expect(freshOldStyle).toBeTruthy();
  });

  it("puts back the set an old-style build left aside when it was killed between its renames", async () => {
    const { recoverCharts } = await import("../../src/output/writeCharts.js");
    const { utimes } = await import("node:fs/promises");
    const parent = await mkdtemp(join(tmpdir(), "recover-"));
    const aside = join(parent, ".charts-new-AbC123-old");
    await mkdir(aside);
    await writeFile(join(aside, "a.svg"), "old set");
    const longAgo = new Date(Date.now() - 3_600_000);
    await utimes(aside, longAgo, longAgo);
    await recoverCharts(join(parent, "charts"));
    expect(await readdir(parent)).toEqual(["charts"]);
    expect(await readFile(join(parent, "charts", "a.svg"), "utf8")).toBe("old set");
  });
});
