/**
 * node scripts/run.mjs cut-chinese-font <package>: cuts the Chinese edition's font, Noto Sans SC, down to
 * the characters the edition can need, and writes the cut to fonts/noto-sans-sc/ (committed).
 *
 * Why: the npm package @expo-google-fonts/noto-sans-sc@0.4.3 is 92 MB of a 320 MB install (nine weights
 * of about 10.5 MB, every one of the font's 30,000-odd characters), and the charts use three weights and
 * a few thousand characters. The cut is about 2.5 MB a weight, and the charts drawn with it are byte for
 * byte the charts drawn with the whole font: every glyph kept is the font's own, with its layout features
 * (kerning, proportional and vertical punctuation, …), its names and its hinting.
 *
 * What is kept: the 7,445 characters of GB 2312 (its 6,763 hanzi, the set mainland Chinese text is
 * written in, and its punctuation, Latin, Greek, Cyrillic, kana, bopomofo and box drawing), Basic Latin,
 * Latin-1 and Latin Extended-A/B, General Punctuation, currency symbols, letterlike symbols and number
 * forms, arrows, enclosed alphanumerics, CJK Symbols and Punctuation, CJK compatibility forms, halfwidth
 * and fullwidth forms, and every character of the zh translation files (data/translations/zh.json and
 * test/fixtures/<story>/translations/zh.json), rarer ones included.
 *
 * A translation that uses a character outside the cut is refused by the translation check (each string is
 * checked for glyphs: "translations/zh.json, line …, key …: expected characters the 简体中文 edition's
 * fonts draw (none has "…")"). Then run this script again — it keeps every character of the zh files as
 * they are — and commit fonts/noto-sans-sc/ with the translation.
 *
 * To regenerate:
 *   npm pack @expo-google-fonts/noto-sans-sc@0.4.3        # the package's tarball, into this folder
 *   node scripts/run.mjs cut-chinese-font expo-google-fonts-noto-sans-sc-0.4.3.tgz
 * The argument may also be the package unpacked (a folder with its package.json). The output depends only
 * on the package, the characters and subset-font's version (its HarfBuzz), so running it again without a
 * new character rewrites the same bytes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import subsetFont from "subset-font";
import { projectRoot } from "../src/projectRoot.js";

const packageName = "@expo-google-fonts/noto-sans-sc";
const packageVersion = "0.4.3";
const weights = ["400Regular", "600SemiBold", "700Bold"] as const;
const fontFile = (weight: string) => `${weight}/NotoSansSC_${weight}.ttf`;

/** Unicode blocks kept whole, besides GB 2312: Latin, punctuation and symbols a chart's text may hold. */
const ranges: [number, number][] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x24f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x2000, 0x206f], // General Punctuation
  [0x20a0, 0x20cf], // Currency Symbols
  [0x2100, 0x218f], // Letterlike Symbols, Number Forms
  [0x2190, 0x21ff], // Arrows
  [0x2460, 0x24ff], // Enclosed Alphanumerics
  [0x3000, 0x303f], // CJK Symbols and Punctuation
  [0xfe30, 0xfe4f], // CJK Compatibility Forms
  [0xff00, 0xffef], // Halfwidth and Fullwidth Forms
];

/** The OpenType layout features kept (the font's own rules for these go into the cut). */
const features = ["ccmp", "locl", "kern", "liga", "calt", "mark", "mkmk", "vert", "vrt2", "palt", "halt", "vkrn", "vpal", "fwid", "hwid", "pwid", "dlig", "aalt", "frac", "sups", "subs", "numr", "dnom", "ordn", "zero", "case"];

/** Every name ID of the name table up to 25 (family, style, version, copyright, licence, …) is kept. */
const nameIds = [...Array(26).keys()];

/**
 * GB 2312's characters, decoded from their two-byte codes. Only the positions GB 2312 assigns: a GBK or
 * GB 18030 decoder also fills its empty ones (small Roman numerals, vertical forms, pinyin letters, €),
 * which GB 2312 does not have. Two codes decode differently in GBK than in GB 2312's own mapping
 * (Unicode's GB2312.TXT): A1A4 (U+00B7 there, U+30FB here) and A1AA (U+2014 there, U+2015 here); both
 * readings are kept (U+00B7 and U+2014 are in the ranges above anyway).
 */
function gb2312(): string[] {
  // Per row (first byte), the assigned runs of second bytes.
  const all: [number, number][] = [[0xa1, 0xfe]];
  const rows: Record<number, [number, number][]> = {
    0xa1: all, // punctuation and symbols
    0xa2: [[0xb1, 0xe2], [0xe5, 0xee], [0xf1, 0xfc]], // 1.–20., ⑴–⒇, ①–⑩, ㈠–㈩, Ⅰ–Ⅻ
    0xa3: all, // fullwidth ASCII
    0xa4: [[0xa1, 0xf3]], // hiragana
    0xa5: [[0xa1, 0xf6]], // katakana
    0xa6: [[0xa1, 0xb8], [0xc1, 0xd8]], // Greek
    0xa7: [[0xa1, 0xc1], [0xd1, 0xf1]], // Cyrillic
    0xa8: [[0xa1, 0xba], [0xc5, 0xe9]], // pinyin, bopomofo
    0xa9: [[0xa4, 0xef]], // box drawing
  };
  for (let row = 0xb0; row <= 0xf7; row++) rows[row] = row === 0xd7 ? [[0xa1, 0xf9]] : all; // hanzi, level 1 then 2
  const decoder = new TextDecoder("gb18030", { fatal: true });
  const characters = ["\u30fb", "\u2015"];
  for (const [row, runs] of Object.entries(rows)) {
    for (const [from, to] of runs) for (let cell = from; cell <= to; cell++) characters.push(decoder.decode(new Uint8Array([Number(row), cell])));
  }
  const single = characters.filter((c) => [...c].length === 1 && c !== "\ufffd");
  if (single.length !== characters.length) throw new Error("a GB 2312 code did not decode to one character");
  return single;
}

/** The files of a package tarball (npm pack's .tgz: gzip, then tar with a ustar header per file). */
function untar(tgz: Buffer): Map<string, Buffer> {
  const tar = gunzipSync(tgz);
  const files = new Map<string, Buffer>();
  const text = (start: number, length: number) => tar.toString("utf8", start, start + length).replace(/\0.*$/s, "");
  for (let at = 0; at + 512 <= tar.length && tar[at] !== 0; ) {
    const size = parseInt(text(at + 124, 12).trim() || "0", 8);
    const type = text(at + 156, 1);
    const prefix = text(at + 345, 155);
    const name = prefix ? `${prefix}/${text(at, 100)}` : text(at, 100);
    if (type === "0" || type === "") files.set(name.replace(/^package\//, ""), tar.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** The package's files by path, read from its tarball or its folder. */
function packageFiles(source: string): (path: string) => Buffer {
  if (statSync(source).isDirectory()) {
    const folder = existsSync(join(source, "package", "package.json")) ? join(source, "package") : source;
    return (path) => readFileSync(join(folder, path));
  }
  const files = untar(readFileSync(source));
  return (path) => {
    const file = files.get(path);
    if (!file) throw new Error(`${source} has no package/${path}`);
    return file;
  };
}

/** Every zh translation file: the story's and the test fixtures'. */
function chineseTexts(root: string): string[] {
  const fixtures = join(root, "test", "fixtures");
  const files = [
    join(root, "data", "translations", "zh.json"),
    ...readdirSync(fixtures)
      .map((story) => join(fixtures, story, "translations", "zh.json"))
      .filter((file) => existsSync(file)),
  ];
  return files.map((file) => readFileSync(file, "utf8"));
}

const source = process.argv[2];
if (!source) {
  console.error(`Usage: node scripts/run.mjs cut-chinese-font <the tarball of \`npm pack ${packageName}@${packageVersion}\`, or the package unpacked>`);
  process.exit(2);
}
const root = projectRoot();
const read = packageFiles(source);
const manifest = JSON.parse(read("package.json").toString("utf8")) as { name?: string; version?: string };
if (manifest.name !== packageName || manifest.version !== packageVersion) {
  console.error(`${source} is ${manifest.name}@${manifest.version}, not ${packageName}@${packageVersion}: the cut and its README are for that version.`);
  process.exit(1);
}

let text = gb2312().join("") + chineseTexts(root).join("");
for (const [from, to] of ranges) for (let code = from; code <= to; code++) text += String.fromCodePoint(code);
text = [...new Set(text)].join("");

const out = join(root, "fonts", "noto-sans-sc");
for (const weight of weights) {
  const font = read(fontFile(weight));
  const cut = await subsetFont(font, text, { targetFormat: "truetype", keepFeatures: features, preserveNameIds: nameIds });
  // Committed gzipped (src/text/committedFonts.ts expands them): 1.5 MB instead of 2.5 MB a weight.
  const file = join(out, `${fontFile(weight)}.gz`);
  mkdirSync(join(out, weight), { recursive: true });
  const gzipped = gzipSync(cut, { level: 9 });
  writeFileSync(file, gzipped);
  console.log(`${relative(root, file)}: ${(font.length / 1e6).toFixed(1)} MB → ${(cut.length / 1e6).toFixed(2)} MB, ${(gzipped.length / 1e6).toFixed(2)} MB gzipped`);
}
writeFileSync(join(out, "OFL.txt"), read("LICENSE_FONT"));
console.log(`${[...text].length} characters asked for; the font's licence in ${relative(root, join(out, "OFL.txt"))}`);
