import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/data/types.js";
import { readInParallel } from "../../src/load/readInParallel.js";
import { readPart } from "../../src/load/readPart.js";
import { readDataset } from "../../src/load/readDataset.js";
import { incidentsDigest } from "../../src/load/sourceDigest.js";
import { fixtureWith } from "../support/fixtures.js";

// Workers run compiled JavaScript (.build/), which vitest does not make, so here each piece is read in turn
// on this thread by the same code a worker runs. test/build/readThreads.test.ts runs the workers themselves.
const readPiece = readPart;

/** The fixture with events.csv replaced by `rows` generated rows, in ways that test the cuts between pieces. */
async function storyWithRows(rows: number, { crlf = false, bom = false, edit = (line: string, _row: number) => line } = {}): Promise<string> {
  return fixtureWith("events.csv", (text) => {
    const header = text.split("\n")[0]!;
    const days = ["2025-11-02", "2025-11-26", "2025-12-24", "2026-01-18"];
    const lines = Array.from({ length: rows }, (_, i) =>
      edit(
        [
          `e-${i}`,
          days[i % days.length],
          "Khatlon",
          i % 3 ? "Shamsiddin Shohin" : '"Panj, ""near the river"""',
          i % 5 ? `Post ${i}` : `"Post ${i}\non two lines"`,
          i % 2,
          i % 3 === 0 ? 1 : 0,
          0,
          0,
          i % 4 ? "" : 2,
          i % 7 ? `Incident ${i}` : `Incident ${i} — Tojikiston’s “border”`,
          "Synthetic row",
          "Generator",
          `https://example.org/${i}`,
        ].join(","),
        i
      )
    );
    const end = crlf ? "\r\n" : "\n";
    return `${bom ? "\ufeff" : ""}${[header, ...lines].join(end)}${end}`;
  });
}

// Every fifth row has a location on two lines.
const lineOf = (row: number) => 2 + row + Math.ceil(row / 5);

const asRead = (dataset: Dataset) => ({ ...dataset, incidents: dataset.incidents.toJSON(), digest: incidentsDigest(dataset.incidents) });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("readInParallel", () => {
  it.each([
    ["LF", {}],
    ["CR LF and a byte-order mark", { crlf: true, bom: true }],
  ])("reads a file in pieces into the dataset it reads whole (%s): rows, lines, text and digest", async (_, options) => {
    const dir = await storyWithRows(500, options);
    const whole = await readDataset(dir);
    for (const threads of [2, 3, 4]) {
      vi.stubEnv("CHARTS_READ_THREADS", String(threads));
      const onSingleThread = vi.fn();
      const pieces = await readInParallel(dir, { readPiece, onSingleThread });
      expect(onSingleThread).not.toHaveBeenCalled();
      expect(asRead(pieces)).toEqual(asRead(whole));
    }
  });

  it("reads again on one thread when an id is in two pieces, so the error is the one a single reader gives", async () => {
    const dir = await storyWithRows(500, { edit: (line, i) => (i === 450 ? line.replace("e-450,", "e-10,") : line) });
    vi.stubEnv("CHARTS_READ_THREADS", "2");
    const onSingleThread = vi.fn();
    const error = await readInParallel(dir, { readPiece, onSingleThread }).catch((e: Error) => e);
    expect(onSingleThread).toHaveBeenCalledWith("an id may appear in two pieces");
    expect(error).toEqual(await readDataset(dir).catch((e: Error) => e));
    expect((error as Error).message).toContain(`line ${lineOf(10)} has it already`);
  });

  it("reads again on one thread when a piece has a problem, and reports every problem in file order", async () => {
    const dir = await storyWithRows(500, { edit: (line, i) => (i === 20 || i === 480 ? line.replace(/,2025-|,2026-/, ",1999-") : line) });
    vi.stubEnv("CHARTS_READ_THREADS", "2");
    const onSingleThread = vi.fn();
    const error = await readInParallel(dir, { readPiece, onSingleThread }).catch((e: Error) => e);
    expect(onSingleThread).toHaveBeenCalledWith(expect.stringMatching(/problem/));
    expect(error).toEqual(await readDataset(dir).catch((e: Error) => e));
    expect((error as Error).message).toMatch(new RegExp(`line ${lineOf(20)}[^]*line ${lineOf(480)}`));
  });

  it("reads a small file whole, unless asked", async () => {
    const dir = await storyWithRows(50);
    const onSingleThread = vi.fn();
    const reader = vi.fn(readPiece);
    await readInParallel(dir, { readPiece: reader, onSingleThread });
    expect(reader).not.toHaveBeenCalled();
    vi.stubEnv("CHARTS_READ_THREADS", "2");
    await readInParallel(dir, { readPiece: reader, onSingleThread });
    expect(reader).toHaveBeenCalledTimes(2);
    expect(onSingleThread).not.toHaveBeenCalled();
  });

  it("leaves a file with nothing to split to a single reader, which words the problem", async () => {
    const dir = await storyWithRows(5);
    await writeFile(join(dir, "events.csv"), "id,date\n");
    vi.stubEnv("CHARTS_READ_THREADS", "2");
    const onSingleThread = vi.fn();
    const error = await readInParallel(dir, { readPiece, onSingleThread }).catch((e: Error) => e);
    expect(error).toEqual(await readDataset(dir).catch((e: Error) => e));
    expect(onSingleThread).toHaveBeenCalledWith("too few records to split");
  });
});
