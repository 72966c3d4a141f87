/**
 * A review page opened through the preview server reloads itself when a build swaps in a new set:
 * the page in Chromium, a real build of an edited headline (English: the page shown), the new headline on the page. The files
 * in charts/ carry no reload script; only the preview server adds it.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startPreviewServer } from "../../src/preview/server.js";
import { browserTestsRun, connectBrowser } from "../support/browser.js";
import { repoDir } from "../support/fixtures.js";
import { sharedBuild, sharedBuildEnv } from "../support/sharedBuild.js";

const run = promisify(execFile);

describe.skipIf(!browserTestsRun())("the preview server", () => {
  it("reloads an open review page when a build swaps in a new set", async () => {
    const shared = await sharedBuild();
    const root = await mkdtemp(join(tmpdir(), "charts-preview-reload-"));
    const [data, out] = [join(root, "data"), join(root, "charts")];
    await cp(shared.data, data, { recursive: true });
    await cp(shared.charts, out, { recursive: true });
    expect(await readFile(join(out, "en.html"), "utf8")).not.toContain("/.preview/");

    const { url, server } = await startPreviewServer(out, 0);
    const browser = await connectBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${url}en.html`, { waitUntil: "load" });
      await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
      // The headline edited; the print PDFs and social cards, which no review page shows, not drawn again.
      const story = join(data, "story.json");
      const edited = JSON.parse((await readFile(story, "utf8")).replace("killed on the Tajik–Afghan border since November", "killed on the Tajik–Afghan border since 1 November"));
      await writeFile(story, JSON.stringify({ ...edited, printWidths: [], socialCards: false }, null, 2));
      await run(process.execPath, [join(repoDir, "scripts/run.mjs"), "build-charts", "--data", data, "--out", out, "--lang", "en"], { cwd: repoDir, env: { ...process.env, ...sharedBuildEnv } });
      await page.waitForFunction(() => !(window as unknown as { before?: boolean }).before, undefined, { timeout: 10_000 });
      expect(await page.locator("section h2").first().textContent()).toMatch(/since 1 November$/);
      await page.close();
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});
