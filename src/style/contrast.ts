/**
 * WCAG 2 contrast between two colours, and a dark-scheme version of a colour that keeps the contrast a
 * mark needs. Used to check the palettes and to derive dark colours for the codebook's categories.
 */
import * as d3 from "d3";

function luminance(color: string): number {
  const { r, g, b } = d3.rgb(color);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour itself if it has `minimum` contrast on the background, else the least lightened version that does. */
export function withContrast(color: string, background: string, minimum: number): string {
  let candidate = d3.lab(color);
  for (let step = 0; step < 100 && contrastRatio(candidate.formatHex(), background) < minimum; step++) candidate = candidate.brighter(0.1);
  return candidate.formatHex();
}
