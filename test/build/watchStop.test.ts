/**
 * Ctrl-C in watch mode just after a save: the save's PNGs and review pages, which follow its SVGs by a
 * moment, are written before the process ends, so charts/ is not left with files pending, nor a staging
 * folder beside it.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBuildRecord } from "../../src/freshness/buildRecord.js";
import { fixtureWith, repoDir } from "../support/fixtures.js";

describe("watch mode stopped", () => {
  it("just after a save finishes that save's set, then exits 130", async () => {
    const data = await fixtureWith("story.json", (t) => t);
    const out = join(await mkdtemp(join(tmpdir(), "charts-watch-stop-")), "charts");
    const watch = spawn(process.execPath, ["scripts/run.mjs", "build-charts", "--data", data, "--out", out, "--lang", "en,fr", "--watch"], { cwd: repoDir });
    let output = "";
    watch.stdout.on("data", (chunk: Buffer) => (output += chunk));
    watch.stderr.on("data", (chunk: Buffer) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => watch.on("exit", (code) => resolve(code)));
    const rewrites = () => output.split("\n").filter((line) => line.startsWith("Charts rewritten")).length;
    const until = async (done: () => boolean | Promise<boolean>) => {
      while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await until(async () => rewrites() === 1 && (await readBuildRecord(out)) !== undefined && !JSON.stringify((await readBuildRecord(out))!.outputs).includes('"pending"'));
    const file = join(data, "translations", "fr.json");
    await writeFile(file, (await readFile(file, "utf8")).replace('"translation": "Morts, total cumulé"', '"translation": "Morts (total cumulé)"'));
    await until(() => rewrites() === 2);
    watch.kill("SIGINT"); // the moment the save's SVGs are in, its PNGs still being drawn
    expect(await exited).toBe(130);
    expect(output).toMatch(/\(12 PNGs and 1 review page follow\)/);
    const record = (await readBuildRecord(out))!;
    expect(Object.entries(record.outputs).filter(([, { digest }]) => digest === "pending")).toEqual([]);
    expect(await readdir(join(out, "fr"))).toEqual(expect.arrayContaining(["index.html", "cumulative-deaths.png", "cumulative-deaths-320px.dark.png"]));
    expect(await readFile(join(out, "fr", "index.html"), "utf8")).toContain("Morts (total cumulé)");
    // Nothing left beside charts/: no staging folder survives the stop.
    expect(await readdir(dirname(out))).toEqual(["charts"]);
  }, 120_000);
});
