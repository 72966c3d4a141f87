/**
 * A build that keeps outputs reads its folder's build record once for all its editions, not once per
 * edition (build/buildKeeping.ts): watch mode did five reads a save.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildKeeping } from "../../src/build/buildKeeping.js";
import { defaultLocations, digestInputs } from "../../src/freshness/inputs.js";
import { writeCharts } from "../../src/output/writeCharts.js";
import { recordedFiles } from "../../src/build/buildKeeping.js";
import { languageOf } from "../../src/editions/languages.js";
import { fixtureWith } from "../support/fixtures.js";

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/freshness/buildRecord.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/freshness/buildRecord.js")>();
  return { ...original, readBuildRecord: (...args: Parameters<typeof original.readBuildRecord>) => (reads.count++, original.readBuildRecord(...args)) };
});

describe("the build record", () => {
  it("is read once by a build of three editions, and every output is kept from it", async () => {
    const data = await fixtureWith("story.json", (text) => text);
    const out = join(await mkdtemp(join(tmpdir(), "record-once-")), "charts");
    const translated = [languageOf("fr")!, languageOf("zh")!];
    const inputs = await digestInputs(defaultLocations(data));
    const first = await buildKeeping(data, out, inputs, { translated });
    await writeCharts(out, recordedFiles(first, inputs, {}));
    reads.count = 0;
    const again = await buildKeeping(data, out, inputs, { translated });
    expect(reads.count).toBe(1);
    expect(again.redrawn).toEqual([]);
    expect(again.keys.size).toBe(first.keys.size);
  }, 60_000);
});
