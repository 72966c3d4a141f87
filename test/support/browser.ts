/**
 * The browser tests' Chromium: Debian's, launched once per run (globalSetup.ts) and connected to by each
 * test file. Without it the browser tests are skipped with the reason, and fail in CI (CI=true).
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { inject } from "vitest";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The flags that keep Chromium quiet and offline on a machine with no network but the package registries. */
export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Whether to run the browser tests: where Chromium is, and always in CI, where a missing one fails them. */
export function browserTestsRun(): boolean {
  const available = existsSync(chromiumPath);
  if (!available) console.warn(`SKIPPED the browser tests: no Chromium at ${chromiumPath}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  return available || Boolean(process.env.CI);
}

/** The run's shared Chromium. */
export function connectBrowser(): Promise<Browser> {
  const endpoint = inject("browserEndpoint");
  if (!endpoint) throw new Error(`no Chromium at ${chromiumPath} (CI installs Debian's chromium in .ci/run)`);
  return chromium.connect(endpoint);
}
