/**
 * story.json's darkSelector ends up inside the charts' CSS: only classes and attribute tests in a narrow
 * grammar are taken; anything else is refused with the file, line and key.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/input/problems.js";
import { validateStory } from "../../../src/input/validate/story.js";
import { fixtureDir } from "../../support/fixtures.js";

const fixture = JSON.parse(await readFile(join(fixtureDir, "story.json"), "utf8"));
const withSelector = (darkSelector: unknown) => validateStory(JSON.stringify({ ...fixture, darkSelector }, null, 2), "data/story.json");

describe("story.json darkSelector", () => {
  it.each([".dark", ".theme-dark", "[data-bs-theme=dark]", '[data-theme="dark"]', "[data-mode='night']", ".dark, [data-bs-theme=dark]", ".is-dark.theme"])("takes %s", (selector) => {
    const { story, problems } = withSelector(selector);
    expect(problems).toEqual([]);
    expect(story!.darkSelector).toBe(selector);
  });

  it.each([
    ["a rule closed and another opened", ".dark{} body{display:none} .x"],
    ["a comment", ".dark/**/"],
    ["an escape", ".d\\61rk"],
    ["a descendant", ".dark svg"],
    ["a child", ".dark>svg"],
    ["an element", "html.dark"],
    ["a URL", "[style=url(x)]"],
    ["markup", "</style><script>"],
    ["an empty text", ""],
    ["an empty alternative", ".dark,"],
  ])("refuses %s, naming the file and key", (_, selector) => {
    const { story, problems } = withSelector(selector);
    expect(story).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/story\.json, line \d+, key "darkSelector": found .*; expected the class or attribute your site puts on <html> or <body> in dark mode, such as "\.dark"/)]);
  });

  it("refuses a value that is not text in the same words", () => {
    expect(withSelector(true).problems.map(formatProblem)).toEqual([expect.stringMatching(/key "darkSelector": found "true"; expected the class or attribute/)]);
  });
});
