/**
 * Every edition from one dataset: English as today (charts/<chart>.svg …), each translated edition in
 * charts/<lang>/ with the same set of files, each with its review page, and an index of them all. The data is read,
 * validated and aggregated once; each edition only translates the texts, so no number can differ
 * between languages. Nothing is written here: a problem in any asked-for edition fails the whole build.
 *
 * With `keep` (build/buildKeeping.ts), an SVG or PNG whose inputs are unchanged since it was written
 * is taken as it is instead of drawn: a translation edit redraws that edition, a data edit every chart.
 */
import { headlineFigures, type HeadlineFigures } from "../figures/headlineFigures.js";
import { buildSvgs, type Build, type Keep } from "./buildSvgs.js";
import { exportEdition, reviewEntries, reviewIndexFile, reviewPageName, startPng, startPngs, type OutputFiles } from "./exportCharts.js";
import { renderCharts } from "./renderCharts.js";
import type { Dataset } from "../dataset/types.js";
import { fileSizes } from "../output/fileSizes.js";
import { reviewPage, shownFiles } from "../output/reviewPage.js";
import { reviewIndex, type ReviewEdition } from "../output/reviewIndex.js";
import { DataError, type Warning } from "../input/problems.js";
import { pngVersions } from "../render/png.js";
import { startPngWorker } from "./drawPng.js";
import { cardFiles, cardSvg, editionCards } from "./renderCards.js";
import { printFiles } from "./printOutputs.js";
import { languages, type Language } from "../editions/languages.js";
import { editionOf } from "../editions/edition.js";
import { translateDataset } from "../editions/translateDataset.js";
import { defaultLanguages } from "../editions/askedLanguages.js";
import { readTranslations, translationLabel } from "../editions/translations.js";
import type { PlotMemo } from "../charts/plotMemo.js";
import { editionPagesKey, type EditionPages, type EditionPagesMemo } from "./editionPages.js";

export interface EditionsBuild extends Build {
  /** Each translated edition built, with its file's status ("needs native editor review"). */
  editions: { lang: string; name: string; status: string }[];
  /** Languages whose files exist but whose script the embedded font cannot draw yet. */
  notBuilt: Language[];
  /**
   * With `hold`: editions left out of this build because their file lacks texts the data now needs (a new
   * district's name), with those keys. The caller keeps their last complete set (writeCharts' `keep`).
   */
  held: { lang: string; name: string; keys: string[]; asOf?: string | undefined }[];
}

export { askedLanguages, defaultLanguages } from "../editions/askedLanguages.js";

type Kept = Awaited<ReturnType<Keep>>;

/** One edition's drawn (or kept) SVGs and PNGs, before the pages around them. */
interface EditionDrawing {
  dataset: Dataset;
  figures: HeadlineFigures;
  /** "" for English, "fr/" for French… */
  folder: string;
  edition?: { lang: string; dir: "ltr" | "rtl"; name: string; status: string };
  svgs: Map<string, string>;
  pngs: Map<string, Promise<Buffer>>;
}

export interface EditionsOptions {
  read?: Promise<Dataset>;
  english?: boolean;
  translated?: readonly Language[];
  keep?: Keep;
  /** Leave the PNGs still to draw out of `files`; `later.complete()` draws them (watch mode's first swap). */
  pngsLater?: boolean;
  /** Pages of editions assembled before (watch mode), taken again when nothing they read changed. */
  pages?: EditionPagesMemo;
  /** Plots drawn before (watch mode), taken again for a retitled chart (charts/plotMemo.ts). */
  plots?: PlotMemo;
  /** Hold an edition whose file only lacks texts (editions/translations.ts), rather than fail the build. */
  hold?: boolean;
  /** The date a held edition's last complete set shows (the build record's), for the review index. */
  heldAsOf?: (lang: string) => Promise<string | undefined>;
}

export async function buildEditions(
  dataDir: string,
  { read, english = true, translated = defaultLanguages(dataDir), keep, pngsLater = false, pages, plots, hold = false, heldAsOf = async () => undefined }: EditionsOptions = {}
): Promise<EditionsBuild> {
  startPngWorker();
  const redrawn: string[] = [];
  // Each chart's PNGs start drawing on other cores as soon as its SVG is done.
  const started = new Map<string, Promise<Buffer>>();
  const onChart = (file: string, svg: string) => {
    redrawn.push(file);
    if (!pngsLater) startPngs(file, svg, started);
  };
  // Translation files are checked before English is drawn: a file with a problem fails the build at once.
  const checkTranslations = async (english: Dataset, englishFigures: HeadlineFigures) => {
    const checked = await readTranslations(dataDir, translated, english, englishFigures, { hold });
    if (checked.problems.length) throw new DataError(checked.problems);
    return checked;
  };
  const { dataset, figures, svgs, warnings, kept, checked } = await buildSvgs(dataDir, { read, onChart, keep, plots, beforeDrawing: checkTranslations, draw: english });
  // Each edition's social cards follow its charts' PNGs, kept, drawn now or left for later as they are.
  const withCards = (local: Dataset, localKept: Kept, pngs: Map<string, Promise<Buffer>>, folder: string) => {
    const cards = editionCards(local, localKept, {
      drawNow: !pngsLater,
      onRedraw: (file) => redrawn.push(`${folder}${file}`),
      onWarning: (warning) => warnings.push({ ...warning, file: `${folder}${warning.file}` }),
    });
    for (const [file, png] of cards) pngs.set(file, png);
    return pngs;
  };
  const drawings: EditionDrawing[] = english ? [{ dataset, figures, folder: "", svgs, pngs: withCards(dataset, kept, editionPngs(svgs, kept, started, "en", !pngsLater, (png) => redrawn.push(png)), "") }] : [];

  // Said after English's own warnings, as ever.
  warnings.push(...checked.warnings);
  const held = await Promise.all(
    translated
      .filter((language) => checked.held.has(language.lang))
      .map(async (language) => ({ lang: language.lang, dir: language.dir, name: language.name, keys: checked.held.get(language.lang)!, asOf: await heldAsOf(language.lang) }))
  );
  for (const { lang, name, keys, asOf } of held) warnings.push({ file: translationLabel(dataDir, lang), message: heldMessage(lang, name, keys, asOf !== undefined) });
  for (const language of translated.filter((language) => !checked.held.has(language.lang))) {
    const file = checked.files.get(language.lang)!;
    const local = translateDataset(dataset, language, file);
    const folder = `${language.lang}/`;
    const localKept = keep ? inFolder(await keep(local), folder) : new Map();
    const localStarted = new Map<string, Promise<Buffer>>();
    const localSvgs = await renderCharts(local, (warning) => warnings.push({ ...warning, file: `${folder}${warning.file}` }), {
      kept: localKept,
      plots,
      onChart: (name, svg) => {
        redrawn.push(`${folder}${name}`);
        if (!pngsLater) startPngs(name, svg, localStarted, language.lang);
      },
    });
    const pngs = withCards(local, localKept, editionPngs(localSvgs, localKept, localStarted, language.lang, !pngsLater, (png) => redrawn.push(`${folder}${png}`)), folder);
    const edition = { lang: language.lang, dir: language.dir, name: language.name, status: file.status };
    drawings.push({ dataset: local, figures: headlineFigures(local), folder, edition, svgs: localSvgs, pngs });
  }
  const editions = drawings.flatMap(({ edition }) => (edition ? [{ lang: edition.lang, name: edition.name, status: edition.status }] : []));
  const notBuilt = languages.filter((language) => !language.fontCovers);
  const build = { dataset, figures, warnings, redrawn, editions, notBuilt, held };
  const heldEntries = held.map((edition) => heldEntry(edition));
  // The print PDFs' compromises join the build's warnings (once: a later assembly makes the same PDFs).
  if (!pngsLater) return { ...build, files: await assemble(drawings, heldEntries, false, pages, new Set(), warnings) };
  const pendingPngs = drawings.flatMap(({ dataset: drawn_, folder, svgs: drawn, pngs }) =>
    [...[...drawn.keys()].flatMap((svg) => pngVersions(svg).map(({ file }) => file)), ...cardFiles(drawn_).map(({ file }) => file)].filter((png) => !pngs.has(png)).map((png) => `${folder}${png}`)
  );
  // A review page shows its charts' PNGs: one whose PNGs are still to draw follows with them, as they do.
  const pendingPages = reviewPagesShowing(drawings, pendingPngs);
  // The outlined SVGs and print PDFs follow too (exportCharts.ts), every one: none is on a review page.
  const pendingPrint = drawings.flatMap(({ dataset: drawn, folder, svgs }) => [...printFiles(drawn, [...svgs.keys()])].map((file) => `${folder}${file}`));
  const pending = [...pendingPngs, ...pendingPages, ...pendingPrint];
  return {
    ...build,
    files: await assemble(drawings, heldEntries, true, pages, new Set(pendingPages), warnings),
    later: { pending, complete: () => assemble(drawings.map(withEveryPng), heldEntries, false, pages) },
  };
}

/** The review pages that show any of these PNGs: their editions' pages (the index of editions shows none). */
function reviewPagesShowing(drawings: readonly EditionDrawing[], pngs: readonly string[]): string[] {
  const inFolder = (png: string, folder: string) => (folder ? png.startsWith(folder) : !png.includes("/"));
  return drawings.filter(({ folder }) => pngs.some((png) => inFolder(png, folder))).map(({ dataset, folder }) => reviewPageName(editionOf(dataset).lang, folder !== ""));
}

/** The drawing with its missing PNGs started, in the order a build that drew them at once has them. */
function withEveryPng(drawing: EditionDrawing): EditionDrawing {
  const lang = drawing.edition?.lang ?? "en";
  const pngs = new Map<string, Promise<Buffer>>();
  for (const [file, svg] of drawing.svgs) {
    for (const { file: png, scheme } of pngVersions(file)) pngs.set(png, drawing.pngs.get(png) ?? startPng(svg, scheme, lang));
  }
  for (const { id, format, file } of cardFiles(drawing.dataset)) pngs.set(file, drawing.pngs.get(file) ?? startPng(cardSvg(drawing.dataset, id, format), "light", lang));
  return { ...drawing, pngs };
}

/**
 * An edition's PNGs in its SVGs' order (light, then dark), whatever was kept or started first: the order
 * of the files is the order of the summary and the record. A kept SVG's PNGs are kept too when still as
 * written; any other is the one already started, or drawn now (`drawNow`), or left for later.
 */
function editionPngs(
  svgs: ReadonlyMap<string, string>,
  kept: Kept,
  started: ReadonlyMap<string, Promise<Buffer>>,
  lang: string,
  drawNow: boolean,
  onRedraw: (png: string) => void
): Map<string, Promise<Buffer>> {
  const pngs = new Map<string, Promise<Buffer>>();
  for (const [file, svg] of svgs) {
    for (const { file: png, scheme } of pngVersions(file)) {
      const content = kept.get(png)?.content;
      if (!started.has(png) && content) {
        pngs.set(png, Promise.resolve(typeof content === "string" ? Buffer.from(content) : content));
        continue;
      }
      onRedraw(png);
      const drawing = started.get(png) ?? (drawNow ? startPng(svg, scheme, lang) : undefined);
      if (drawing) pngs.set(png, drawing);
    }
  }
  return pngs;
}

/** The outputs kept for an edition's folder, named as the edition names them (and their warnings too). */
function inFolder(kept: Kept, folder: string): Kept {
  const local = new Map<string, { content: string | Buffer; warnings: readonly Warning[] }>();
  for (const [name, output] of kept) {
    if (!name.startsWith(folder)) continue;
    const warnings = output.warnings.map((warning) => ({ ...warning, file: warning.file?.startsWith(folder) ? warning.file.slice(folder.length) : warning.file }));
    local.set(name.slice(folder.length), { content: output.content, warnings });
  }
  return local;
}

/**
 * Every edition's files, each with its own review page beside them (charts/en.html, charts/fr/index.html),
 * and the index of every edition (charts/index.html). `withoutMissingPngs`: PNGs not yet drawn are left
 * out rather than drawn now; so are the review pages named in `leftOut`.
 */
async function assemble(
  drawings: readonly EditionDrawing[],
  held: readonly ReviewEdition[],
  withoutMissingPngs: boolean,
  pages?: EditionPagesMemo,
  leftOut: ReadonlySet<string> = new Set(),
  warnings?: Warning[]
): Promise<OutputFiles> {
  const files: OutputFiles = new Map();
  const index: ReviewEdition[] = [];
  for (const { dataset, figures, folder, edition, svgs, pngs } of drawings) {
    const key = pages && editionPagesKey(dataset, svgs, pngs.keys(), withoutMissingPngs);
    let built: EditionPages | undefined = key ? pages.get(key) : undefined;
    if (!built) {
      // exportEdition starts any PNG missing from the map it is given; a copy keeps `pngs` as drawn so far.
      built = await exportEdition(dataset, figures, svgs, new Map(pngs), { withoutMissingPngs });
      if (key) pages.set(key, built);
    }
    for (const [name, content] of built.files) files.set(`${folder}${name}`, content);
    for (const warning of built.warnings) warnings?.push({ ...warning, file: `${folder}${warning.file}` });
    const page = reviewPageName(editionOf(dataset).lang, folder !== "");
    const { entry, edition: shown } = reviewEntries(dataset, page, edition?.status);
    index.push(entry);
    // The edition's own review page, made once for these pages.
    if (!leftOut.has(page)) {
      built.page ??= reviewPage(shown, dataset.story.asOf, built.review, await fileSizes(built.files, shownFiles(built.review)));
      files.set(page, built.page);
    }
  }
  // Held editions are listed too, in the order they were asked for, after those built.
  index.push(...held);
  if (index.length && !leftOut.has(reviewIndexFile)) files.set(reviewIndexFile, reviewIndex(index));
  return files;
}

/**
 * A held edition on the review index: its last set's page and date, what it needs, the command that adds
 * it. With no last set recorded (no earlier build of it in this folder, as on a fresh checkout) it is not
 * built: no page to link and no date to show.
 */
function heldEntry({ lang, dir, name, keys, asOf }: { lang: string; dir: "ltr" | "rtl"; name: string; keys: string[]; asOf?: string | undefined }): ReviewEdition {
  const needs = { needs: keys, command: `npm run translation -- --lang ${lang}` };
  if (asOf === undefined) return { lang, dir, name, status: "not built", ...needs };
  return { lang, dir, name, page: reviewPageName(lang, true), asOf, status: "held", ...needs };
}

/** The one line a desk needs about a held edition: what it shows (its last set, or nothing yet), what it needs, the command that adds it. */
function heldMessage(lang: string, name: string, keys: readonly string[], hasLastSet: boolean): string {
  const until = `until ${keys.length === 1 ? "this text is" : `these ${keys.length} texts are`} translated: ${keys.join(", ")}. `;
  const shows = hasLastSet
    ? `is held: charts/${lang}/ keeps its last complete set, with that set's data and date, ${until}`
    : `is not built: no earlier build of it is recorded in this output folder, so there is no complete set to keep, ${until}`;
  return `the ${name} (${lang}) edition ${shows}Run \`npm run translation -- --lang ${lang}\` to add ${keys.length === 1 ? "it" : "them"} to the file, translate, and build again`;
}

