/**
 * The project's overlap check as it runs in a page: the rendered box of every line of text in one chart,
 * trimmed to the ink (the line box includes the font's full ascent and descent), checked against the
 * chart's box and each other. The trim is the edition's first font's (the <svg>'s lang): Source Sans 3's
 * line box is 1.0 em above the baseline and 0.33 below; Noto Sans Arabic's 1.37 and 0.74 (room for marks
 * and deep descenders the lines never reach); Noto Sans SC's 1.16 and 0.29 around ideographs drawn from
 * 0.88 above to 0.12 below. Halo copies sit under their labels by design and are left out.
 * Passed to page.evaluate, so it must not use anything outside itself.
 */
export function renderedTextProblems(svg?: Element): string[] {
  const root = (svg ?? document.querySelector("svg")!) as SVGSVGElement;
  const frame = root.getBoundingClientRect();
  const boxes: { text: string; element: number; left: number; right: number; top: number; bottom: number }[] = [];
  // [top, bottom] trims in em: what of the line box is above the ink and below it.
  const lang = root.getAttribute("lang");
  const [topTrim, bottomTrim] = lang === "ar" ? [0.574, 0.488] : lang === "zh" ? [0.28, 0.168] : [0.26, 0.1];
  [...root.querySelectorAll("text")].forEach((text, element) => {
    if (text.closest("[class*='-halo']")) return;
    const size = parseFloat(getComputedStyle(text).fontSize) * (frame.width / (root.viewBox.baseVal?.width || frame.width));
    const parts = text.querySelectorAll("tspan").length ? [...text.querySelectorAll("tspan")] : [text];
    for (const part of parts) {
      const r = part.getBoundingClientRect();
      if (!part.textContent?.trim() || r.width === 0) continue;
      boxes.push({ text: part.textContent, element, left: r.left, right: r.right, top: r.top + topTrim * size, bottom: r.bottom - bottomTrim * size });
    }
  });
  const problems: string[] = [];
  for (const b of boxes) {
    if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5) problems.push(`"${b.text}" leaves the chart`);
  }
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.element !== b.element && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  });
  return problems;
}
