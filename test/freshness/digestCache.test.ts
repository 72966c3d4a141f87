import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rename, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDigestCache } from "../../src/freshness/digestCache.js";
import { digestOf } from "../../src/input/sourceDigest.js";

let dir: string;
let cacheDir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "charts-digest-cache-"));
  cacheDir = join(dir, "cache");
  file = join(dir, "chart.svg");
  await writeFile(file, "<svg>one</svg>");
});

const later = () => BigInt(Date.now() + 60_000) * 1_000_000n;
const open = (now = later) => openDigestCache(join(dir, "charts"), { dir: cacheDir, now });
const cacheFiles = async () => (await readdir(cacheDir).catch(() => [])).filter((name) => name.endsWith(".json"));
const entries = async () => JSON.parse(await readFile(join(cacheDir, (await cacheFiles())[0]!), "utf8")).entries as Record<string, string>;

describe("the digest cache", () => {
  it("gives a file's SHA-256, and remembers it once the file has settled", async () => {
    const cache = open();
    expect(cache.digest(file)).toBe(digestOf(readFileSync(file)));
    cache.save();
    expect(Object.keys(await entries())).toEqual([file]);
  });

  it("trusts a remembered digest while the file's stat is unchanged: the file is not read again", async () => {
    const first = open();
    first.digest(file);
    first.save();
    // A planted digest for the same stat is what comes back, so the bytes were not hashed.
    const [name] = await cacheFiles();
    const planted = Object.fromEntries(Object.entries(await entries()).map(([path, line]) => [path, line.replace(/\S+$/, "a".repeat(64))]));
    await writeFile(join(cacheDir, name!), JSON.stringify({ format: 1, entries: planted }));
    expect(open().digest(file)).toBe("a".repeat(64));
  });

  it.each([
    ["rewritten with the same size and its modification time put back to the nanosecond", async () => {
      const before = await stat(file, { bigint: true });
      execFileSync("cp", ["-p", file, `${file}.times`]);
      await writeFile(file, "<svg>two</svg>");
      execFileSync("touch", ["-r", `${file}.times`, file]);
      expect((await stat(file, { bigint: true })).mtimeNs).toBe(before.mtimeNs);
    }],
    ["replaced by another file renamed over it", async () => {
      await writeFile(`${file}.new`, "<svg>two</svg>");
      await rename(`${file}.new`, file);
    }],
    ["grown", async () => writeFile(file, "<svg>two, longer</svg>")],
  ])("hashes again a file %s", async (_, change) => {
    const first = open();
    first.digest(file);
    first.save();
    await new Promise((resolve) => setTimeout(resolve, 20)); // past a tick of the clock file times come from
    await change();
    expect(open().digest(file)).toBe(digestOf(readFileSync(file)));
  });

  it("does not remember a file changed within a tick of the clock before it was hashed (it could change again within that tick)", async () => {
    const { mtimeNs } = await stat(file, { bigint: true });
    expect(mtimeNs % 1_000_000n).not.toBe(0n); // this file system keeps times below the millisecond
    const hashedAt = (afterWrite: bigint) => () => mtimeNs + afterWrite;
    for (const [afterWrite, remembered] of [[10_000_000n, false], [100_000_000n, true]] as const) {
      const cache = open(hashedAt(afterWrite));
      cache.digest(file);
      cache.save();
      expect((await cacheFiles()).length).toBe(remembered ? 1 : 0);
    }
  });

  it("waits two seconds for a file whose times are whole seconds (FAT, HFS+), which a whole second's writes share", async () => {
    const whole = Math.floor(Date.now() / 1000);
    await utimes(file, whole, whole);
    for (const [afterWrite, remembered] of [[1_000, false], [4_000, true]] as const) { // its ctime is now, within a second of `whole`
      const cache = open(() => BigInt(whole * 1000 + afterWrite) * 1_000_000n);
      cache.digest(file);
      cache.save();
      expect((await cacheFiles()).length).toBe(remembered ? 1 : 0);
    }
  });

  it("hashes everything when the cache is unreadable or of another format, and throws for a missing file", async () => {
    const first = open();
    first.digest(file);
    first.save();
    const [name] = await cacheFiles();
    for (const text of ["{ half", JSON.stringify({ format: 2, entries: { [file]: `x ${"a".repeat(64)}` } })]) {
      await writeFile(join(cacheDir, name!), text);
      expect(open().digest(file)).toBe(digestOf(readFileSync(file)));
    }
    expect(() => open().digest(join(dir, "gone.svg"))).toThrow(/ENOENT/);
  });

  it("keeps the caches of sixteen output folders, the one just written among them", async () => {
    for (let i = 0; i < 20; i++) {
      const cache = openDigestCache(join(dir, `charts-${i}`), { dir: cacheDir, now: later });
      cache.digest(file);
      cache.save();
    }
    const last = `${digestOf(join(dir, "charts-19")).slice(0, 16)}.json`;
    expect((await cacheFiles()).length).toBe(16);
    expect(await cacheFiles()).toContain(last);
  });

  describe("where it is kept", () => {
    afterEach(() => vi.unstubAllEnvs());

    it("under CHARTS_CACHE_DIR when set, as the font subsets are, and nowhere with CHARTS_CACHE_DIR=off", async () => {
      vi.stubEnv("CHARTS_CACHE_DIR", join(dir, "elsewhere"));
      const kept = openDigestCache(join(dir, "charts"), { now: later });
      kept.digest(file);
      kept.save();
      expect((await readdir(join(dir, "elsewhere", "digests"))).filter((name) => name.endsWith(".json"))).toHaveLength(1);

      vi.stubEnv("CHARTS_CACHE_DIR", "off");
      const off = openDigestCache(join(dir, "other-charts"), { now: later });
      expect(off.digest(file)).toBe(digestOf(readFileSync(file)));
      off.save();
      expect((await readdir(join(dir, "elsewhere", "digests"))).filter((name) => name.endsWith(".json"))).toHaveLength(1);
      expect((await readdir(dir)).sort()).toEqual(["chart.svg", "elsewhere"]);
    });
  });
});
