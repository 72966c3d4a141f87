/**
 * The words the charts write around the data (axis title, end labels, the tally-gap note, alt text, CSV
 * headers, the embed caption), in English, as ICU MessageFormat. English is the source language: every
 * translation file carries these keys beside the story's own texts, and the build checks each
 * translation against the text here. Plurals are ICU `plural` (CLDR rules per language, via
 * intl-messageformat), so Russian and Arabic get their own forms without any rule written by hand.
 */
export const uiMessages = {
  "ui.axis.runningTotal": "Deaths, running total",
  "ui.label.killedTotal": "{total} killed",
  "ui.label.itemisedTotal": "{total} in itemised incidents",
  "ui.label.atLeast": "At least {killedAtLeast} ({tally})",
  "ui.label.atLeastWithLater": "At least {killedAtLeast} ({tally} + later incidents)",
  "ui.label.incident": "{day}: {what}",
  "ui.label.incidentSeparator": "; ",
  "ui.label.manyIncidents": "{incidents, plural, one {# incident} other {# incidents}}, {killed} killed",
  "ui.note.annotatedDeadliest": "Annotated: the {shown} deadliest of {days, plural, one {# day} other {# days}} with incidents.",
  "ui.note.gapShownAsStep": "shown as a dashed step on {tallyDate}",
  "ui.note.gapShownAsBar": "shown as a dashed bar",
  "ui.note.tallyGap":
    "{tallySource}: at least {tallyKilled} killed{hasIncidents, select, yes { in at least {tallyIncidents, plural, one {# deadly incident} other {# deadly incidents}}} other {}}. " +
    "Official statements itemise {itemisedKilled, plural, one {# death} other {# deaths}} in {itemisedIncidents, plural, one {# deadly incident} other {# deadly incidents}} to {tallyDate}; " +
    "the other {unitemised, plural, one {death has} other {# have}} no date or category there and {unitemised, plural, one {is} other {are}} {shownAs}.",
  "ui.frame.sourceLine": "Source: {source}",
  "ui.bar.notItemised": "Not itemised in official statements",
  "ui.bar.notItemisedAttribution": "in the {tally} of at least {tallyKilled}; category not given",
  "ui.bar.noneItemised": "None in itemised incidents",
  "ui.alt.cumulative":
    "Step chart of deaths in incidents itemised by officials, {sinceDate} to {asOfDate}: the toll rose from 0 to {itemisedKilled} in {itemisedIncidents, plural, one {# deadly incident} other {# deadly incidents}}" +
    "{others, plural, =0 {} one { (and # incident with no deaths)} other { (and # incidents with no deaths)}}; " +
    "the deadliest, on {deadliestDates}, killed {deadliest}{each, select, yes { each} other {}}.",
  "ui.alt.categories": "Bar chart of the {itemisedKilled, plural, one {# death} other {# deaths}} in incidents itemised by officials, {sinceDate} to {asOfDate}, by category, largest first: {parts}.",
  "ui.alt.categoryWithAttribution": "{label} ({attribution})",
  "ui.alt.categoryPart": "{name} {killed}",
  "ui.alt.none": "none",
  "ui.alt.partSeparator": ", ",
  "ui.alt.gap": " The {tally} counts {unitemised, plural, one {# more death} other {# more deaths}} that no itemised incident accounts for: at least {killedAtLeast} in all.",
  "ui.csv.date": "date",
  "ui.csv.killedOnDate": "killed_on_date",
  "ui.csv.runningTotalItemised": "running_total_itemised",
  "ui.csv.runningTotalAtLeast": "running_total_at_least",
  "ui.csv.incidents": "incidents",
  "ui.csv.source": "source",
  "ui.csv.sourceUrl": "source_url",
  "ui.csv.note": "note",
  "ui.csv.category": "category",
  "ui.csv.label": "label",
  "ui.csv.attribution": "attribution",
  "ui.csv.killed": "killed",
  "ui.csv.start": "start",
  "ui.csv.asOf": "as of",
  "ui.csv.tallyAtLeast": "{tally}: at least {tallyKilled}",
  "ui.csv.incidentCount": "{count} incidents",
  "ui.csv.tooManySources": "{count} incidents; see their rows in data/events.csv",
  "ui.embed.sources": "Sources",
  "ui.embed.getData": "Get the data",
  "ui.embed.tableCaption": "{headline}: the data",
} as const;

export type UiKey = keyof typeof uiMessages;
