/**
 * Every edition from one dataset: English as today (charts/<chart>.svg …), each translated edition in
 * charts/<lang>/ with the same set of files, and one review page listing them all. The data is read,
 * validated and aggregated once; each edition only translates the texts, so no number can differ
 * between languages. Nothing is written here: a problem in any asked-for edition fails the whole build.
 */
import { headlineFigures, type HeadlineFigures } from "../aggregate/headlineFigures.js";
import { buildSvgs } from "../build/buildCharts.js";
import { exportEdition, fileSizes, startPngs, type OutputFiles } from "../build/exportCharts.js";
import { renderCharts } from "../build/renderCharts.js";
import type { Dataset } from "../data/types.js";
import { reviewPage, type ReviewChart } from "../export/reviewPage.js";
import { DataError, type Warning } from "../load/problems.js";
import { languages, type Language } from "./languages.js";
import { translateDataset } from "./translateDataset.js";
import { defaultLanguages } from "./askedLanguages.js";
import { readTranslations } from "./translations.js";

export interface EditionsBuild {
  dataset: Dataset;
  figures: HeadlineFigures;
  files: OutputFiles;
  warnings: Warning[];
  /** Each translated edition built, with its file's status ("needs native editor review"). */
  editions: { lang: string; name: string; status: string }[];
  /** Languages whose files exist but whose script the embedded font cannot draw yet. */
  notBuilt: Language[];
}

export { askedLanguages, defaultLanguages } from "./askedLanguages.js";

export async function buildEditions(
  dataDir: string,
  { read, english = true, translated = defaultLanguages(dataDir) }: { read?: Promise<Dataset>; english?: boolean; translated?: readonly Language[] } = {}
): Promise<EditionsBuild> {
  const pngs = new Map<string, Promise<Buffer>>();
  const { dataset, figures, svgs, warnings } = await buildSvgs(dataDir, { read, onChart: (file, svg) => startPngs(file, svg, pngs) });
  const built = english ? await exportEdition(dataset, figures, svgs, pngs) : { files: new Map() as OutputFiles, review: [] };
  const { files, editions } = await withTranslatedEditions(dataDir, dataset, figures, translated, built, warnings);
  const notBuilt = languages.filter((language) => !language.fontCovers);
  return { dataset, figures, files, warnings, editions, notBuilt };
}

/**
 * English's files and review entries (`english`, maybe none) plus every translated edition's, in its folder,
 * and the review page of them all. Throws a DataError listing every translation problem first.
 */
export async function withTranslatedEditions(
  dataDir: string,
  dataset: Dataset,
  figures: HeadlineFigures,
  translated: readonly Language[],
  english: { files: OutputFiles; review: ReviewChart[] },
  warnings: Warning[]
): Promise<{ files: OutputFiles; editions: EditionsBuild["editions"] }> {
  const checked = await readTranslations(dataDir, translated, dataset, figures);
  if (checked.problems.length) throw new DataError(checked.problems);
  warnings.push(...checked.warnings);
  const files: OutputFiles = new Map(english.files);
  const review: ReviewChart[] = [...english.review];
  const editions: EditionsBuild["editions"] = [];
  for (const language of translated) {
    const file = checked.files.get(language.lang)!;
    const local = translateDataset(dataset, language, file);
    const localFigures = headlineFigures(local);
    const localSvgs = await renderCharts(local, (warning) => warnings.push({ ...warning, file: `${language.lang}/${warning.file}` }));
    const built = await exportEdition(local, localFigures, localSvgs);
    const folder = (name: string) => `${language.lang}/${name}`;
    for (const [name, content] of built.files) files.set(folder(name), content);
    const edition = { lang: language.lang, dir: language.dir, name: language.name, status: file.status };
    // The edition's own review page, and its charts on the page that shows every edition.
    files.set(folder("index.html"), reviewPage(built.review[0]!.headline, dataset.story.asOf, built.review.map((c) => ({ ...c, edition })), fileSizes(built.files)));
    review.push(
      ...built.review.map((chart) => ({
        ...chart,
        edition,
        snippetFile: folder(chart.snippetFile),
        dataFile: folder(chart.dataFile),
        versions: chart.versions.map((v) => ({ width: v.width, svg: folder(v.svg), pngLight: folder(v.pngLight), pngDark: folder(v.pngDark) })),
      }))
    );
    editions.push({ lang: language.lang, name: language.name, status: file.status });
  }
  if (review.length) files.set("index.html", reviewPage(review[0]!.headline, dataset.story.asOf, review, fileSizes(files)));
  return { files, editions };
}
