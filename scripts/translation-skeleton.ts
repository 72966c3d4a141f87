/**
 * npm run translation -- --lang <xx>: writes data/translations/<xx>.json for a translator, or brings an
 * existing one up to date: every key the English has, in order, with the English beside it; entries
 * already translated keep their translation (and the English they were made from, so a changed English
 * still shows as a warning); new keys get an empty translation, which the build reports as missing.
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { readDataset } from "../src/input/readDataset.js";
import { sourceTexts } from "../src/editions/sourceTexts.js";
import { parseTranslationFile } from "../src/editions/translationFile.js";
import { translationPath } from "../src/editions/translations.js";

const { values } = parseArgs({ options: { lang: { type: "string" }, data: { type: "string", default: "data" } } });
if (!values.lang || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(values.lang)) {
  console.error("Usage: npm run translation -- --lang <language tag, e.g. fr>");
  process.exit(2);
}
const path = translationPath(values.data!, values.lang);
const existing = await readFile(path, "utf8").then((text) => parseTranslationFile(text, path).translation, () => undefined);
const english = sourceTexts(await readDataset(values.data!));
const entries = [...english].map(([key, en]) => {
  const old = existing?.entries.get(key);
  return `    ${JSON.stringify(key)}: {\n      "en": ${JSON.stringify(old?.en ?? en)},\n      "translation": ${JSON.stringify(old?.translation ?? "")}\n    }`;
});
const text = `// ${values.lang} edition of the border-incident charts. Translate each "translation"; keep {placeholders}
// exactly as in "en" (plurals: {n, plural, one {…} other {…}} with your language's forms). Never type a
// figure by hand. Leave "en" alone: it records the English you translated. See README, "Editions".
{
  "language": ${JSON.stringify(values.lang)},
  "status": ${JSON.stringify(existing?.status ?? "needs native editor review")},
  "entries": {
${entries.join(",\n")}
  }
}
`;
await mkdir(dirname(path), { recursive: true });
await writeFile(path, text);
console.log(`Wrote ${path}: ${english.size} keys, ${entries.length - (existing ? [...english.keys()].filter((k) => existing.entries.get(k)?.translation).length : 0)} to translate`);
