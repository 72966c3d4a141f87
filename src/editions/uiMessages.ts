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
  // In place of a link, for a source that has none (events.csv's source_url "no public link").
  "ui.csv.noPublicLink": "no public link",
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
  // The incident map (map/incidentMap.ts, map/mapText.ts, map/places.ts, map/mapAlt.ts).
  "ui.map.note.circleArea": "Circle area shows deaths in each incident; numbers match the key and the running-total chart.",
  "ui.map.note.districtCircles":
    "Shaded dashed circles: the data locates {district, plural, one {this incident} other {these # incidents}} only to a district; circles are grouped around the district's reference point, not where each happened.",
  "ui.map.note.nearRings": "Dashed rings: {near, plural, one {# incident} other {# incidents}} the sources describe as near a named place.",
  "ui.map.note.unplaced": "{unplaced, plural, one {# incident} other {# incidents}} of {total} {unplaced, plural, one {has} other {have}} no location in the data and {unplaced, plural, one {is} other {are}} not on the map.",
  "ui.map.note.outsideFrame": "{outside, plural, one {# incident} other {# incidents}} of {total} {outside, plural, one {lies} other {lie}} outside the area shown and {outside, plural, one {is} other {are}} not on the map.",
  "ui.map.source": "{source}. Boundaries: Natural Earth (public domain), via world-atlas; locations: see the data",
  "ui.map.gapShownAs": "not on the map",
  "ui.map.scaleBar": "{km} km",
  "ui.map.capital": "Dushanbe",
  "ui.map.province.Khatlon": "KHATLON",
  "ui.map.province.Gorno-Badakhshan": "GORNO-BADAKHSHAN",
  "ui.map.country.TAJIKISTAN": "TAJIKISTAN",
  "ui.map.country.AFGHANISTAN": "AFGHANISTAN",
  "ui.map.country.UZBEKISTAN": "UZBEKISTAN",
  "ui.map.country.KYRGYZSTAN": "KYRGYZSTAN",
  "ui.map.country.CHINA": "CHINA",
  "ui.map.country.PAKISTAN": "PAKISTAN",
  "ui.map.fromCapital":
    "about {km} km {direction, select, east {east} northEast {north-east} north {north} northWest {north-west} west {west} southWest {south-west} south {south} southEast {south-east} other {}} of {capital}",
  "ui.map.nearCapital": "near {capital}",
  "ui.map.howPlaced.district": "located only to the district",
  "ui.map.howPlaced.near": "near a named place",
  "ui.map.howPlaced.exact": "at a named place",
  "ui.map.alt.main":
    "Map of Tajikistan and Afghanistan with the border between them, showing {placed, plural, one {# incident} other {# incidents}} itemised by officials, {sinceDate} to {asOfDate}, as circles sized by deaths.{where}{missing}",
  "ui.map.alt.where": " {places}.",
  "ui.map.alt.place": "{count, plural, one {# incident} other {# incidents}} in {district}, {region}{killed} ({how}, {fromCapital})",
  "ui.map.alt.killed": ", killing {deaths}",
  // The numbers the place's circles carry on the map, in the key and on the running total.
  "ui.map.alt.numbered": ", numbered {numbers} on the map",
  "ui.map.alt.otherPlaces": "{rest, plural, one {# other place} other {# other places}} with {restIncidents, plural, one {# incident} other {# incidents}}",
  "ui.map.alt.missing": " {unplaced, plural, one {# incident has} other {# incidents have}} no location in the data and {unplaced, plural, one {is} other {are}} not shown.",
  "ui.map.alt.outsideFrame": " {outside, plural, one {# incident lies} other {# incidents lie}} outside the area shown and {outside, plural, one {is} other {are}} not shown.",
  // The tables screen readers get in the embed snippet (output/readerTable.ts).
  "ui.table.date": "Date",
  "ui.table.killedThatDay": "Killed that day",
  "ui.table.runningTotal": "Killed in itemised incidents, running total",
  "ui.table.atLeast": "Killed, at least ({tally})",
  "ui.table.incidents": "Incidents",
  "ui.table.source": "Source",
  "ui.table.incidentCount": "{count, plural, one {# incident} other {# incidents}}",
  "ui.table.tallyPublished": "{tally} published",
  "ui.table.category": "Category",
  "ui.table.killed": "Killed",
  "ui.table.notItemised": "Not itemised in official statements (in the {tally} of at least {tallyKilled}; category not given)",
  "ui.table.numberOnMap": "Number on the map",
  "ui.table.where": "Where",
  "ui.table.howPlaced": "How exactly the map places it",
  "ui.table.incident": "Incident",
  "ui.table.placeAndLocation": "{district}, {region}: {location}",
  // An incident whose location is not translated yet: its district and region alone.
  "ui.table.place": "{district}, {region}",
  "ui.table.placedAndDistance": "{how}, {fromCapital}",
  "ui.table.notOnMap": "not on the map (no location in the data)",
  "ui.table.outsideMap": "not on the map (outside the area shown)",
  "ui.table.moreIncidents": "{count, plural, one {# more incident} other {# more incidents}}",
  "ui.table.seeData": "see Get the data",
  // The map's data file (output/chartData.ts): column names, as for the other charts' CSVs.
  "ui.csv.number": "number",
  "ui.csv.id": "id",
  "ui.csv.region": "region",
  "ui.csv.district": "district",
  "ui.csv.location": "location",
  "ui.csv.lat": "lat",
  "ui.csv.lon": "lon",
  "ui.csv.geoPrecision": "geo_precision",
  "ui.csv.fromCapital": "from_dushanbe",
  "ui.csv.moreIncidents": "{count} more incidents; see data/events.csv",
} as const;

export type UiKey = keyof typeof uiMessages;
