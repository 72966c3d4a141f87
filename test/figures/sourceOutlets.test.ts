import { describe, expect, it } from "vitest";
import { creditsOutlet, namedOutlets } from "../../src/figures/sourceOutlets.js";
import { readFixture } from "../support/fixtures.js";

const dataset = await readFixture();

describe("namedOutlets", () => {
  it("reads who said it and the outlet after via from each of the fixture's sources, and the story's source line names them all", () => {
    const names = [...dataset.incidents].map((incident) => namedOutlets(incident.source));
    expect(names).toEqual([
      ["Tajik Foreign Ministry", "TRT World"],
      ["Tajik Border Troops", "Interfax"],
      ["Tajik Border Troops", "Khovar"],
      ["Tajik Border Troops", "Fergana News"],
    ]);
    for (const name of names.flat()) expect(creditsOutlet(dataset.story.source, name)).toBe(true);
  });

  it("reads nothing from a cell that opens in lower case, and stops a name at its first ordinary word", () => {
    expect(namedOutlets("a phone call to the press office, 19 Jan 2026")).toEqual([]);
    expect(namedOutlets("Example Wire report, 19 Jan 2026")).toEqual(["Example Wire"]);
    expect(namedOutlets("Ministry of Example Affairs by phone (19 Jan)")).toEqual(["Ministry of Example Affairs"]);
  });

  it("finds a name in the source line as whole words, in any case", () => {
    expect(creditsOutlet("Statements via Khovar and others", "khovar")).toBe(true);
    expect(creditsOutlet("Statements via Khovaran", "Khovar")).toBe(false);
  });
});
