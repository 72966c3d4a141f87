/**
 * Text width from the shipped fonts' own metrics, with kerning: the two functions the charts measure with.
 * Source Sans 3 (sourceSans.ts) for the Latin and Cyrillic editions; shaped runs in the edition's own fonts
 * (shapedText.ts, which writes textWidth so that measureFor hands Latin editions this very function) for
 * Arabic and Chinese. jsdom has no layout, so this is the only way to know whether text fits.
 */
export { textWidth } from "./shapedText.js";
export { missingGlyphs } from "./sourceSans.js";
