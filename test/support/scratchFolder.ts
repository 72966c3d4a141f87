/**
 * Every scratch folder the tests make, under one folder for the run, removed when the run ends. The tests
 * make hundreds with mkdtemp(tmpdir()), whole chart sets among them, and left about 2 GB in /tmp per run;
 * the subprocesses they start (the CLI, killed builds) inherit TMPDIR and put theirs there too.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function scratchFolder(): () => void {
  const root = mkdtempSync(join(tmpdir(), "border-charts-tests-"));
  chmodSync(root, 0o755); // the unprivileged-user test (cliFaults.test.ts) must be able to look inside
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
