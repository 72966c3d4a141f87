/**
 * Debian tools some tests need (rsvg-convert, ImageMagick's convert, xmllint). Locally a missing tool
 * skips those tests with a warning; in CI (CI=true, where .ci/run installs them) it fails them.
 */
import { spawnSync } from "node:child_process";

export function hasTool(command: string): boolean {
  const found = spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
  if (!found && !process.env.CI) console.warn(`SKIPPED tests that need ${command}: install it (see .ci/run).`);
  return found;
}

/** Whether to run tests that need these tools: yes where they exist, and always in CI, where missing ones fail. */
export function runWithTools(...commands: string[]): boolean {
  return Boolean(process.env.CI) || commands.every(hasTool);
}

/** Runs a tool on stdin; throws with its stderr if it fails. */
export function run(command: string, args: string[], input?: string | Buffer): Buffer {
  const result = spawnSync(command, args, { input, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message} (CI installs it in .ci/run)`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr.toString()}`);
  return result.stdout;
}
