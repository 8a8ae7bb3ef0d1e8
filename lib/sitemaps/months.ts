import { siteDay, startOfSiteDay } from '@/lib/dates/format';

// Calendar months in the site's time zone ("2026-11"): an article belongs to the month its publication day is in.

export const monthOf = (date: Date, timeZone: string) => siteDay(date, timeZone).slice(0, 7);

export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The instants a month starts (inclusive) and ends (exclusive) in the site's time zone. */
export function monthRange(month: string, timeZone: string): { start: Date; end: Date } {
  const start = startOfSiteDay(`${month}-01`, timeZone);
  const end = startOfSiteDay(`${nextMonth(month)}-01`, timeZone);
  if (!start || !end) throw new Error(`Not a month: ${month}`);
  return { start, end };
}

/** Every month from `first` to `last`, both included, oldest first. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  return months;
}
