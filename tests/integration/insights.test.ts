import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fillMissingViewDays } from '@/lib/analytics/backfill';
import { addViews, purgeOldViewSlots, slotOf, VIEW_SLOT_RETENTION_MS } from '@/lib/analytics/grains';
import { dailyViews, headlineFigures, hourlyViews, inScope, insightsScope, storyInsights, topSections, topStories } from '@/lib/analytics/insights';
import { insightsTable, toCsv } from '@/lib/analytics/insights-csv';
import { BAD_PERIOD, BAD_STORY, BAD_TABLE, csvQuerySchema } from '@/lib/analytics/insights-schemas';
import { flushViews, recordView } from '@/lib/analytics/views';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { createArticle, createAuthor, createSection } from './factories';

const HOUR = 3_600_000;
const ZONE = 'Europe/London';
// A Tuesday afternoon in winter (London = UTC), so days and hours read plainly.
const NOW = new Date('2026-12-08T15:42:00Z');
const at = (iso: string) => new Date(iso);

let news: Awaited<ReturnType<typeof createSection>>;
let sport: Awaited<ReturnType<typeof createSection>>;

const viewer = (role: Viewer['role'], userId = `insights-${role}`, authorId: string | null = null): Viewer => ({
  userId,
  sessionId: 'insights',
  name: role,
  email: `${role}@insights.example`,
  role,
  authorId,
});

async function emptyGrains() {
  await flushViews();
  await db.$transaction([db.articleViewHour.deleteMany(), db.articleViewSlot.deleteMany(), db.articleViewDay.deleteMany(), db.sectionViewSlot.deleteMany(), db.sectionViewDay.deleteMany()]);
}

beforeAll(async () => {
  news = await createSection('Insights news');
  sport = await createSection('Insights sport');
});

beforeEach(emptyGrains);

describe('the grains views are kept at', () => {
  it('adds a flush to every grain at once, each agreeing with the others', async () => {
    const a = await createArticle({ sectionId: news.id });
    const b = await createArticle({ sectionId: sport.id });
    const now = new Date();
    recordView(a.id, now);
    recordView(a.id, now);
    recordView(b.id, now);
    expect(await flushViews()).toBe(3);
    const sums = await Promise.all([
      db.articleViewHour.aggregate({ _sum: { views: true } }),
      db.articleViewSlot.aggregate({ _sum: { views: true } }),
      db.articleViewDay.aggregate({ _sum: { views: true } }),
      db.sectionViewSlot.aggregate({ _sum: { views: true } }),
      db.sectionViewDay.aggregate({ _sum: { views: true } }),
    ]);
    expect(sums.map((s) => s._sum.views)).toEqual([3, 3, 3, 3, 3]);
    expect((await db.sectionViewSlot.findUniqueOrThrow({ where: { sectionId_slot: { sectionId: news.id, slot: slotOf(now) } } })).views).toBe(2);
  });

  it('counts a view on the day of the site’s calendar it happened, not the server’s', async () => {
    const a = await createArticle({ sectionId: news.id });
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    await addViews(db, [{ articleId: a.id, sectionId: news.id, at: at('2026-06-30T23:30:00Z'), views: 4 }], ZONE, NOW);
    expect(await db.articleViewDay.findMany({ select: { day: true, views: true } })).toEqual([{ day: '2026-07-01', views: 4 }]);
    // Far older than two days: no five-minute detail is kept for it.
    expect(await db.articleViewSlot.count()).toBe(0);
  });

  it('purges five-minute detail past its retention and keeps the hours and days', async () => {
    const a = await createArticle({ sectionId: news.id });
    const old = new Date(NOW.getTime() - VIEW_SLOT_RETENTION_MS - HOUR);
    await addViews(db, [{ articleId: a.id, sectionId: news.id, at: old, views: 2 }], ZONE, old);
    await addViews(db, [{ articleId: a.id, sectionId: news.id, at: NOW, views: 1 }], ZONE, NOW);
    expect(await purgeOldViewSlots(db, NOW)).toBe(2);
    expect(await db.articleViewSlot.count()).toBe(1);
    expect((await db.articleViewHour.aggregate({ _sum: { views: true } }))._sum.views).toBe(3);
    expect((await db.sectionViewDay.aggregate({ _sum: { views: true } }))._sum.views).toBe(3);
  });

  it('derives the days of views counted before the dashboard from their hours, once', async () => {
    const a = await createArticle({ sectionId: news.id });
    await db.articleViewHour.createMany({
      data: [
        { articleId: a.id, hour: at('2026-11-01T09:00:00Z'), views: 5 },
        { articleId: a.id, hour: at('2026-11-01T23:00:00Z'), views: 2 },
        { articleId: a.id, hour: at('2026-11-02T00:00:00Z'), views: 1 },
      ],
    });
    expect(await fillMissingViewDays(db, ZONE)).toBe(8);
    expect(await db.articleViewDay.findMany({ orderBy: { day: 'asc' }, select: { day: true, views: true } })).toEqual([
      { day: '2026-11-01', views: 7 },
      { day: '2026-11-02', views: 1 },
    ]);
    expect((await db.sectionViewDay.aggregate({ where: { sectionId: news.id }, _sum: { views: true } }))._sum.views).toBe(8);
    expect(await fillMissingViewDays(db, ZONE)).toBe(0);
  });
});

describe('the dashboard’s figures', () => {
  let stories: Awaited<ReturnType<typeof createArticle>>[];
  let reporter: Awaited<ReturnType<typeof createAuthor>>;

  beforeEach(async () => {
    reporter = await createAuthor('Insights Reporter');
    stories = [
      await createArticle({ sectionId: news.id, headline: 'Quay story', authorIds: [reporter.id] }),
      await createArticle({ sectionId: news.id, headline: '=HYPERLINK("http://evil.example")', ownerId: null }),
      await createArticle({ sectionId: sport.id, headline: 'Match story' }),
    ];
    const [quay, formula, match] = stories as [(typeof stories)[0], (typeof stories)[0], (typeof stories)[0]];
    const view = (story: typeof quay, sectionId: string, iso: string, views: number) => ({ articleId: story.id, sectionId, at: at(iso), views });
    await addViews(
      db,
      [
        view(quay, news.id, '2026-12-08T15:40:00Z', 3), // now
        view(formula, news.id, '2026-12-08T15:20:00Z', 2), // now (22 minutes ago)
        view(match, sport.id, '2026-12-08T15:05:00Z', 9), // today, 37 minutes ago: not "now"
        view(match, sport.id, '2026-12-08T09:00:00Z', 1),
        view(quay, news.id, '2026-12-07T15:30:00Z', 6), // yesterday before this time
        view(quay, news.id, '2026-12-07T18:00:00Z', 50), // yesterday after this time
        view(match, sport.id, '2026-11-20T12:00:00Z', 100), // weeks ago
      ],
      ZONE,
      NOW,
    );
  });

  it('shows views now, today so far and yesterday up to the same time', async () => {
    expect(await headlineFigures({ kind: 'site' }, NOW, ZONE)).toEqual({ now: 5, today: 15, yesterdaySameTime: 6 });
  });

  it('charts the last 48 hours hour by hour and the last 30 days day by day', async () => {
    const hours = await hourlyViews({ kind: 'site' }, NOW);
    expect(hours).toHaveLength(48);
    expect(hours.at(-1)).toEqual({ hour: at('2026-12-08T15:00:00Z'), views: 14 });
    expect(hours.find((h) => h.hour.getTime() === at('2026-12-07T18:00:00Z').getTime())?.views).toBe(50);
    expect(hours.reduce((a, h) => a + h.views, 0)).toBe(71);
    const days = await dailyViews({ kind: 'site' }, NOW, ZONE);
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toEqual({ day: '2026-12-08', views: 15 });
    expect(days.find((d) => d.day === '2026-11-20')?.views).toBe(100);
  });

  it('ranks stories and sections for each period', async () => {
    const names = async (period: Parameters<typeof topStories>[1]) => (await topStories({ kind: 'site' }, period, NOW, ZONE)).map((s) => `${s.headline} ${s.views}`);
    expect(await names('now')).toEqual(['Quay story 3', '=HYPERLINK("http://evil.example") 2']);
    expect(await names('today')).toEqual(['Match story 10', 'Quay story 3', '=HYPERLINK("http://evil.example") 2']);
    expect(await names('yesterday')).toEqual(['Quay story 56']);
    expect(await names('30d')).toEqual(['Match story 110', 'Quay story 59', '=HYPERLINK("http://evil.example") 2']);
    const sections = await topSections({ kind: 'site' }, 'today', NOW, ZONE);
    expect(sections.map((s) => [s.name, s.views, Math.round(s.share * 100)])).toEqual([
      ['Insights sport', 10, 67],
      ['Insights news', 5, 33],
    ]);
  });

  it('shows a writer only the stories they own or carry their byline', async () => {
    const [quay, formula] = stories as [(typeof stories)[0], (typeof stories)[0]];
    await db.article.update({ where: { id: formula.id }, data: { ownerId: null } });
    const scope = insightsScope(viewer('author', 'someone', reporter.id));
    expect(await inScope(scope, quay.id)).toBe(true);
    expect(await inScope(scope, formula.id)).toBe(false);
    expect(await headlineFigures(scope, NOW, ZONE)).toEqual({ now: 3, today: 3, yesterdaySameTime: 6 });
    expect((await hourlyViews(scope, NOW)).reduce((a, h) => a + h.views, 0)).toBe(59);
    expect((await dailyViews(scope, NOW, ZONE)).reduce((a, d) => a + d.views, 0)).toBe(59);
    expect((await topStories(scope, '30d', NOW, ZONE)).map((s) => s.headline)).toEqual(['Quay story']);
    expect(await topSections(scope, '30d', NOW, ZONE)).toEqual([{ id: news.id, name: 'Insights news', views: 59, share: 1 }]);
    expect(await insightsTable({ table: 'story', story: formula.id }, scope, NOW, ZONE)).toBeNull();
    expect(insightsScope(viewer('editor'))).toEqual({ kind: 'site' });
  });

  it('serves a writer with more stories than a query may carry parameters (SQLite’s 999 through the adapter)', async () => {
    const user = await db.user.create({ data: { email: `prolific-${Date.now()}@insights.example`, name: 'Prolific', role: 'author' } });
    const many = Array.from({ length: 1200 }, (_, i) => ({ id: `prolific_${user.id}_${i}`, slug: `prolific-${user.id}-${i}`, headline: `Prolific ${i}`, sectionId: news.id, ownerId: user.id }));
    await db.article.createMany({ data: many });
    await addViews(db, many.map((a) => ({ articleId: a.id, sectionId: news.id, at: NOW, views: 1 })), ZONE, NOW);
    const scope = insightsScope(viewer('author', user.id));
    expect((await headlineFigures(scope, NOW, ZONE)).now).toBe(1200);
    expect((await topSections(scope, 'today', NOW, ZONE))[0]?.views).toBe(1200);
    expect(await topStories(scope, '30d', NOW, ZONE)).toHaveLength(20);
  });

  it('charts a story’s first week from its publication, with its updates marked', async () => {
    const story = await createArticle({ sectionId: news.id, publishedAt: at('2026-12-01T08:20:00Z') });
    await db.articleUpdate.create({ data: { articleId: story.id, kind: 'correction', at: at('2026-12-02T10:05:00Z') } });
    await addViews(
      db,
      [
        { articleId: story.id, sectionId: news.id, at: at('2026-12-01T08:30:00Z'), views: 7 },
        { articleId: story.id, sectionId: news.id, at: at('2026-12-08T09:00:00Z'), views: 4 }, // after its first week
      ],
      ZONE,
      NOW,
    );
    const insights = (await storyInsights(story.id, NOW))!;
    expect(insights.hours).toHaveLength(168);
    expect(insights.hours[0]).toEqual({ hour: at('2026-12-01T08:00:00Z'), views: 7 });
    expect(insights.marks.map((m) => m.label)).toEqual(['Published', 'Corrected']);
    expect([insights.firstWeek, insights.allTime]).toEqual([7, 11]);
    const table = (await insightsTable({ table: 'story', story: story.id }, { kind: 'site' }, NOW, ZONE))!;
    expect(table.rows[0]).toEqual(['2026-12-01 08:00', 0, 7, 'Published 08:20']);
    expect(table.rows[26]).toEqual(['2026-12-02 10:00', 26, 0, 'Corrected 10:05']);
  });

  it('downloads each table as CSV, with text that looks like a formula kept as text', async () => {
    const csv = toCsv((await insightsTable({ table: 'top-stories', period: 'now' }, { kind: 'site' }, NOW, ZONE))!);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Rank,Headline,Section,Status,Published (Europe/London),Views,Address');
    expect(lines[1]).toMatch(/^1,Quay story,Insights news,published,\d{4}-\d\d-\d\d \d\d:\d\d,3,\/section-[\w-]+\/story-[\w-]+$/);
    expect(lines[2]).toMatch(/^2,"'=HYPERLINK\(""http:\/\/evil.example""\)",Insights news,/);
    const hourly = toCsv((await insightsTable({ table: 'hourly' }, { kind: 'site' }, NOW, ZONE))!).trim().split('\r\n');
    expect(hourly).toHaveLength(49);
    expect(hourly.at(-1)).toBe('2026-12-08 15:00,14');
  });

  it('refuses an unknown table, period or story id with a clear message', () => {
    const message = (input: unknown) => (csvQuerySchema.safeParse(input).error?.issues[0]?.message ?? 'ok');
    expect(message({ table: 'top-stories', period: 'forever' })).toBe(BAD_PERIOD);
    expect(message({ table: 'story' })).toBe(BAD_STORY);
    expect(message({ table: 'story', story: '../etc' })).toBe(BAD_STORY);
    expect(message({ table: 'everything' })).toBe(BAD_TABLE);
    expect(message({ table: 'daily' })).toBe('ok');
  });
});
