// Reader queries of the archive by date. Every count and list is a range on publishedAt, which the index on
// (status, publishedAt) answers without reading other rows: a year's months are twelve counts, a month's days come
// from the publication times of that month alone (grouped here by the site's calendar day, so both SQLite and
// PostgreSQL need no date functions of their own), and a day's stories are one page of one range.
import { cacheTag } from 'next/cache';
import { LIVE_STATUSES } from '@/lib/articles/visibility';
import type { Page } from '@/lib/articles/types';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { siteDay } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { PAGE_SIZE, paths } from '@/lib/routes';
import { type ArchivePeriod, monthName, parseArchivePeriod, periodRange } from './periods';

/** A link to a shorter period with how many stories it holds: "May — 42 stories". */
export type ArchiveLink = { key: string; label: string; url: string; count: number };
/** A story in an archive list (no pictures: the archive is an index). */
export type ArchiveStory = {
  id: string;
  url: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  section: { name: string; url: string };
};

/** What readers may see that was published in [start, end): live, and its time has come. */
function visibleIn(start: Date, end: Date, now: Date): Prisma.ArticleWhereInput {
  return { status: { in: LIVE_STATUSES }, publishedAt: { gte: start, lt: end, lte: now } };
}

/** Ends the cached answer when a story scheduled within the period goes out (counts and lists change then). */
async function cacheUntilNextDueIn(start: Date, end: Date, now: Date) {
  const next = await db.article.findFirst({
    where: { status: { in: LIVE_STATUSES }, publishedAt: { gt: now, gte: start, lt: end } },
    orderBy: { publishedAt: 'asc' },
    select: { publishedAt: true },
  });
  cacheReaderData(next?.publishedAt ?? null);
}

function periodOrThrow(key: string): ArchivePeriod {
  const [year = '', month, day] = key.split('-');
  const period = parseArchivePeriod(year, month, day);
  if (!period) throw new Error(`Not an archive period: ${key}`);
  return period;
}

const countIn = (start: Date, end: Date, now: Date) => db.article.count({ where: visibleIn(start, end, now) });

/** Every year with stories, newest first, with its count. */
export async function getArchiveYears(): Promise<ArchiveLink[]> {
  'use cache';
  cacheTag(cacheTags.archive());
  const now = new Date();
  const { timeZone } = siteConfig();
  const oldest = await db.article.findFirst({
    where: { status: { in: LIVE_STATUSES }, publishedAt: { lte: now } },
    orderBy: { publishedAt: 'asc' },
    select: { publishedAt: true },
  });
  const first = oldest?.publishedAt ? Number(siteDay(oldest.publishedAt, timeZone).slice(0, 4)) : null;
  const last = Number(siteDay(now, timeZone).slice(0, 4));
  const years: ArchivePeriod[] = [];
  for (let year = last; first !== null && year >= first; year--) years.push(periodOrThrow(String(year)));
  const counts = await Promise.all(years.map((p) => periodRange(p, timeZone)).map(({ start, end }) => countIn(start, end, now)));
  const next = await db.article.findFirst({
    where: { status: { in: LIVE_STATUSES }, publishedAt: { gt: now } },
    orderBy: { publishedAt: 'asc' },
    select: { publishedAt: true },
  });
  cacheReaderData(next?.publishedAt ?? null);
  return years.map((p, i) => ({ key: p.key, label: p.key, url: paths.archive(p.key), count: counts[i] ?? 0 })).filter((y) => y.count > 0);
}

/** A year's months with stories, January first, with their counts (empty when the year has none). */
export async function getArchiveYear(year: string): Promise<ArchiveLink[]> {
  'use cache';
  cacheTag(cacheTags.archive(year));
  const now = new Date();
  const { timeZone } = siteConfig();
  const months = Array.from({ length: 12 }, (_, i) => periodOrThrow(`${year}-${String(i + 1).padStart(2, '0')}`));
  const counts = await Promise.all(
    months.map((month) => {
      const { start, end } = periodRange(month, timeZone);
      return start > now ? 0 : countIn(start, end, now);
    }),
  );
  const { start, end } = periodRange(periodOrThrow(year), timeZone);
  await cacheUntilNextDueIn(start, end, now);
  return months
    .map((p, i) => ({ key: p.key, label: p.kind === 'month' ? monthName(p.month) : p.key, url: paths.archive(p.key), count: counts[i] ?? 0 }))
    .filter((m) => m.count > 0);
}

const storySelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  excerpt: true,
  publishedAt: true,
  section: { select: { slug: true, name: true } },
} satisfies Prisma.ArticleSelect;

type StoryRow = Prisma.ArticleGetPayload<{ select: typeof storySelect }>;

const toStory = (row: StoryRow): ArchiveStory => ({
  id: row.id,
  url: paths.article(row.section.slug, row.slug),
  headline: row.headline,
  standfirst: row.standfirst.trim() || row.excerpt,
  publishedAt: row.publishedAt ?? new Date(0),
  section: { name: row.section.name, url: paths.section(row.section.slug) },
});

async function storiesIn(where: Prisma.ArticleWhereInput, total: number, page: number): Promise<Page<ArchiveStory>> {
  const rows =
    total > (page - 1) * PAGE_SIZE
      ? await db.article.findMany({
          where,
          orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
          skip: (page - 1) * PAGE_SIZE,
          take: PAGE_SIZE,
          select: storySelect,
        })
      : [];
  return { items: rows.map(toStory), page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

/**
 * A month ("2019-05"): its days with stories, first day first, with their counts, and page `page` of its stories,
 * newest first. The days are grouped from the month's publication times in the site's time zone.
 */
export async function getArchiveMonth(month: string, page: number): Promise<{ days: ArchiveLink[]; stories: Page<ArchiveStory> }> {
  'use cache';
  cacheTag(cacheTags.archive(month), cacheTags.sections);
  const now = new Date();
  const { timeZone } = siteConfig();
  const { start, end } = periodRange(periodOrThrow(month), timeZone);
  const where = visibleIn(start, end, now);
  const times = await db.article.findMany({ where, select: { publishedAt: true } });
  const perDay = new Map<string, number>();
  for (const { publishedAt } of times) {
    if (!publishedAt) continue;
    const day = siteDay(publishedAt, timeZone);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const days = [...perDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, count]) => ({ key: day, label: `${Number(day.slice(8))} ${monthName(Number(day.slice(5, 7)))}`, url: paths.archive(day), count }));
  const stories = await storiesIn(where, times.length, page);
  await cacheUntilNextDueIn(start, end, now);
  return { days, stories };
}

/** Page `page` of a day's stories ("2019-05-16", a calendar day in the site's time zone), newest first. */
export async function getArchiveDay(day: string, page: number): Promise<Page<ArchiveStory>> {
  'use cache';
  cacheTag(cacheTags.archive(day), cacheTags.sections);
  const now = new Date();
  const { start, end } = periodRange(periodOrThrow(day), siteConfig().timeZone);
  const where = visibleIn(start, end, now);
  const stories = await storiesIn(where, await db.article.count({ where }), page);
  await cacheUntilNextDueIn(start, end, now);
  return stories;
}
