// The archive's periods: a year ("2019"), a month ("2019-05") or a day ("2019-05-16"), always calendar periods in
// the site's time zone, so a story published at 23:30 local time is filed under that local day.
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { addDaysToDay, formatMastheadDate, siteDay, startOfSiteDay } from '@/lib/dates/format';
import { parsePageNumber } from '@/lib/routes';

export type ArchivePeriod =
  | { kind: 'year'; key: string; year: number }
  | { kind: 'month'; key: string; year: number; month: number }
  | { kind: 'day'; key: string; year: number; month: number; day: number };

// Exactly the segments the archive's own links use: four-digit years, two-digit months and days.
const YEAR = /^[12]\d{3}$/;
const MONTH = /^(?:0[1-9]|1[0-2])$/;
const DAY = /^(?:0[1-9]|[12]\d|3[01])$/;

/**
 * The period an archive address names (`/archive/2019/05/16` → its segments), or null for anything that is not a
 * real calendar date written as the archive writes it: 2019/13, 2019/02/30, 2019/5 and "may" are all null.
 */
export function parseArchivePeriod(year: string, month?: string, day?: string): ArchivePeriod | null {
  if (!YEAR.test(year)) return null;
  if (month === undefined) return { kind: 'year', key: year, year: Number(year) };
  if (!MONTH.test(month)) return null;
  if (day === undefined) return { kind: 'month', key: `${year}-${month}`, year: Number(year), month: Number(month) };
  if (!DAY.test(day)) return null;
  const key = `${year}-${month}-${day}`;
  // startOfSiteDay reads the date back, so 30 February and 31 April are refused here.
  if (!startOfSiteDay(key, 'UTC')) return null;
  return { kind: 'day', key, year: Number(year), month: Number(month), day: Number(day) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of the period after this one ("2019" → "2020-01-01", "2019-12" → "2020-01-01"). */
function dayAfter(period: ArchivePeriod): string {
  switch (period.kind) {
    case 'year':
      return `${period.year + 1}-01-01`;
    case 'month':
      return period.month === 12 ? `${period.year + 1}-01-01` : `${period.year}-${pad(period.month + 1)}-01`;
    case 'day':
      return addDaysToDay(period.key, 1);
  }
}

const firstDay = (period: ArchivePeriod) =>
  period.kind === 'year' ? `${period.key}-01-01` : period.kind === 'month' ? `${period.key}-01` : period.key;

/** The instants the period starts (inclusive) and ends (exclusive) in the time zone (DST-aware). */
export function periodRange(period: ArchivePeriod, timeZone = siteConfig().timeZone): { start: Date; end: Date } {
  const start = startOfSiteDay(firstDay(period), timeZone);
  const end = startOfSiteDay(dayAfter(period), timeZone);
  if (!start || !end) throw new Error(`Not an archive period: ${period.key}`);
  return { start, end };
}

const monthNames = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
);

/** "May" for month 5. */
export const monthName = (month: number) => monthNames[month - 1] ?? '';

/** How a period is named on its page: "2019", "May 2019", "Thursday, 16 May 2019". */
export function periodLabel(period: ArchivePeriod): string {
  switch (period.kind) {
    case 'year':
      return period.key;
    case 'month':
      return `${monthName(period.month)} ${period.year}`;
    case 'day':
      // Noon UTC of the date is on that date in every zone within ±12 hours; the zone only picks the weekday name.
      return formatMastheadDate(new Date(Date.UTC(period.year, period.month - 1, period.day, 12)), 'UTC');
  }
}

/**
 * The archive's cache tags for a story published at `publishedAt`: the list of years and its year, month and day
 * pages. A publish step invalidates them (lib/publishing/invalidate.ts), so the archive changes at once.
 */
export function archiveTagsFor(publishedAt: Date, timeZone = siteConfig().timeZone): string[] {
  const day = siteDay(publishedAt, timeZone);
  return [cacheTags.archive(), cacheTags.archive(day.slice(0, 4)), cacheTags.archive(day.slice(0, 7)), cacheTags.archive(day)];
}

/** What an archive address asks for: a period (null for the list of years) and a page of its stories. */
export type ArchiveAddress = { period: ArchivePeriod | null; page: number };

/**
 * Reads the segments after /archive: [], [2019], [2019, 05], [2019, 05, 16], each month or day optionally followed by
 * [page, N] for N ≥ 2 (page 1 is the period's own address). Anything else is null (404).
 */
export function parseArchivePath(segments: string[]): ArchiveAddress | null {
  let page = 1;
  let rest = segments;
  if (rest.length >= 2 && rest[rest.length - 2] === 'page') {
    const n = parsePageNumber(rest[rest.length - 1] ?? '');
    if (!n || n < 2) return null;
    page = n;
    rest = rest.slice(0, -2);
  }
  if (rest.length === 0) return page === 1 ? { period: null, page } : null;
  if (rest.length > 3) return null;
  const period = parseArchivePeriod(rest[0]!, rest[1], rest[2]);
  if (!period || (page > 1 && period.kind === 'year')) return null;
  return { period, page };
}
