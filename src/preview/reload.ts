/**
 * Review pages that reload themselves when a build swaps in a new set. The preview server answers
 * `versionPath` with a token of the set in charts/ (its build record's identity: every swap writes a new
 * one), and adds to each page it serves a script that asks for it every second and reloads the page when
 * it changes. While watch mode's record says files are still being drawn, the token is "pending" and
 * the page waits for the set that follows, so it reloads once, with the PNGs.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { buildRecordFile, readBuildRecord } from "../freshness/buildRecord.js";

export const versionPath = "/.preview/version";

/** A record left "pending" this long ago belongs to a watch mode that was stopped: not waited on (pendingFile.ts). */
const pendingAtMostMs = 10_000;

/** "pending", or the record's inode, size and time ("none" when charts/ has no record). */
export async function setVersion(dir: string): Promise<string> {
  const stats = await stat(join(dir, buildRecordFile)).catch(() => undefined);
  if (!stats) return "none";
  const record = await readBuildRecord(dir, { unchecked: true });
  const pending = Object.values(record?.outputs ?? {}).some((output) => output.digest === "pending");
  if (pending && Date.now() - stats.mtimeMs < pendingAtMostMs) return "pending";
  return `${stats.ino}-${stats.size}-${stats.mtimeMs}`;
}

/** Asks every second; a failed request (the server stopped) is asked again, and changes nothing. */
export const reloadScript = `<script>
  (() => {
    let seen;
    const look = async () => {
      try {
        const version = await (await fetch("${versionPath}", { cache: "no-store" })).text();
        if (version !== "pending") {
          if (seen !== undefined && version !== seen) return location.reload();
          seen = version;
        }
      } catch {}
      setTimeout(look, 1000);
    };
    look();
  })();
</script>`;
