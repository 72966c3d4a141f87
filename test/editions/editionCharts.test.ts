/**
 * Every edition passes what English passes: a snapshot per chart and width (test/snapshots/<lang>/),
 * no text overlapping or leaving the canvas at any width (for the story and a busier one), and hostile text
 * in every translated field stays text in well-formed SVG. The numbers are the English edition's.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderCharts } from "../../src/build/renderCharts.js";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import type { Dataset } from "../../src/dataset/types.js";
import { languageOf } from "../../src/editions/languages.js";
import { translateDataset } from "../../src/editions/translateDataset.js";
import { readFixture } from "../support/fixtures.js";
import { fixtureTranslation, translated } from "../support/editions.js";
import { layoutProblems, svgTextBoxes } from "../support/textBoxes.js";
import { svgDocument } from "../support/svgDocument.js";

const fixture = await readFixture();
const langs = ["fr", "ru", "ar", "zh"] as const;
/** Arabic and Chinese are measured with their own shaped fonts, as the charts were laid out. */
const measured = (lang: string) => (lang === "ar" || lang === "zh" ? lang : undefined);

function withFontHashed(svg: string): string {
  return svg.replace(/base64,([A-Za-z0-9+/=]+)/g, (_, data: string) => {
    const bytes = Buffer.from(data, "base64");
    return `base64,[${bytes.length} bytes, sha256 ${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}]`;
  });
}

/** Four more incidents to 10 March at four widths, their labels translated here (test data). */
const extraLabels = {
  fr: ["2 contrebandiers tués près du village de Kishty, selon les autorités", "1 garde-frontière tué lors d’un échange de tirs", "3 « terroristes » (terme des autorités) tués au Darvoz", "1 ouvrier chinois blessé ; 1 garde tué"],
  ru: ["2 контрабандиста убиты у кишлака Кишты, по словам властей", "1 пограничник погиб в перестрелке", "3 «террориста» (термин властей) убиты в Дарвазе", "1 китайский рабочий ранен; 1 пограничник погиб"],
  ar: ["مقتل 2 من المهرّبين قرب قرية كيشتي بحسب السلطات", "مقتل 1 من حرس الحدود في تبادل لإطلاق النار", "مقتل 3 «إرهابيين» (بحسب وصف السلطات) في دارفوز", "إصابة 1 عامل صيني؛ ومقتل 1 من الحرس"],
  zh: ["据官方称，2名走私者在基什特村附近被击毙", "1名边防人员在交火中死亡", "3名“恐怖分子”（官方用语）在达尔瓦兹被击毙", "1名中国工人受伤；1名边防人员死亡"],
};
/** The extra incidents' labels, and their location: the first incident's, as busier() copies it. */
async function extraTexts(lang: (typeof langs)[number]): Promise<Record<string, string>> {
  const location = (await fixtureTranslation(lang)).entries.get(`incident.${fixture.incidents.id(0)}.location`)!.translation;
  return Object.fromEntries(extraLabels[lang].flatMap((label, i) => [[`incident.extra-${i}.label`, label], [`incident.extra-${i}.location`, location]]));
}

function busier(dataset: Dataset): Dataset {
  const more = ["2026-01-25", "2026-02-03", "2026-02-05", "2026-03-02"].map((date, i) => ({
    ...dataset.incidents.at(0),
    id: `extra-${i}`,
    date,
    label: `extra ${i}`,
    killed: { ...dataset.incidents.at(0).killed, killed_chinese_nationals: 0, killed_smugglers: i + 1 },
  }));
  return { ...dataset, story: { ...dataset.story, asOf: "2026-03-10", widths: [320, 480, 640, 960] }, incidents: IncidentTable.of([...dataset.incidents, ...more]) };
}

describe.each(langs)("the %s edition", (lang) => {
  it("matches its snapshots in test/snapshots/" + lang, async () => {
    const files = await renderCharts(await translated(fixture, lang));
    expect(files.size).toBe(3 * fixture.story.widths.length); // three charts at each of the story's widths
    for (const [name, svg] of files) {
      expect(svg).toContain(`lang="${lang}"`);
      await expect(withFontHashed(svg)).toMatchFileSnapshot(fileURLToPath(new URL(`../snapshots/${lang}/${name}`, import.meta.url)));
    }
  });

  it.each([
    ["the story", () => translated(fixture, lang)],
    ["a busier story at four widths", async () => translated(busier(fixture), lang, await extraTexts(lang))],
  ])("%s: no text overlaps or leaves the canvas", async (_, make) => {
    const warnings: string[] = [];
    const files = await renderCharts(await make(), (w) => warnings.push(`${w.file}: ${w.message}`));
    for (const [name, svg] of files) expect(layoutProblems(svgTextBoxes(svg, measured(lang))), name).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe("style isolation across editions", () => {
  it("gives every edition's charts scope classes and container names of their own, so editions pasted on one page never share a rule", async () => {
    const scopes = new Set<string>();
    for (const dataset of [fixture, ...(await Promise.all(langs.map((lang) => translated(fixture, lang))))]) {
      const svg = (await renderCharts(dataset, () => {}, { only: [640] })).get("cumulative-deaths.svg")!;
      scopes.add(/class="(cd640-[0-9a-f]{8})/.exec(svg)![1]!);
    }
    expect(scopes.size).toBe(1 + langs.length);
  });
});

describe("hostile text in translated fields", () => {
  const attacks = ["<script>alert(1)</script>", '"><svg onload="alert(1)">', "]]><!--<![CDATA[", "&lt;&amp;&#x3C;script", "\u202e\u200b", "\u2069\u2066", "</text><foreignObject/>"];
  it.each(["fr", "ar", "zh"])("%s: stays text in well-formed SVG with only chart elements", async (lang) => {
    const file = await fixtureTranslation(lang);
    const keys = [...file.entries.keys()].filter((key) => !key.startsWith("ui.csv") && !/\{/.test(file.entries.get(key)!.translation));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...attacks), fc.string({ maxLength: 20 }).map((s) => s.replace(/[{}'#<>]/g, ""))), { minLength: keys.length, maxLength: keys.length }), async (texts) => {
        const hostile = structuredClone(file);
        keys.forEach((key, i) => (hostile.entries.get(key)!.translation = `${file.entries.get(key)!.translation} ${texts[i]}`.replace(/'/g, "''")));
        const files = await renderCharts(translateDataset(fixture, languageOf(lang)!, hostile), () => {}, { only: [320] });
        for (const [name, svg] of files) {
          const document = svgDocument(svg);
          expect(document.getElementsByTagName("parsererror"), name).toHaveLength(0);
          const names = new Set([...document.getElementsByTagName("*")].map((e) => e.localName));
          for (const element of names) expect(["svg", "title", "desc", "style", "rect", "g", "text", "tspan", "line", "path", "circle"], name).toContain(element);
          const handlers = [...document.getElementsByTagName("*")].flatMap((e) => [...e.attributes].map((a) => a.name).filter((n) => /^on|href$/i.test(n)));
          expect(handlers, name).toEqual([]);
        }
      }),
      { numRuns: 8, seed: 20260118 }
    );
  });
});
