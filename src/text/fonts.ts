/**
 * Which fonts set each edition's text: a chain per language, tried in order per character, as a browser
 * walks a font-family list. Source Sans 3 sets Latin and Cyrillic; Noto Sans Arabic (which has its own
 * Latin and digits) sets the Arabic edition, with Source Sans 3 behind it for anything it lacks; Noto
 * Sans SC sets Chinese, and has Latin and digits of its own.
 *
 * Source Sans 3 and Noto Sans Arabic are read from their npm packages. Noto Sans SC is a cut of its
 * package's fonts committed in fonts/noto-sans-sc/ (GB2312 and every character of the zh translation
 * files, a quarter of the size, gzipped; fonts/noto-sans-sc/README.md): the whole package is 92 MB of install.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { projectRoot } from "../projectRoot.js";
import { expandedFont } from "./committedFonts.js";
import type { Weight } from "../style/houseStyle.js";

export type Lang = "en" | "fr" | "ru" | "ar" | "zh";

export const langs: readonly Lang[] = ["en", "fr", "ru", "ar", "zh"];

export interface FontFace {
  /** The family name the font file declares (what resvg matches on). */
  family: string;
  weight: Weight;
  /** Absolute path of the TTF. */
  file: string;
}

interface Family {
  name: string;
  /** Where its files are: an npm package, or a folder of the project (committed gzipped: committedFonts.ts). */
  from: { packageName: string } | { projectFolder: string };
  files: Record<Weight, string>;
}

const sourceSans: Family = {
  name: "Source Sans 3",
  from: { packageName: "source-sans" },
  files: { regular: "TTF/SourceSans3-Regular.ttf", semibold: "TTF/SourceSans3-Semibold.ttf", bold: "TTF/SourceSans3-Bold.ttf" },
};

const notoSansArabic: Family = {
  name: "Noto Sans Arabic",
  from: { packageName: "@expo-google-fonts/noto-sans-arabic" },
  files: {
    regular: "400Regular/NotoSansArabic_400Regular.ttf",
    semibold: "600SemiBold/NotoSansArabic_600SemiBold.ttf",
    bold: "700Bold/NotoSansArabic_700Bold.ttf",
  },
};

const notoSansSc: Family = {
  name: "Noto Sans SC",
  from: { projectFolder: "fonts/noto-sans-sc" },
  files: {
    regular: "400Regular/NotoSansSC_400Regular.ttf",
    semibold: "600SemiBold/NotoSansSC_600SemiBold.ttf",
    bold: "700Bold/NotoSansSC_700Bold.ttf",
  },
};

const chains: Record<Lang, Family[]> = {
  en: [sourceSans],
  fr: [sourceSans],
  ru: [sourceSans],
  ar: [notoSansArabic, sourceSans],
  zh: [notoSansSc, sourceSans],
};

/** The writing direction of a language's text blocks. */
export function directionOf(lang: Lang): "ltr" | "rtl" {
  return lang === "ar" ? "rtl" : "ltr";
}

/** The BCP 47 tag for the SVG's lang attribute (and Intl): Chinese is Simplified. */
export function langTag(lang: Lang): string {
  return lang === "zh" ? "zh-Hans" : lang;
}

const require = createRequire(import.meta.url);
let root: string | undefined;

function fileOf(family: Family, weight: Weight): string {
  const { from } = family;
  if ("packageName" in from) return join(dirname(require.resolve(`${from.packageName}/package.json`)), family.files[weight]);
  return expandedFont(committedFile(from.projectFolder, family.files[weight]));
}

/** A committed font as it is in git: gzipped. */
const committedFile = (projectFolder: string, file: string) => join((root ??= projectRoot()), projectFolder, `${file}.gz`);

/** A language's fonts at a weight, first choice first. */
export function fontChain(lang: Lang, weight: Weight): FontFace[] {
  return chains[lang].map((family) => ({ family: family.name, weight, file: fileOf(family, weight) }));
}

/** Every font file a language can draw with, all weights: what resvg needs to be given. */
export function fontFilesFor(lang: Lang): string[] {
  const weights: Weight[] = ["regular", "semibold", "bold"];
  return [...new Set(weights.flatMap((weight) => fontChain(lang, weight).map((face) => face.file)))];
}

/** The font files committed in the project rather than installed from npm, all weights: inputs to digest (the lockfile covers the rest). */
export function projectFontFiles(): string[] {
  const weights: Weight[] = ["regular", "semibold", "bold"];
  const families = [...new Set(Object.values(chains).flat())];
  return families.flatMap(({ from, files }) => ("projectFolder" in from ? weights.map((weight) => committedFile(from.projectFolder, files[weight])) : []));
}

/** The CSS font-family list for a language, its own fonts first (fallbacks for when no font is embedded). */
export function fontFamilyList(lang: Lang): string {
  return [...chains[lang].map((family) => `'${family.name}'`), "sans-serif"].join(", ");
}
