/**
 * What a build prints: the files written, the headline figures to check against the article's copy, and
 * the warnings. Kept in the build record, so that a build with nothing to do, or one after watch mode
 * wrote the folder, prints the same.
 */
import { deathsByCategory } from "../figures/deathsByCategory.js";
import type { Build } from "./buildSvgs.js";
import { formatWarning } from "../input/problems.js";

export interface Report {
  files: string[];
  figures: string[];
  /** Each edition's status ("Edition fr (Français): needs native editor review"). */
  editions?: string[];
  warnings: string[];
}

/**
 * `pending`: files still being drawn (watch mode's PNGs and the review pages that show them), listed as
 * the whole set will have them.
 */
export function buildReport(
  build: Build & { editions?: readonly { lang: string; name: string; status: string }[]; held?: readonly { lang: string; name: string; keys: readonly string[]; asOf?: string | undefined }[] },
  pending: readonly string[] = []
): Report {
  const editions = [
    ...(build.editions ?? []).map((edition) => `Edition ${edition.lang} (${edition.name}): ${edition.status}`),
    // Said with the figures as well as among the warnings: the desk checks this part before publishing.
    ...(build.held ?? []).map(({ lang, name, keys, asOf }) => {
      const shows = asOf === undefined ? "NOT BUILT, no earlier set of it to hold" : "HELD at its last complete set, not these figures";
      return `Edition ${lang} (${name}): ${shows}; needs ${keys.length} text${keys.length === 1 ? "" : "s"} translated (see the warning below)`;
    }),
  ];
  return { files: [...build.files.keys(), ...pending], figures: figureLines(build), ...(editions.length ? { editions } : {}), warnings: build.warnings.map(formatWarning) };
}

/** The headline figures, for checking against the article's copy. */
function figureLines({ dataset, figures }: Build): string[] {
  const lines: string[] = [];
  const { story } = dataset;
  // The story's measure is deadly incidents; rows with no deaths are counted apart, never in it.
  const others = figures.itemisedIncidents - figures.itemisedDeadlyIncidents;
  const nonDeadly = others ? ` (and ${others} incident${others === 1 ? "" : "s"} with no deaths)` : "";
  lines.push(`Killed in itemised incidents: ${figures.itemisedKilled} in ${figures.itemisedDeadlyIncidents} deadly incidents${nonDeadly} (${story.since} to ${story.asOf})`);
  const { tally } = figures;
  if (tally) {
    const incidents = tally.incidentsAtLeast == null ? "" : ` in at least ${tally.incidentsAtLeast} deadly incidents`;
    lines.push(`Reported tally: at least ${tally.killedAtLeast} killed${incidents} (${tally.source})`);
    if (figures.unitemisedKilled) {
      lines.push(`Not itemised: ${figures.unitemisedKilled}, shown on the running-total and category charts as unattributed; at least ${figures.killedAtLeast} killed in at least ${figures.deadlyIncidentsAtLeast} deadly incidents in all`);
    }
  }
  lines.push("Deaths by category (itemised):");
  for (const { category, killed } of deathsByCategory(dataset.incidents, dataset.categories)) lines.push(`  ${category.label}: ${killed}`);
  if (story.figures.length) lines.push(`Story figures checked against the data (tally figures as of their tally's date): ${story.figures.length}, all agree`);
  return lines;
}
