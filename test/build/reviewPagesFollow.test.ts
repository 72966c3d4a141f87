/**
 * Watch mode's first swap after a translation edit: the edition's SVGs and snippets, without the PNGs
 * still being drawn and without the review page that shows them (that edition's; the index of editions
 * shows no PNG and stays), all marked pending; the set that follows has them, as a one-off build writes them.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildKeeping, recordedFiles } from "../../src/build/buildKeeping.js";
import { buildReport } from "../../src/build/buildReport.js";
import { defaultLocations, digestInputs } from "../../src/freshness/inputs.js";
import { languageOf } from "../../src/editions/languages.js";
import { EditionPagesMemo } from "../../src/build/editionPages.js";
import { writeCharts } from "../../src/output/writeCharts.js";
import { fixtureWith } from "../support/fixtures.js";

describe("review pages in watch mode's first swap", () => {
  it("follow with the PNGs they show; an untouched edition's page stays", async () => {
    const data = await fixtureWith("story.json", (t) => t);
    const out = await mkdtemp(join(tmpdir(), "charts-pages-follow-"));
    const translated = [languageOf("fr")!, languageOf("ru")!];
    const inputs = await digestInputs(defaultLocations(data));
    const first = await buildKeeping(data, out, inputs, { translated });
    await writeCharts(out, recordedFiles(first, inputs, buildReport(first)));

    const file = join(data, "translations", "fr.json");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace('"translation": "Morts, total cumulé"', '"translation": "Morts (total cumulé)"'));
    const edited = await digestInputs(defaultLocations(data));
    // Watch mode's memo of edition pages: the first swap's entries have no review page of their own.
    const pages = new EditionPagesMemo();
    const build = await buildKeeping(data, out, edited, { translated, pngsLater: true, pages });
    const pending = build.later!.pending;
    expect(pending.filter((name) => name.endsWith(".html"))).toEqual(["fr/index.html"]);
    // The outlined SVGs (and print PDFs, which this fixture turns off) follow too, every edition's.
    expect(pending.filter((name) => !name.endsWith(".png") && !name.endsWith(".html")).every((name) => name.endsWith(".outlined.svg"))).toBe(true);
    expect(pending.filter((name) => name.endsWith(".png"))).toHaveLength(12);
    for (const name of pending) expect(build.files.has(name)).toBe(false);
    // Russian is untouched: its review page shows nothing new and stays in the first swap.
    expect(build.files.get("ru/index.html")).toBe(first.files.get("ru/index.html"));
    expect(build.files.get("fr/cumulative-deaths.html")).toContain("Morts (total cumulé)");

    // The set that follows is what a one-off build of the edited data writes, page for page.
    const whole = await build.later!.complete();
    const oneOff = await buildKeeping(data, out, edited, { translated, force: true });
    expect([...whole.keys()]).toEqual([...oneOff.files.keys()]);
    for (const name of ["index.html", "en.html", "fr/index.html", "ru/index.html"]) expect(whole.get(name)).toBe(oneOff.files.get(name));
    expect(whole.get("fr/index.html")).toContain("Morts (total cumulé)");

    // Saved again, the same memo: the set that follows is still a one-off build's.
    await writeCharts(out, recordedFiles({ ...build, files: whole }, edited, buildReport({ ...build, files: whole })));
    await writeFile(file, text.replace('"translation": "Morts, total cumulé"', '"translation": "Morts — total cumulé"'));
    const again = await digestInputs(defaultLocations(data));
    const second = await buildKeeping(data, out, again, { translated, pngsLater: true, pages });
    expect(second.later!.pending.filter((name) => name.endsWith(".html"))).toEqual(["fr/index.html"]);
    const secondWhole = await second.later!.complete();
    const secondOneOff = await buildKeeping(data, out, again, { translated, force: true });
    for (const name of ["index.html", "en.html", "fr/index.html", "ru/index.html"]) expect(secondWhole.get(name)).toBe(secondOneOff.files.get(name));
    expect(secondWhole.get("fr/index.html")).toContain("Morts — total cumulé");
  }, 240_000);
});
