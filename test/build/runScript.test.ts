import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoDir } from "../support/fixtures.js";

const run = promisify(execFile);

describe("scripts/run.mjs (what npm run charts runs)", () => {
  it("runs a TypeScript script, and recompiles a source file edited since the last run", async () => {
    const root = await mkdtemp(join(tmpdir(), "run-script-"));
    await mkdir(join(root, "scripts"));
    await mkdir(join(root, "src"));
    await copyFile(join(repoDir, "scripts/run.mjs"), join(root, "scripts/run.mjs"));
    await symlink(join(repoDir, "node_modules"), join(root, "node_modules"));
    await writeFile(join(root, "scripts/hello.ts"), 'import { greeting } from "../src/greeting.js";\nconst name: string = process.argv[2] ?? "";\nconsole.log(`${greeting}, ${name}`);\n');
    await writeFile(join(root, "src/greeting.ts"), 'export const greeting: string = "Hello";\n');
    expect((await run(process.execPath, [join(root, "scripts/run.mjs"), "hello", "desk"])).stdout).toBe("Hello, desk\n");

    // Edited, then given an older time (as a copy or an archive restores it): still compiled again.
    await writeFile(join(root, "src/greeting.ts"), 'export const greeting: string = "Salom";\n');
    const earlier = new Date(Date.now() - 600_000);
    await utimes(join(root, "src/greeting.ts"), earlier, earlier);
    expect((await run(process.execPath, [join(root, "scripts/run.mjs"), "hello", "desk"])).stdout).toBe("Salom, desk\n");

    // A source that is gone takes its compiled file with it, rather than leaving old code to run.
    await rm(join(root, "src/greeting.ts"));
    const result = await run(process.execPath, [join(root, "scripts/run.mjs"), "hello", "desk"]).catch((error: { stderr: string }) => error);
    expect(result).toMatchObject({ stderr: expect.stringContaining("greeting.js") });
    expect(existsSync(join(root, ".build/src/greeting.js"))).toBe(false);
  });

  it("names the scripts there are when asked for one that is not", async () => {
    const result = await run(process.execPath, [join(repoDir, "scripts/run.mjs"), "no-such-script"]).catch((error: { code: number; stderr: string }) => error);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining("scripts: bench, build-charts") });
  });
});
