/**
 * ICU messages kept compiled for the process, the 4,096 used most recently. Compiling one (parsing it and
 * resolving its locale) costs far more than filling it, and every rewrite of a story compiles the same
 * few hundred: each edition's furniture and story texts, incident labels and locations among them
 * (about a tenth of a French edit's rewrite went on it). A translated story of more than a few thousand
 * incidents outgrows the cache and compiles its labels on every rewrite, as before it. A compiled
 * message holds no state between calls to format, so one can serve every caller.
 */
import { IntlMessageFormat } from "intl-messageformat";

const compiled = new Map<string, IntlMessageFormat>();
const kept = 4096; // every message of several editions and story versions

export function compiledMessage(locale: string, template: string): IntlMessageFormat {
  const key = `${locale}\u0000${template}`;
  let format = compiled.get(key);
  if (format) {
    // Used again: moved to the newest end, so the least recently used goes first.
    compiled.delete(key);
  } else {
    format = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
    if (compiled.size >= kept) compiled.delete(compiled.keys().next().value!);
  }
  compiled.set(key, format);
  return format;
}
