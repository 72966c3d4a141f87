/**
 * How a message uses its placeholders, so a translation can be held to the English's use of each: a
 * translation may move words around the data's numbers, never change, hide or reformat them. Found by an
 * attack on the French file: a plural offset wrote "Au moins 15" for 16, `{x, number, percent}` "1 600 %",
 * a plural whose forms wrote no `#` dropped the figure, and `{sinceDate, number}` drew "NaN".
 */
import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export interface PlaceholderUse {
  /** Placeholders written out whatever the values: as {name}, or as # in every form of a plural over it. */
  shown: Set<string>;
  /** Placeholders a select chooses by (a word the code passes, "yes" or "northEast"), not a figure. */
  selected: Set<string>;
  /** What no translation may do, whatever its English: format a value itself, or offset a plural. */
  misuses: string[];
  /** Per placeholder, the plural forms that leave it to their words ("one {death has}"). */
  omits: Map<string, Set<string>>;
}

/**
 * `locale`: the language whose plural categories are read (a category that is one number may write no #).
 * `asEnglish`: the forms the English leaves a figure out of ("the other {unitemised, plural, one {death
 * has} …}"); a translation may leave it out of the same forms.
 */
export function placeholderUse(elements: readonly MessageFormatElement[], locale: string, asEnglish: ReadonlyMap<string, ReadonlySet<string>> = new Map()): PlaceholderUse {
  const use: PlaceholderUse = { shown: new Set(), selected: new Set(), misuses: [], omits: new Map() };
  for (const name of shownIn(elements, locale, undefined, use, asEnglish)) use.shown.add(name);
  return use;
}

/** The placeholders `elements` write in full, recording selects and misuses on the way. `pluralOf`: what # stands for here. */
function shownIn(elements: readonly MessageFormatElement[], locale: string, pluralOf: string | undefined, use: PlaceholderUse, asEnglish: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const shown = new Set<string>();
  for (const element of elements) {
    if (element.type === TYPE.argument) shown.add(element.value);
    else if (element.type === TYPE.pound && pluralOf) shown.add(pluralOf);
    else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      shown.add(element.value); // written, if wrongly: that is said once, as a misuse
      const kind = element.type === TYPE.number ? "number" : element.type === TYPE.date ? "date" : "time";
      use.misuses.push(`{${element.value}, ${kind}…} formats the value itself; write {${element.value}}: the edition writes numbers and dates in its language's own form`);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (element.type === TYPE.select) use.selected.add(element.value);
      if (element.type === TYPE.plural && element.offset) use.misuses.push(`{${element.value}, plural, offset:${element.offset} …} changes the figure it writes; use no offset`);
      // Written in full only if every form writes it. A form that stands for one number needs not: its
      // words say it ("قتيلان"), and so may the same form where the English's stands for one number and
      // says it in words ("one {death has}"), if in this language it too stands only for numbers up to 2
      // (French "one", 0 and 1: "le mort restant n'a"; not Russian "one", which is also 21 and 31). A form
      // the English leaves out for grammar alone ("other {are}") writes nothing: the figure is then
      // written elsewhere or not at all.
      let inEvery: Set<string> | undefined;
      for (const [selector, option] of Object.entries(element.options)) {
        const inForm = shownIn(option.value, locale, element.type === TYPE.plural ? element.value : pluralOf, use, asEnglish);
        if (element.type === TYPE.plural && !inForm.has(element.value)) {
          use.omits.set(element.value, new Set([...(use.omits.get(element.value) ?? []), selector]));
          const asEnglishOneNumber = asEnglish.get(element.value)?.has(selector) && standsForOneNumber(selector, "en", element.pluralType) && onlySmallNumbers(selector, locale, element.pluralType);
          if (standsForOneNumber(selector, locale, element.pluralType) || asEnglishOneNumber) inForm.add(element.value);
        }
        inEvery = inEvery ? new Set([...inEvery].filter((name) => inForm.has(name))) : inForm;
      }
      for (const name of inEvery ?? []) shown.add(name);
    }
  }
  return shown;
}

/**
 * Whether a plural form stands for one number small enough for its words alone to say it ("قتيلان", two
 * dead, has no digit): =0, =1 or =2, or a category that only one number up to 1,000 falls in, in this
 * language (Arabic "two"; not French "one", which is 0 and 1, nor Russian "one", which is 1, 21, 31…).
 * A larger exact form writes its #: `=16 {quinze morts}` put 15 in a headline whose figure was 16.
 */
function standsForOneNumber(selector: string, locale: string, type: "cardinal" | "ordinal" = "cardinal"): boolean {
  if (/^=\d+$/.test(selector)) return Number(selector.slice(1)) <= 2;
  const key = `${locale} ${type} ${selector}`;
  let one = oneNumberForms.get(key);
  if (one === undefined) {
    const rules = new Intl.PluralRules(locale, { type });
    let count = 0;
    for (let n = 0; n <= 1000 && count < 2; n++) if (rules.select(n) === selector) count++;
    oneNumberForms.set(key, (one = count === 1));
  }
  return one;
}

/** Whether every number up to 1,000 that falls in a plural category, in this language, is 2 or less. */
function onlySmallNumbers(selector: string, locale: string, type: "cardinal" | "ordinal" = "cardinal"): boolean {
  const key = `${locale} ${type} ${selector} small`;
  let small = oneNumberForms.get(key);
  if (small === undefined) {
    const rules = new Intl.PluralRules(locale, { type });
    small = true;
    for (let n = 3; n <= 1000 && small; n++) if (rules.select(n) === selector) small = false;
    oneNumberForms.set(key, small);
  }
  return small;
}

// By locale, type and category: a few dozen at most. Counting took 23 ms of every watch save, which checks
// each translation file against the English again.
const oneNumberForms = new Map<string, boolean>();
