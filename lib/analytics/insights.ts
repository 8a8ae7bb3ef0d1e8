// What the newsroom's dashboard (/admin/insights) shows, read from the grains views are kept at (./grains.ts). Editors
// and administrators see the whole site, from the per-section grains (a few hundred rows whatever the archive's
// size); authors and contributors see their own stories (those they own or carry their byline), from the per-story
// grains by primary key. Every figure of the page and of its CSV downloads comes from these functions.
import type { ArticleStatus } from '@/lib/articles/visibility';
import { can } from '@/lib/auth/roles';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { addDaysToDay, siteDay, startOfSiteDay } from '@/lib/dates/format';
import { paths } from '@/lib/routes';
import { HOUR_MS, hourOf, SLOT_MS, slotOf } from './grains';
import type { Period } from './insights-schemas';

/**
 * Whose views: the whole site, or the stories a writer owns or is credited on. A writer's stories are a filter the
 * database applies, never a list of ids sent with the query: a prolific writer's thousands of stories would pass the
 * database's limit on a query's parameters (SQLite's is 999 through Prisma's adapter; `npm run bench:insights` found it).
 * Measured at 100,000 stories: 3–7 ms a query on SQLite; PostgreSQL reads the story table for the OR (34–39 ms), and
 * ids sent in chunks instead made SQLite walk a whole range of the grain per chunk (124–192 ms), so the filter stays.
 */
export type InsightsScope = { kind: 'site' } | { kind: 'own'; stories: Prisma.ArticleWhereInput };

export const TOP_STORIES_SIZE = 20;
/** A story's chart covers its first week, hour by hour. */
export const STORY_CHART_HOURS = 7 * 24;

export function insightsScope(viewer: Viewer): InsightsScope {
  if (can(viewer.role, 'insights:read-all')) return { kind: 'site' };
  return { kind: 'own', stories: { OR: [{ ownerId: viewer.userId }, ...(viewer.authorId ? [{ authors: { some: { authorId: viewer.authorId } } }] : [])] } };
}

/** Whether a story's figures are the viewer's to see. */
export async function inScope(scope: InsightsScope, storyId: string): Promise<boolean> {
  return scope.kind === 'site' || (await db.article.count({ where: { AND: [{ id: storyId }, scope.stories] } })) > 0;
}

/** The rows of a per-story grain that belong to the scope. */
const ofScope = (scope: InsightsScope) => (scope.kind === 'own' ? { article: scope.stories } : {});

/** A span of time the tables can be asked about: five-minute slots (the last half hour) or days of the site's calendar. */
type Span = { grain: 'slot'; from: Date; to: Date } | { grain: 'day'; fromDay: string; toDay: string };

const PERIOD_DAYS: Record<Exclude<Period, 'now'>, [from: number, to: number]> = { today: [0, 0], yesterday: [-1, -1], '7d': [-6, 0], '30d': [-29, 0] };

function spanOf(period: Period, now: Date, timeZone: string): Span {
  if (period === 'now') return { grain: 'slot', from: new Date(slotOf(now).getTime() - 5 * SLOT_MS), to: now };
  const today = siteDay(now, timeZone);
  const [from, to] = PERIOD_DAYS[period];
  return { grain: 'day', fromDay: addDaysToDay(today, from), toDay: addDaysToDay(today, to) };
}

const sum = (row: { _sum: { views: number | null } }) => row._sum.views ?? 0;

/** Views per five-minute slot from `from` (inclusive) to `to` (inclusive of the slot it falls in). */
async function slotViews(scope: InsightsScope, from: Date, to: Date): Promise<Map<number, number>> {
  const slot = { gte: slotOf(from), lte: to };
  const rows =
    scope.kind === 'site'
      ? await db.sectionViewSlot.groupBy({ by: ['slot'], where: { slot }, _sum: { views: true } })
      : await db.articleViewSlot.groupBy({ by: ['slot'], where: { slot, ...ofScope(scope) }, _sum: { views: true } });
  return new Map(rows.map((row) => [row.slot.getTime(), sum(row)]));
}

const total = (views: Map<unknown, number>) => [...views.values()].reduce((a, b) => a + b, 0);

export type Headline = { now: number; today: number; yesterdaySameTime: number };

/** Views in the last 30 minutes, today so far, and yesterday up to the same time of day. */
export async function headlineFigures(scope: InsightsScope, now: Date, timeZone: string): Promise<Headline> {
  const today = siteDay(now, timeZone);
  const todayStart = startOfSiteDay(today, timeZone)!;
  const yesterdayStart = startOfSiteDay(addDaysToDay(today, -1), timeZone)!;
  const sameTimeYesterday = new Date(now.getTime() - 24 * HOUR_MS);
  const slots = await slotViews(scope, yesterdayStart, now);
  const within = (from: number, to: number) => [...slots].reduce((acc, [slot, views]) => (slot >= from && slot <= to ? acc + views : acc), 0);
  return {
    now: within(slotOf(now).getTime() - 5 * SLOT_MS, now.getTime()),
    today: within(todayStart.getTime(), now.getTime()),
    yesterdaySameTime: within(yesterdayStart.getTime(), slotOf(sameTimeYesterday).getTime()),
  };
}

export type HourPoint = { hour: Date; views: number };

/** Views per hour for the last 48 hours, the hour in progress last. */
export async function hourlyViews(scope: InsightsScope, now: Date): Promise<HourPoint[]> {
  const last = hourOf(now).getTime();
  const first = last - 47 * HOUR_MS;
  const slots = await slotViews(scope, new Date(first), now);
  const hours = new Map<number, number>();
  for (const [slot, views] of slots) {
    const hour = hourOf(new Date(slot)).getTime();
    hours.set(hour, (hours.get(hour) ?? 0) + views);
  }
  return Array.from({ length: 48 }, (_, i) => ({ hour: new Date(first + i * HOUR_MS), views: hours.get(first + i * HOUR_MS) ?? 0 }));
}

export type DayPoint = { day: string; views: number };

/** Views per day of the site's calendar for the last 30 days, today last. */
export async function dailyViews(scope: InsightsScope, now: Date, timeZone: string): Promise<DayPoint[]> {
  const today = siteDay(now, timeZone);
  const days = Array.from({ length: 30 }, (_, i) => addDaysToDay(today, i - 29));
  const day = { gte: days[0]!, lte: today };
  const rows =
    scope.kind === 'site'
      ? await db.sectionViewDay.groupBy({ by: ['day'], where: { day }, _sum: { views: true } })
      : await db.articleViewDay.groupBy({ by: ['day'], where: { day, ...ofScope(scope) }, _sum: { views: true } });
  const byDay = new Map(rows.map((row) => [row.day, sum(row)]));
  return days.map((d) => ({ day: d, views: byDay.get(d) ?? 0 }));
}

/** Views per story in a span, most read first (ties by id, so pages and CSV agree). */
async function storyTotals(scope: InsightsScope, span: Span, limit?: number) {
  const own = ofScope(scope);
  const order = { orderBy: [{ _sum: { views: 'desc' as const } }, { articleId: 'asc' as const }], ...(limit ? { take: limit } : {}) };
  const rows =
    span.grain === 'slot'
      ? await db.articleViewSlot.groupBy({ by: ['articleId'], where: { slot: { gte: span.from, lte: span.to }, ...own }, _sum: { views: true }, ...order })
      : await db.articleViewDay.groupBy({ by: ['articleId'], where: { day: { gte: span.fromDay, lte: span.toDay }, ...own }, _sum: { views: true }, ...order });
  return rows.map((row) => ({ articleId: row.articleId, views: sum(row) }));
}

export type TopStory = {
  id: string;
  headline: string;
  status: ArticleStatus;
  url: string;
  section: string;
  publishedAt: Date | null;
  views: number;
};

/** The most-read stories of a period (drafts and unpublished stories too: their views happened). */
export async function topStories(scope: InsightsScope, period: Period, now: Date, timeZone: string, limit = TOP_STORIES_SIZE): Promise<TopStory[]> {
  const totals = await storyTotals(scope, spanOf(period, now, timeZone), limit);
  const rows = await db.article.findMany({
    where: { id: { in: totals.map((t) => t.articleId) } },
    select: { id: true, slug: true, headline: true, status: true, publishedAt: true, section: { select: { slug: true, name: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return totals.flatMap(({ articleId, views }) => {
    const row = byId.get(articleId);
    if (!row) return [];
    const { id, headline, publishedAt, section } = row;
    return [{ id, headline, status: row.status as ArticleStatus, url: paths.article(section.slug, row.slug), section: section.name, publishedAt, views }];
  });
}

export type TopSection = { id: string; name: string; views: number; share: number };

/** Views per section in a period, most read first, with each one's share of the period's views. */
export async function topSections(scope: InsightsScope, period: Period, now: Date, timeZone: string): Promise<TopSection[]> {
  const span = spanOf(period, now, timeZone);
  const totals = new Map<string, number>();
  if (scope.kind === 'site') {
    const rows =
      span.grain === 'slot'
        ? await db.sectionViewSlot.groupBy({ by: ['sectionId'], where: { slot: { gte: span.from, lte: span.to } }, _sum: { views: true } })
        : await db.sectionViewDay.groupBy({ by: ['sectionId'], where: { day: { gte: span.fromDay, lte: span.toDay } }, _sum: { views: true } });
    for (const row of rows) totals.set(row.sectionId, sum(row));
  } else {
    // A writer's stories, each counted in the section it is in now.
    const stories = await storyTotals(scope, span);
    const sections = await db.article.findMany({ where: scope.stories, select: { id: true, sectionId: true } });
    const sectionOf = new Map(sections.map((s) => [s.id, s.sectionId]));
    for (const { articleId, views } of stories) {
      const sectionId = sectionOf.get(articleId);
      if (sectionId) totals.set(sectionId, (totals.get(sectionId) ?? 0) + views);
    }
  }
  const names = new Map((await db.section.findMany({ where: { id: { in: [...totals.keys()] } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  const all = total(totals);
  return [...totals]
    .filter(([, views]) => views > 0)
    .map(([id, views]) => ({ id, name: names.get(id) ?? 'Deleted section', views, share: all ? views / all : 0 }))
    .sort((a, b) => b.views - a.views || a.name.localeCompare(b.name));
}

export type StoryMark = { at: Date; label: string };
export type StoryInsights = {
  id: string;
  headline: string;
  url: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  /** Hour by hour from the hour of publication, STORY_CHART_HOURS long (fewer for a story younger than a week). */
  hours: HourPoint[];
  /** Publication, then each update and correction, as they happened. */
  marks: StoryMark[];
  firstWeek: number;
  allTime: number;
};

/** A story's first week of views with its publication and update times, or null for an unknown id. */
export async function storyInsights(id: string, now: Date): Promise<StoryInsights | null> {
  const story = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      headline: true,
      status: true,
      publishedAt: true,
      section: { select: { slug: true } },
      publicUpdates: { select: { at: true, kind: true }, orderBy: { at: 'asc' } },
    },
  });
  if (!story) return null;
  const start = hourOf(story.publishedAt ?? now).getTime();
  const length = Math.max(1, Math.min(STORY_CHART_HOURS, Math.floor((hourOf(now).getTime() - start) / HOUR_MS) + 1));
  const end = start + length * HOUR_MS;
  const [rows, allTime] = await Promise.all([
    db.articleViewHour.findMany({ where: { articleId: id, hour: { gte: new Date(start), lt: new Date(end) } }, select: { hour: true, views: true } }),
    db.articleViewHour.aggregate({ where: { articleId: id }, _sum: { views: true } }),
  ]);
  const byHour = new Map(rows.map((r) => [r.hour.getTime(), r.views]));
  const hours = Array.from({ length }, (_, i) => ({ hour: new Date(start + i * HOUR_MS), views: byHour.get(start + i * HOUR_MS) ?? 0 }));
  const marks: StoryMark[] = [
    ...(story.publishedAt ? [{ at: story.publishedAt, label: 'Published' }] : []),
    ...story.publicUpdates.filter((u) => u.at.getTime() < end).map((u) => ({ at: u.at, label: u.kind === 'correction' ? 'Corrected' : 'Updated' })),
  ];
  return {
    id: story.id,
    headline: story.headline,
    url: paths.article(story.section.slug, story.slug),
    status: story.status as ArticleStatus,
    publishedAt: story.publishedAt,
    hours,
    marks,
    firstWeek: total(byHour),
    allTime: sum(allTime),
  };
}
