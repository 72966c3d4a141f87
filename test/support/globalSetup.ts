/**
 * What every test file of a run shares, made once in the runner's process:
 * - one scratch folder for the run, removed at the end (the tests make hundreds with mkdtemp(tmpdir()),
 *   whole chart sets among them; the subprocesses they start, the CLI and killed builds, inherit TMPDIR);
 * - one localhost file server for that folder, where the real data is published (sharedBuild.ts) and the
 *   browser tests write their article pages, so relative and absolute links resolve as on a real site;
 * - one Chromium for every browser test (Debian's; the tests connect to it), if it is installed.
 */
import { existsSync, mkdirSync, mkdtempSync, chmodSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { chromiumArgs, chromiumPath } from "./browser.js";
import { startStaticServer } from "./staticServer.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The file server's address; it serves the run's scratch folder's `site/`. */
    siteUrl: string;
    /** Where to connect to the shared Chromium; empty where it is not installed. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), "border-charts-tests-"));
  chmodSync(root, 0o755); // the unprivileged-user test (cliFaults.test.ts) must be able to look inside
  process.env.TMPDIR = root;
  mkdirSync(join(root, "site"));
  const { server, url } = await startStaticServer(join(root, "site"));
  project.provide("siteUrl", url);
  const browser = existsSync(chromiumPath) ? await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs }) : undefined;
  project.provide("browserEndpoint", browser?.wsEndpoint() ?? "");
  return async () => {
    await browser?.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  };
}
