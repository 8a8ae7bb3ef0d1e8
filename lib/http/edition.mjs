// The homepage's edition: "/" is served by app/(site)/edition/[day] with today's date in the site's time zone, so
// each day's homepage is its own entry in the route cache and the masthead turns over at midnight there however long
// a cached page lives. server.mjs rewrites the request before Next sees it (proxy.ts once did this, and running the
// proxy at all cost a cached homepage a third of its throughput). An edition asked for by its own address answers
// only for today, and for a few minutes after midnight yesterday (a render or a router request under way): any other
// date is the site's 404, so nobody can fill the cache with a homepage per date.

/** The site's time zone when SITE_TIME_ZONE is unset (lib/config/site.ts uses the same). */
export const DEFAULT_SITE_TIME_ZONE = 'Europe/London';
/** How long after midnight (site time) yesterday's edition still answers. */
export const EDITION_TURNOVER_MS = 10 * 60 * 1000;
/** Any address that renders the site's 404 page. */
export const NOT_FOUND_PATH = '/removed/elsewhere';
const EDITION_PREFIX = '/edition/';
/**
 * The cache tag of everything that shows the day's date (every reader page's header). Nothing invalidates it: the
 * cache core counts it as invalidated at the start of each site day (lib/cache/handlers/core.mjs).
 */
export const SITE_DAY_TAG = 'site-day';

const formatters = new Map();
// The last answer per zone, by minute: every zone's days begin on a whole minute, and "/" asks on every request.
const lastDay = new Map();

/** "2019-07-22": the calendar day of `instant` (ms) in `timeZone` (also lib/dates/format.ts's siteDay). */
export function dayIn(instant, timeZone) {
  const minute = Math.floor(instant / 60_000);
  const last = lastDay.get(timeZone);
  if (last?.minute === minute) return last.day;
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  lastDay.set(timeZone, { minute, day });
  return day;
}

// The start of the site's current day, kept until the day changes (found by search, once a day).
const dayStarts = new Map();

/**
 * When the site's day that `instant` (ms) falls in began, in ms: its first minute in `timeZone` (usually midnight;
 * 01:00 where a clock change skips midnight). Every reader page's cache entry made before it is out of date
 * (lib/cache/handlers/core.mjs: the page shows the day's date).
 */
export function startOfDayMs(instant, timeZone) {
  const day = dayIn(instant, timeZone);
  const known = dayStarts.get(timeZone);
  if (known?.day === day && known.start <= instant) return known.start;
  // The earliest whole minute of `day` at or before `instant`: no day is longer than 26 hours.
  let low = Math.floor(instant / 60_000) - 26 * 60;
  let high = Math.floor(instant / 60_000);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (dayIn(middle * 60_000, timeZone) === day) high = middle;
    else low = middle + 1;
  }
  const start = high * 60_000;
  dayStarts.set(timeZone, { day, start });
  return start;
}

/** Whether `day` is today's edition at `now` (ms), or yesterday's during the turnover after midnight. */
export function isCurrentEdition(day, now, timeZone) {
  const today = dayIn(now, timeZone);
  if (day === today) return true;
  const turnover = dayIn(now - EDITION_TURNOVER_MS, timeZone);
  return turnover !== today && day === turnover;
}

/**
 * Where Next should look for `pathname`: "/" becomes today's edition, an edition other than the current one the
 * 404 page; null for every other address (left as it is).
 */
export function editionPath(pathname, now, timeZone) {
  if (pathname === '/') return `${EDITION_PREFIX}${dayIn(now, timeZone)}`;
  if (!pathname.startsWith(EDITION_PREFIX)) return null;
  return isCurrentEdition(pathname.slice(EDITION_PREFIX.length), now, timeZone) ? null : NOT_FOUND_PATH;
}
