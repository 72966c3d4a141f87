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

interface Shared {
  siteUrl: string;
  browserEndpoint: string;
  stop: () => Promise<void>;
  users: number;
}

// vitest runs a global setup once per project (vitest.config.ts has two): the first call starts
// everything, the others share it, and the last teardown stops it.
const sharedKey = Symbol.for("border-incident-charts.test-setup");
const registry = globalThis as { [sharedKey]?: Promise<Shared> };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = await (registry[sharedKey] ??= start());
  shared.users++;
  project.provide("siteUrl", shared.siteUrl);
  project.provide("browserEndpoint", shared.browserEndpoint);
  return async () => {
    if (--shared.users === 0) await shared.stop();
  };
}

async function start(): Promise<Shared> {
  const root = mkdtempSync(join(tmpdir(), "border-charts-tests-"));
  chmodSync(root, 0o755); // the unprivileged-user test (cliFaults.test.ts) must be able to look inside
  process.env.TMPDIR = root;
  mkdirSync(join(root, "site"));
  const { server, url } = await startStaticServer(join(root, "site"));
  const browser = existsSync(chromiumPath) ? await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs }) : undefined;
  return {
    siteUrl: url,
    browserEndpoint: browser?.wsEndpoint() ?? "",
    users: 0,
    stop: async () => {
      await browser?.close();
      server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
