/**
 * ICU messages compiled once per process. Compiling one (parsing it and resolving its locale) costs far
 * more than filling it, and every build compiles the same few hundred: each edition's furniture and
 * story texts, in each of watch mode's rewrites (about a tenth of a French edit's rewrite went on it).
 * A compiled message holds no state between calls to format, so one can serve every caller.
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
