/**
 * Deaths by category as labelled horizontal bars, largest first. Labels sit above their bars so long
 * attributions ("described by Tajik authorities as …") fit a phone; every category is shown, zeros
 * included, and deaths a tally counts but no incident itemises get their own dashed, grey bar. In a
 * right-to-left edition the bars grow leftward from a baseline at the right, labels start at the right
 * and values sit left of each bar's end, as Arabic news outlets draw category bars (docs/editions.md, "Arabic and Chinese").
 */
import * as Plot from "@observablehq/plot";
import type { Dataset } from "../dataset/types.js";
import { deathsByCategory } from "../figures/deathsByCategory.js";
import { headlineFigures } from "../figures/headlineFigures.js";
import { editionOf } from "../editions/edition.js";
import { colors, fontWeights, layoutFor, marks, renderedRoom, type Layout, type TextStyle } from "../style/houseStyle.js";
import { textWidth } from "../text/measure.js";
import { wrapText } from "../text/wrap.js";
import { frameText } from "./chartText.js";
import { frameChart } from "./frame.js";
import type { ChartOptions } from "./options.js";
import { rememberedPlot } from "./plotMemo.js";

interface Row {
  label: string;
  attribution: string;
  killed: number;
  color: string;
  unitemised: boolean;
}

type Bar = Row & { y1: number; y2: number };

interface PlacedLine {
  text: string;
  y: number;
}

export function casualtiesByCategoryChart(dataset: Dataset, options: ChartOptions): SVGSVGElement {
  const layout = layoutFor(options.width, { fontEmbedded: dataset.story.embedFont, lang: editionOf(dataset).lang });
  const figures = headlineFigures(dataset);
  const edition = editionOf(dataset);
  // A retitled chart takes its plot again in watch mode (plotMemo.ts).
  const { plot } = rememberedPlot(dataset, "casualties-by-category", options, () => ({ plot: drawBars(dataset, layout, options), extra: undefined }));
  const frame = frameText(dataset, figures, "casualties-by-category", edition.message("ui.note.gapShownAsBar"));
  return (options.frame ?? frameChart)(options.document, layout, frame, plot);
}

/** The bars and their labels without the frame. */
function drawBars(dataset: Dataset, layout: Layout, { width, document }: ChartOptions): SVGSVGElement {
  const figures = headlineFigures(dataset);
  const edition = editionOf(dataset);
  const formatCount = edition.count;
  const rows: Row[] = deathsByCategory(dataset.incidents, dataset.categories)
    .map(({ category, killed }) => ({ label: category.label, attribution: category.attribution, killed, color: category.color, unitemised: false }))
    .sort((a, b) => b.killed - a.killed); // stable: ties keep codebook order
  const { tally, unitemisedKilled } = figures;
  if (tally && unitemisedKilled > 0) {
    rows.push({
      label: edition.message("ui.bar.notItemised"),
      attribution: edition.message("ui.bar.notItemisedAttribution", { tally: tally.label, tallyKilled: tally.killedAtLeast }),
      killed: unitemisedKilled,
      color: colors.unattributed,
      unitemised: true,
    });
  }

  const plotWidth = width - 2 * layout.padding;
  const { barHeight, barGap: rowGap } = layout;
  const { labelStrong, label, value } = layout;
  // The rows' text runs the plot's whole width, so it is wrapped and given room as the frame's is, for
  // renderers that draw it wider (houseStyle.ts, renderedWidthRoom).
  const roomy = (style: TextStyle): TextStyle => ({ ...style, widthFactor: Math.max(style.widthFactor, renderedRoom(style)) });

  // Lay rows out top to bottom in pixels; Plot's y scale is the identity so these positions hold.
  const labels: PlacedLine[] = [];
  const attributions: PlacedLine[] = [];
  const bars: Bar[] = [];
  let y = 0;
  for (const row of rows) {
    for (const line of wrapText(row.label, plotWidth, roomy(labelStrong))) {
      labels.push({ text: line, y: y + labelStrong.lineHeight / 2 });
      y += labelStrong.lineHeight;
    }
    for (const line of row.attribution ? wrapText(row.attribution, plotWidth, roomy(label)) : []) {
      attributions.push({ text: line, y: y + label.lineHeight / 2 });
      y += label.lineHeight;
    }
    y += 4;
    bars.push({ ...row, y1: y, y2: y + barHeight });
    y += barHeight + rowGap;
  }
  const plotHeight = Math.ceil(y - rowGap);

  // Leave room right of the longest bar for its value.
  const valueRoom = Math.max(...rows.map((r) => textWidth(formatCount(r.killed), roomy(value)))) + 8;
  const maxKilled = Math.max(1, ...rows.map((r) => r.killed));

  const rtl = edition.dir === "rtl";
  // Text starts where the bars do: the left edge, or the right one in a right-to-left edition.
  const start = rtl ? "end" : "start";
  const valueLabel = { x: "killed", y: (b: Bar) => (b.y1 + b.y2) / 2, dx: rtl ? -6 : 6, textAnchor: start, lineAnchor: "middle" } as const;
  return Plot.plot({
    document,
    width: plotWidth,
    height: plotHeight,
    margin: 0,
    x: { domain: [0, maxKilled], range: rtl ? [plotWidth, valueRoom] : [0, plotWidth - valueRoom], axis: null },
    y: { domain: [0, plotHeight], range: [0, plotHeight], axis: null },
    marks: [
      Plot.rect(bars.filter((b) => !b.unitemised), { x1: 0, x2: "killed", y1: "y1", y2: "y2", fill: "color" }),
      Plot.rect(bars.filter((b) => b.unitemised), {
        x1: 0,
        x2: "killed",
        y1: "y1",
        y2: "y2",
        fill: colors.background,
        stroke: colors.unattributed,
        strokeWidth: marks.tallyLineWidth,
        strokeDasharray: marks.dash,
        inset: 0.75,
      }),
      Plot.ruleX(bars, { x: 0, y1: (b) => b.y1 - 2, y2: (b) => b.y2 + 2, stroke: colors.axis }),
      Plot.text(labels, { x: 0, y: "y", text: "text", textAnchor: start, lineAnchor: "middle", fontSize: labelStrong.size, fontWeight: fontWeights[labelStrong.weight], fill: colors.text }),
      Plot.text(attributions, { x: 0, y: "y", text: "text", textAnchor: start, lineAnchor: "middle", fontSize: label.size, fill: colors.muted }),
      Plot.text(
        bars.filter((b) => b.killed > 0),
        { ...valueLabel, text: (b) => formatCount(b.killed), fontSize: value.size, fontWeight: fontWeights[value.weight], fill: colors.text }
      ),
      // "0" beside an attributed label would read as "none were killed"; zero means none itemised.
      Plot.text(
        bars.filter((b) => b.killed === 0),
        { ...valueLabel, text: () => edition.message("ui.bar.noneItemised"), fontSize: label.size, fill: colors.muted }
      ),
    ],
  }) as SVGSVGElement;
}
