import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countView, forgetLiveStories, INVALID_VIEW, NOT_A_STORY } from '@/lib/analytics/beacon';
import { MIN_DAY_ITEMS, readMostRead } from '@/lib/analytics/most-read';
import { hourOf } from '@/lib/analytics/grains';
import { flushViews, pendingViews, recordView } from '@/lib/analytics/views';
import { db } from '@/lib/db/client';
import { POST as postView } from '@/app/api/views/route';
import { createArticle, createSection } from './factories';

const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const HOUR = 3600_000;

let section: Awaited<ReturnType<typeof createSection>>;
let addressCount = 0;

/** Request headers of a reader's browser, from an address of its own (the rate limits are per address). */
function browser(extra: Record<string, string> = {}) {
  addressCount += 1;
  return new Headers({ 'user-agent': BROWSER, 'x-dateline-client-address': `203.0.113.${addressCount}`, 'sec-fetch-site': 'same-origin', ...extra });
}

const story = (publishedAt: Date | null = new Date(Date.now() - HOUR), status: 'published' | 'draft' | 'scheduled' | 'unpublished' = 'published') =>
  createArticle({ sectionId: section.id, status, publishedAt });

const viewsOf = async (articleId: string) => (await db.articleViewHour.aggregate({ where: { articleId }, _sum: { views: true } }))._sum.views ?? 0;

/** Views as the hourly rows would hold them: `counts` per story in the hour starting `hoursAgo` before now. */
async function seedViews(rows: { articleId: string; hoursAgo: number; views: number }[]) {
  for (const row of rows) {
    await db.articleViewHour.create({ data: { articleId: row.articleId, hour: hourOf(new Date(Date.now() - row.hoursAgo * HOUR)), views: row.views } });
  }
}

beforeAll(async () => {
  section = await createSection('Most read');
});

beforeEach(async () => {
  await flushViews();
  await db.articleViewHour.deleteMany();
  forgetLiveStories();
});

describe('counting views', () => {
  it('aggregates views per story per hour, adding to what is already stored (another instance’s flush)', async () => {
    const a = await story();
    const b = await story();
    const ten = new Date('2026-11-30T10:15:00Z');
    const eleven = new Date('2026-11-30T11:59:59Z');
    recordView(a.id, ten);
    recordView(a.id, new Date('2026-11-30T10:59:00Z'));
    recordView(a.id, eleven);
    recordView(b.id, ten);
    expect(pendingViews()).toBe(4);

    expect(await flushViews()).toBe(4);
    expect(pendingViews()).toBe(0);
    const rows = await db.articleViewHour.findMany({ where: { articleId: { in: [a.id, b.id] } } });
    const named = rows.map((r) => `${r.articleId === a.id ? 'a' : 'b'} ${r.hour.toISOString()} ${r.views}`).sort();
    expect(named).toEqual(['a 2026-11-30T10:00:00.000Z 2', 'a 2026-11-30T11:00:00.000Z 1', 'b 2026-11-30T10:00:00.000Z 1']);

    // Another flush into the same hour adds to the row rather than replacing it.
    recordView(a.id, ten);
    recordView(a.id, ten);
    await flushViews();
    expect((await db.articleViewHour.findUnique({ where: { articleId_hour: { articleId: a.id, hour: new Date('2026-11-30T10:00:00Z') } } }))?.views).toBe(4);
  });

  it('writes a flush of more stories than one query may name', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ id: `busy_${Date.now()}_${i}`, slug: `busy-${Date.now()}-${i}`, headline: `Busy ${i}`, sectionId: section.id, status: 'published', publishedAt: new Date(Date.now() - HOUR) }));
    await db.article.createMany({ data: many });
    for (const story of many) recordView(story.id);
    expect(await flushViews()).toBe(1200);
    expect(pendingViews()).toBe(0);
  });

  it('writes the views counted while a write was under way when asked again, before answering', async () => {
    const a = await story();
    recordView(a.id);
    const first = flushViews();
    recordView(a.id);
    const second = flushViews();
    expect([await first, await second]).toEqual([1, 1]);
    expect(await viewsOf(a.id)).toBe(2);
  });

  it('drops the buffered views of a story deleted before the flush', async () => {
    const gone = await story();
    const kept = await story();
    recordView(gone.id);
    recordView(kept.id);
    await db.article.delete({ where: { id: gone.id } });
    expect(await flushViews()).toBe(1);
    expect(await viewsOf(kept.id)).toBe(1);
  });

  it('counts a reader’s beacon for a live story', async () => {
    const a = await story();
    expect(await countView(browser(), { articleId: a.id })).toEqual({ kind: 'counted' });
    await flushViews();
    expect(await viewsOf(a.id)).toBe(1);
  });

  it('does not count bots, headless browsers, scripts, clients without a user agent, prefetches or other sites', async () => {
    const a = await story();
    const ignored = [
      browser({ 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }),
      browser({ 'user-agent': 'Googlebot/2.1' }),
      browser({ 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36' }),
      browser({ 'user-agent': 'curl/8.5.0' }),
      browser({ 'user-agent': 'python-requests/2.32.3' }),
      browser({ 'user-agent': 'Wget/1.21.4' }),
      browser({ 'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' }),
      browser({ 'user-agent': 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse' }),
      new Headers({ 'x-dateline-client-address': '203.0.113.250' }),
      browser({ 'sec-purpose': 'prefetch' }),
      browser({ 'sec-purpose': 'prefetch;prerender' }),
      browser({ purpose: 'prefetch' }),
      browser({ 'sec-fetch-site': 'cross-site' }),
    ];
    for (const headers of ignored) expect((await countView(headers, { articleId: a.id })).kind).toBe('ignored');
    await flushViews();
    expect(await viewsOf(a.id)).toBe(0);
  });

  it('refuses malformed beacons with a clear message', async () => {
    for (const raw of [null, 'abc', {}, { articleId: '' }, { articleId: 42 }, { articleId: '../../etc' }, { articleId: 'x'.repeat(65) }]) {
      expect(await countView(browser(), raw)).toEqual({ kind: 'invalid', message: INVALID_VIEW });
    }
  });

  it('answers 400 for a body that is not JSON, 413 for an oversized one, and 202 for a counted view', async () => {
    const a = await story();
    const post = (body: string, headers = browser()) => postView(new Request('http://localhost/api/views', { method: 'POST', headers, body }));
    const bad = await post('articleId=1');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ message: INVALID_VIEW });
    expect((await post(JSON.stringify({ articleId: a.id, padding: 'x'.repeat(2000) }))).status).toBe(413);
    expect((await post(JSON.stringify({ articleId: a.id }))).status).toBe(202);
    expect((await post(JSON.stringify({ articleId: a.id }), browser({ 'user-agent': 'Googlebot/2.1' }))).status).toBe(204);
    await flushViews();
    expect(await viewsOf(a.id)).toBe(1);
  });

  it('does not count views of stories readers cannot see', async () => {
    const hidden = [await story(null, 'draft'), await story(new Date(Date.now() + HOUR), 'scheduled'), await story(new Date(Date.now() - HOUR), 'unpublished')];
    for (const s of hidden) expect(await countView(browser(), { articleId: s.id })).toEqual({ kind: 'not-found', message: NOT_A_STORY });
    expect(await countView(browser(), { articleId: 'no-such-story' })).toEqual({ kind: 'not-found', message: NOT_A_STORY });
    await flushViews();
    expect(await db.articleViewHour.count()).toBe(0);
  });

  it('limits one address to 60 views a minute and 10 of one story an hour, without storing the address', async () => {
    const stories = await Promise.all(Array.from({ length: 7 }, () => story()));
    const headers = browser();
    const outcomes = [];
    for (let i = 0; i < 61; i++) outcomes.push((await countView(headers, { articleId: stories[i % 6]!.id })).kind);
    expect(outcomes.slice(0, 60).every((kind) => kind === 'counted')).toBe(true);
    expect(outcomes[60]).toBe('limited');
    // Another reader is not affected.
    expect(await countView(browser(), { articleId: stories[6]!.id })).toEqual({ kind: 'counted' });

    const reloader = browser();
    const reloads = [];
    for (let i = 0; i < 11; i++) reloads.push((await countView(reloader, { articleId: stories[6]!.id })).kind);
    expect(reloads.filter((kind) => kind === 'counted')).toHaveLength(10);
    expect(reloads[10]).toBe('limited');

    await flushViews();
    expect(await viewsOf(stories[6]!.id)).toBe(11);
    // Nothing but story, hour and count is kept.
    expect(Object.keys((await db.articleViewHour.findFirstOrThrow())).sort()).toEqual(['articleId', 'hour', 'views']);
  });
});

describe('the most-read list', () => {
  it('ranks the stories read most in the last 24 hours, summing their hours', async () => {
    const [a, b, c, d] = [await story(), await story(), await story(), await story()];
    await seedViews([
      { articleId: a.id, hoursAgo: 1, views: 5 },
      { articleId: a.id, hoursAgo: 3, views: 5 },
      { articleId: b.id, hoursAgo: 0, views: 12 },
      { articleId: c.id, hoursAgo: 23, views: 7 },
      // d's views are from yesterday only: outside the 24 hours.
      { articleId: d.id, hoursAgo: 30, views: 100 },
    ]);
    const list = await readMostRead();
    expect(list.window).toBe('24h');
    expect(list.items.map((i) => [i.id, i.views])).toEqual([
      [b.id, 12],
      [a.id, 10],
      [c.id, 7],
    ]);
    expect(list.items[0]).toMatchObject({ headline: b.headline, url: `/${section.slug}/${b.slug}`, section: { name: 'Most read' } });
  });

  it(`falls back to the last 7 days when fewer than ${MIN_DAY_ITEMS} stories were read in the last 24 hours`, async () => {
    const [a, b, c, old] = [await story(), await story(), await story(), await story()];
    await seedViews([
      { articleId: a.id, hoursAgo: 2, views: 3 },
      { articleId: b.id, hoursAgo: 4, views: 1 },
      { articleId: c.id, hoursAgo: 50, views: 9 },
      { articleId: old.id, hoursAgo: 8 * 24, views: 50 },
    ]);
    const list = await readMostRead();
    expect(list.window).toBe('7d');
    expect(list.items.map((i) => [i.id, i.views])).toEqual([
      [c.id, 9],
      [a.id, 3],
      [b.id, 1],
    ]);
  });

  it('leaves out stories readers can no longer see, and shows at most five', async () => {
    const stories = await Promise.all(Array.from({ length: 7 }, () => story()));
    await seedViews(stories.map((s, i) => ({ articleId: s.id, hoursAgo: 1, views: 10 + i })));
    await db.article.update({ where: { id: stories[6]!.id }, data: { status: 'unpublished' } });
    const list = await readMostRead();
    expect(list.items.map((i) => i.id)).toEqual([stories[5]!.id, stories[4]!.id, stories[3]!.id, stories[2]!.id, stories[1]!.id]);
  });

  it('still shows five when the most read twenty-odd can no longer be seen', async () => {
    // The list reads the window's counts first and drops hidden stories after: it must read on past them.
    const stories = await Promise.all(Array.from({ length: 27 }, () => story()));
    await seedViews(stories.map((s, i) => ({ articleId: s.id, hoursAgo: 1, views: 1000 + i })));
    await db.article.updateMany({ where: { id: { in: stories.slice(5).map((s) => s.id) } }, data: { status: 'unpublished' } });
    const list = await readMostRead();
    expect(list.items.map((i) => i.id)).toEqual(stories.slice(0, 5).map((s) => s.id).reverse());
  });

  it('reflects counted beacons after aggregation', async () => {
    const [a, b, c] = [await story(), await story(), await story()];
    for (const [s, n] of [[a, 1], [b, 3], [c, 2]] as const) {
      for (let i = 0; i < n; i++) await countView(browser(), { articleId: s.id });
    }
    expect((await readMostRead()).items).toEqual([]);
    await flushViews();
    expect((await readMostRead()).items.map((i) => i.id)).toEqual([b.id, c.id, a.id]);
  });
});
