// Chart labels and summaries on the site's clock.
import type { DayPoint, HourPoint } from '@/lib/analytics/insights';
import { siteClock } from '@/lib/analytics/insights-tables';
import { formatClock, formatLongDate } from '@/lib/dates/format';

const count = (n: number) => n.toLocaleString('en-GB');
/** "7 Dec" from "2026-12-07". */
export const shortDay = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

const peak = <T extends { views: number }>(points: T[]) => points.reduce((best, p) => (p.views > best.views ? p : best), points[0]!);
const sumOf = (points: { views: number }[]) => points.reduce((a, p) => a + p.views, 0);

export function hourLabels(points: HourPoint[], timeZone: string) {
  return points.map((p) => formatClock(p.hour, timeZone));
}

export function hourlySummary(points: HourPoint[], timeZone: string, what: string) {
  const top = peak(points);
  if (!top || top.views === 0) return `No views of ${what} in the last 48 hours.`;
  return `Bar chart of views of ${what} per hour for the last 48 hours: ${count(sumOf(points))} in all; the busiest hour began at ${siteClock(top.hour, timeZone).slice(11)} on ${formatLongDate(top.hour, timeZone)}, with ${count(top.views)}.`;
}

export function dailySummary(points: DayPoint[], what: string) {
  const top = peak(points);
  if (!top || top.views === 0) return `No views of ${what} in the last 30 days.`;
  return `Bar chart of views of ${what} per day for the last 30 days: ${count(sumOf(points))} in all; the busiest day was ${shortDay(top.day)}, with ${count(top.views)}.`;
}
