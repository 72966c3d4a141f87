/**
 * npm run translation on a file a translator has written: only the new keys' lines are added, and every
 * other byte (the translator's `\u202f` and `\u00a0` escapes among them) stays as it was.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { addMissingKeys } from "../../src/editions/translationSkeleton.js";
import { fixtureWith, repoDir } from "../support/fixtures.js";

const run = promisify(execFile);

/** The lines of `after` that are not in `before`, when `before`'s lines all appear in `after` in order; else undefined. */
function addedLines(before: string, after: string): string[] | undefined {
  const old = before.split("\n");
  const added: string[] = [];
  let i = 0;
  for (const line of after.split("\n")) {
    if (i < old.length && line === old[i]) i++;
    else added.push(line);
  }
  return i === old.length ? added : undefined;
}

describe("npm run translation", () => {
  it("adds a new incident's keys to fr.json and changes no other line", async () => {
    // One more incident: the last row again under a new id (its figures are the fixture's own).
    const dir = await fixtureWith("events.csv", (text) => {
      const last = text.trimEnd().split("\n").at(-1)!;
      return `${text.trimEnd()}\n${last.replace("2026-01-18-khirmandjo-post", "2026-01-18-second-post")}\n`;
    });
    const file = join(dir, "translations", "fr.json");
    const before = await readFile(file, "utf8");
    expect(before).toContain("\\u202f"); // the escapes the old skeleton turned into raw characters
    const { stdout } = await run(process.execPath, [join(repoDir, "scripts/run.mjs"), "translation-skeleton", "--lang", "fr", "--data", dir], { cwd: repoDir });
    const after = await readFile(file, "utf8");
    const added = addedLines(before, after);
    expect(added).toBeDefined();
    expect(added!.join("\n")).toBe(
      [
        '    "incident.2026-01-18-second-post.label": {',
        '      "en": "4 “terrorists” (officials\' term) killed after refusing to surrender",',
        '      "translation": ""',
        "    },",
        '    "incident.2026-01-18-second-post.location": {',
        '      "en": "Near border marker 151/2, 7th border post \\"Khirmandjo\\", Yol border detachment",',
        '      "translation": ""',
        "    },",
      ].join("\n")
    );
    expect(stdout).toContain("2 added");
  }, 60_000);
});

describe("addMissingKeys", () => {
  const file = `// a comment\n{\n  "language": "fr",\n  "status": "s",\n  "entries": {\n    "a": {\n      "en": "A",\n      "translation": "A\\u00a0:"\n    }\n  }\n}\n`;

  it("leaves a file with every key byte for byte", () => {
    expect(addMissingKeys(file, new Map([["a", "A"]]))).toEqual({ text: file, added: [] });
  });

  it("puts a key that follows every other after the last entry", () => {
    const { text, added } = addMissingKeys(file, new Map([["a", "A"], ["b", "B"]]))!;
    expect(added).toEqual(["b"]);
    expect(text).toBe(file.replace('A\\u00a0:"\n    }', 'A\\u00a0:"\n    },\n    "b": {\n      "en": "B",\n      "translation": ""\n    }'));
  });

  it("says when a file is not one it can add to", () => {
    expect(addMissingKeys("{ not json", new Map([["a", "A"]]))).toBeUndefined();
  });
});
