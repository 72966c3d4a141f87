/**
 * npm run preview's port: PORT exactly, or one line and exit code 2 when it is taken; without PORT,
 * 4173 or the next free port, said in the line it prints. Never a stack trace.
 */
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoDir } from "../support/fixtures.js";

/** Starts the preview script; resolves at its first line of output, or when it exits. */
function preview(env: Record<string, string | undefined>, dir: string): Promise<{ stdout: string; stderr: string; code: number | null; stop: () => void }> {
  const child = spawn(process.execPath, [join(repoDir, "scripts/run.mjs"), "preview", dir], { cwd: repoDir, env: { ...process.env, ...env } });
  let stdout = "";
  let stderr = "";
  return new Promise((resolve) => {
    const done = (code: number | null) => resolve({ stdout, stderr, code, stop: () => child.kill() });
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (stdout.includes("\n")) done(null);
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => done(code));
  });
}

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** Holds a port on 127.0.0.1 (0: any); resolves with it, or undefined if someone else holds it already. */
function hold(port: number): Promise<number | undefined> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once("error", () => resolve(undefined));
    server.listen(port, "127.0.0.1", () => {
      servers.push(server);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : undefined);
    });
  });
}

describe("npm run preview", () => {
  it("with PORT taken: one line naming it, exit code 2", async () => {
    const port = (await hold(0))!;
    const result = await preview({ PORT: String(port) }, await mkdtemp(join(tmpdir(), "charts-preview-port-")));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`Port ${port} (PORT=${port}) is in use: stop what uses it, or set another PORT.\n`);
  }, 30_000);

  it("without PORT and 4173 taken: the next free port, and it says so", async () => {
    await hold(4173); // taken by this test, or by something else already: either way not the script's
    const result = await preview({ PORT: undefined }, await mkdtemp(join(tmpdir(), "charts-preview-port-")));
    result.stop();
    expect(result.stderr).toBe("");
    const port = Number(/^Review: http:\/\/127\.0\.0\.1:(\d+)\/ \(port 4173 is in use; set PORT to choose one\)/.exec(result.stdout)?.[1]);
    expect(port).toBeGreaterThan(4173);
  }, 30_000);
});
