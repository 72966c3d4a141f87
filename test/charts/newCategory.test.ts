import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { casualtiesByCategoryChart } from "../../src/charts/casualtiesByCategory.js";
import { readDataset } from "../../src/input/readDataset.js";
import { chartDocument } from "../../src/charts/dom.js";
import { fixtureWith } from "../support/fixtures.js";

describe("a new category", () => {
  it("is one killed_… column plus one codebook row, and shows up as a bar with no code change", async () => {
    const dir = await fixtureWith("events.csv", (text) =>
      text
        .split("\n")
        .map((line, i) => (line ? `${line},${i === 0 ? "killed_civilians" : i === 2 ? "1" : "0"}` : line))
        .join("\n")
    );
    const codebook = join(dir, "categories.csv");
    await writeFile(codebook, `${await readFile(codebook, "utf8")}killed_civilians,Civilians,,#2a7a4b\n`);
    const dataset = await readDataset(dir);
    expect(dataset.incidents.at(1).killed).toMatchObject({ killed_civilians: 1, killed_chinese_nationals: 2 });
    const svg = casualtiesByCategoryChart(dataset, { width: 640, document: chartDocument() });
    expect([...svg.querySelectorAll("text")].map((t) => t.textContent)).toContain("Civilians");
    expect(svg.querySelector('rect[fill="#2a7a4b"]')).not.toBeNull();
  });
});
