import * as d3 from "d3";
import type { IsoDate } from "../dataset/types.js";
import { formatMonth } from "../style/houseStyle.js";

/** A calendar date as UTC midnight, so the chart is the same in every time zone. */
export function utcDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Month ticks between two dates: every month, or every 2, 3, 6 or 12 when there are more than maxTicks.
 * Labels are "Nov" with the year underneath on the first tick and each January.
 */
export function monthTicks(start: Date, end: Date, maxTicks: number, month: (date: Date) => string = formatMonth): { date: Date; label: string }[] {
  const every = [1, 2, 3, 6, 12].find((k) => d3.utcMonth.every(k)!.range(start, d3.utcDay.offset(end, 1)).length <= maxTicks) ?? 12;
  const dates = d3.utcMonth.every(every)!.range(start, d3.utcDay.offset(end, 1));
  return dates.map((date, i) => ({ date, label: month(date) + (i === 0 || date.getUTCMonth() === 0 ? `\n${date.getUTCFullYear()}` : "") }));
}
