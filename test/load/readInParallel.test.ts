import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/dataset/types.js";
import { readInParallel } from "../../src/input/readInParallel.js";
import { readPart } from "../../src/input/readPart.js";
import { readDataset } from "../../src/input/readDataset.js";
import { incidentsDigest } from "../../src/input/sourceDigest.js";
import { fixtureWith } from "../support/fixtures.js";

// Workers run compiled JavaScript (.build/), which vitest does not make, so here each piece is read in turn
// on this thread by the same code a worker runs. test/pipeline/readThreads.test.ts runs the workers themselves.
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
          ...(i % 6 === 1 ? ["", "", ""] : ["37.84", "70.04", "district"]),
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
    expect(onSingleThread).toHaveBeenCalledWith("no place to cut events.csv between records");
  });

  it("gives the digest a single reader gives, whatever marks the file starts with", async () => {
    for (const start of ["\ufeff\ufeff", "\ufeff", "\r\n"]) {
      const dir = await storyWithRows(100);
      const text = await readFile(join(dir, "events.csv"), "utf8");
      await writeFile(join(dir, "events.csv"), start === "\r\n" ? text.replaceAll("\n", "\r\n") : start + text);
      vi.stubEnv("CHARTS_READ_THREADS", "2");
      const onSingleThread = vi.fn();
      expect(asRead(await readInParallel(dir, { readPiece, onSingleThread }))).toEqual(asRead(await readDataset(dir)));
      expect(onSingleThread).not.toHaveBeenCalled();
    }
  });

  it("reads on one thread a file whose header may end in a lone CR, or that cannot be read", async () => {
    const lone = await storyWithRows(100);
    await writeFile(join(lone, "events.csv"), (await readFile(join(lone, "events.csv"), "utf8")).replace("\n", "\r"));
    const folder = await storyWithRows(100);
    await rm(join(folder, "events.csv"));
    await mkdir(join(folder, "events.csv"));
    vi.stubEnv("CHARTS_READ_THREADS", "2");
    for (const dir of [lone, folder]) {
      const serial = await readDataset(dir).then(asRead, (e: Error) => e);
      expect(await readInParallel(dir, { readPiece }).then(asRead, (e: Error) => e)).toEqual(serial);
    }
  });

  it("reads on one thread when the pieces' readers saw different versions of the other files", async () => {
    const dir = await storyWithRows(100);
    vi.stubEnv("CHARTS_READ_THREADS", "2");
    const onSingleThread = vi.fn();
    const edited = async (job: Parameters<typeof readPart>[0]) => {
      const result = await readPart(job);
      if (result.ok && job.from > job.headerEnd) result.others.categories = result.others.categories.slice().reverse();
      return result;
    };
    expect(asRead(await readInParallel(dir, { readPiece: edited, onSingleThread }))).toEqual(asRead(await readDataset(dir)));
    expect(onSingleThread).toHaveBeenCalledWith("the data changed while it was read");
  });
});
