// Reader-facing dates, always in the site's time zone, never the server's. Built on the platform's Intl API and
// its ICU time-zone database: the zone library we tried first (@date-fns/tz) constructs `new Date()` internally,
// which Next 16 refuses while prerendering a page.
import { dayIn } from '@/lib/http/edition.mjs';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: string; monthName: string };

/** The calendar fields of an instant as a clock in `timeZone` shows them. */
function wallClock(date: Date, timeZone: string): WallClock {
  const parts = formatter(timeZone, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const numeric = formatter(timeZone, { month: 'numeric' }).format(date);
  return {
    year: Number(get('year')),
    month: Number(numeric),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: get('weekday'),
    monthName: get('month'),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "Monday, 22 July 2019": the masthead. */
export function formatMastheadDate(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
  return `${c.weekday}, ${c.day} ${c.monthName} ${c.year}`;
}

/** "16 May 2019": an article's publication date. */
export function formatLongDate(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
  return `${c.day} ${c.monthName} ${c.year}`;
}

/** "14:05": a time of day. */
export function formatClock(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
  return `${pad(c.hour)}:${pad(c.minute)}`;
}

/** "16 May 2019, 14:05": a precise time, used for "Updated …". */
export function formatDateTime(date: Date, timeZone: string): string {
  return `${formatLongDate(date, timeZone)}, ${formatClock(date, timeZone)}`;
}

/**
 * A live-blog entry's time as readers scan it, against `now`: "14:05" today, "Yesterday 23:40", else
 * "3 December, 09:15" (with the year when it is not this year's).
 */
export function formatEntryTime(date: Date, now: Date, timeZone: string): string {
  const day = siteDay(date, timeZone);
  const today = siteDay(now, timeZone);
  if (day === today) return formatClock(date, timeZone);
  if (day === addDaysToDay(today, -1)) return `Yesterday ${formatClock(date, timeZone)}`;
  const c = wallClock(date, timeZone);
  return `${c.day} ${c.monthName}${day.slice(0, 4) === today.slice(0, 4) ? '' : ` ${c.year}`}, ${formatClock(date, timeZone)}`;
}

/** "2019-05-16": the calendar day of an instant in the site's time zone (the key of the day's edition). */
export function siteDay(date: Date, timeZone: string): string {
  // One implementation with the edition server.mjs picks for "/" (plain JavaScript, shared with it).
  return dayIn(date.getTime(), timeZone);
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const c = wallClock(new Date(instant), timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time on a calendar day occurs in the zone. A time skipped when clocks go forward
 * resolves to the instant after the gap; a time that happens twice resolves to the first.
 */
export function zonedInstant(day: string, hour: number, minute: number, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const asUtc = Date.UTC(year, month - 1, dayOfMonth, hour, minute);
  const check = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return null;
  // Try the offsets in force just before and just after the guess; keep the earliest that reads back correctly.
  const candidates = [offsetAt(asUtc - 86_400_000, timeZone), offsetAt(asUtc + 86_400_000, timeZone)]
    .map((offset) => asUtc - offset)
    .sort((a, b) => a - b);
  for (const instant of candidates) {
    const c = wallClock(new Date(instant), timeZone);
    if (c.year === year && c.month === month && c.day === dayOfMonth && c.hour === hour && c.minute === minute) {
      return new Date(instant);
    }
  }
  // In a gap (clocks went forward) the wall time does not exist: move forward by the gap, as clocks do.
  return new Date(candidates[candidates.length - 1]!);
}

/** A `datetime-local` value ("2019-05-16T09:00", seconds optional) as the instant it names on the zone's clock. */
export function localInstant(local: string, timeZone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const base = zonedInstant(match[1]!, Number(match[2]), Number(match[3]), timeZone);
  return base ? new Date(base.getTime() + Number(match[4] ?? 0) * 1000) : null;
}

/** The instant a calendar day ("2019-05-16") starts in the site's time zone; null for an invalid day. */
export function startOfSiteDay(day: string, timeZone: string): Date | null {
  return zonedInstant(day, 0, 0, timeZone);
}

/** The calendar day `days` after (or before, when negative) `day`. */
export function addDaysToDay(day: string, days: number): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, dayOfMonth + days)).toISOString().slice(0, 10);
}

/** Seconds from `now` to the next midnight in the site's time zone (DST-aware: days can be 23 or 25 hours). */
export function secondsUntilNextSiteMidnight(now: Date, timeZone: string): number {
  const next = startOfSiteDay(addDaysToDay(siteDay(now, timeZone), 1), timeZone);
  return Math.max(1, Math.round(((next?.getTime() ?? now.getTime()) - now.getTime()) / 1000));
}

/** The value of a `datetime-local` field showing `date` on the site's clock ("2026-11-29T14:05:00"). */
export function toDateTimeLocal(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}`;
}
