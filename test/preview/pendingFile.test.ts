/**
 * The preview server's review page, reloaded while watch mode's record marks it pending, arrives once the
 * set with it is swapped in; a file that is simply not there is "not found" at once.
 */
import { mkdtemp, rename, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildRecordFile } from "../../src/freshness/buildRecord.js";
import { readOrAwaitPending } from "../../src/preview/pendingFile.js";
import { startPreviewServer } from "../../src/preview/server.js";

const record = (outputs: Record<string, { digest: string; inputs: string[] }>) => JSON.stringify({ format: 1, inputs: {}, outputs, report: {} });

describe("a file watch mode is still drawing", () => {
  it("is served once it is written, not as missing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "charts-pending-"));
    await writeFile(join(dir, buildRecordFile), record({ "index.html": { digest: "pending", inputs: ["data"] } }));
    const { url, server } = await startPreviewServer(dir);
    try {
      const response = fetch(url);
      await new Promise((resolve) => setTimeout(resolve, 150));
      // Written whole then renamed in, as watch mode's swap does: a reader never sees a half-written file.
      await writeFile(join(dir, "index.html.part"), "<p>the page</p>");
      await rename(join(dir, "index.html.part"), join(dir, "index.html"));
      const page = await response;
      expect(page.status).toBe(200);
      expect(await page.text()).toBe("<p>the page</p>");
    } finally {
      server.close();
    }
  });

  it("is given up on once the wait is over, and a file not pending is missing at once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "charts-pending-"));
    await writeFile(join(dir, buildRecordFile), record({ "a.png": { digest: "pending", inputs: ["data"] }, "b.png": { digest: "0a1b", inputs: ["data"] } }));
    const start = performance.now();
    expect(await readOrAwaitPending(dir, "b.png")).toBeUndefined();
    expect(await readOrAwaitPending(dir, "c.png")).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(1000);
    expect(await readOrAwaitPending(dir, "a.png", 100)).toBeUndefined();
  });

  it("is not waited on when the record is older than the wait: watch mode was stopped before it followed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "charts-pending-"));
    await writeFile(join(dir, buildRecordFile), record({ "fr/index.html": { digest: "pending", inputs: ["data"] } }));
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(join(dir, buildRecordFile), minuteAgo, minuteAgo);
    const start = performance.now();
    expect(await readOrAwaitPending(dir, "fr/index.html", 5000)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
