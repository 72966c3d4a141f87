import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, symlink, utimes, writeFile } from "node:fs/promises";
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

    await writeFile(join(root, "src/greeting.ts"), 'export const greeting: string = "Salom";\n');
    const later = new Date(Date.now() + 5_000);
    await utimes(join(root, "src/greeting.ts"), later, later);
    expect((await run(process.execPath, [join(root, "scripts/run.mjs"), "hello", "desk"])).stdout).toBe("Salom, desk\n");
  });

  it("names the scripts there are when asked for one that is not", async () => {
    const result = await run(process.execPath, [join(repoDir, "scripts/run.mjs"), "no-such-script"]).catch((error: { code: number; stderr: string }) => error);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining("scripts: bench, build-charts") });
  });
});
