/**
 * Texts against their language's style sheet (styleSheet.ts): each variant a rule says never to write,
 * found in the words a text writes (not in its ICU syntax, so a plural's `other {…}` is no variant),
 * ignoring case. The rules are the sheet's data; this only looks for them.
 */
import { writtenParts } from "./checkTranslation.js";
import type { StyleRule, StyleSheet } from "./styleSheet.js";

export interface StyleFinding {
  key: string;
  line?: number | undefined;
  text: string;
  /** The variant as the rule spells it. */
  found: string;
  rule: StyleRule;
}

const folded = (text: string) => text.normalize("NFC").toLowerCase();

/** Every variant of every rule found in `texts`, in the order of the texts, then of the rules. */
export function styleFindings(texts: Iterable<{ key: string; text: string; line?: number | undefined }>, sheet: StyleSheet): StyleFinding[] {
  const checked = sheet.rules.filter((rule) => rule.never.length).map((rule) => ({ rule, variants: rule.never.map((v) => [v, folded(v)] as const), keys: new Set(rule.keys) }));
  const findings: StyleFinding[] = [];
  for (const { key, text, line } of texts) {
    const parts = writtenParts(text).map(folded);
    for (const { rule, variants, keys } of checked) {
      if (keys.size && !keys.has(key)) continue;
      for (const [found, variant] of variants) if (parts.some((part) => part.includes(variant))) findings.push({ key, line, text, found, rule });
    }
  }
  return findings;
}
