import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { mediaDir } from '@/lib/media/storage';
import { articles as seedArticles } from '@/prisma/seed/content';
import { readMostRead } from '@/lib/analytics/most-read';
import { seed } from '@/prisma/seed/seed';
import { seedViews } from '@/prisma/seed/views';

const counts = async () => ({
  sections: await db.section.count(),
  tags: await db.tag.count(),
  authors: await db.author.count(),
  articles: await db.article.count(),
  images: await db.image.count(),
  bylines: await db.articleAuthor.count(),
  tagged: await db.articleTag.count(),
});

describe('the demo newsroom seed', () => {
  it('fills a database with a newsroom at least the size the demo promises', async () => {
    await seed({ db, mediaRoot: mediaDir() });
    const live = await db.article.findMany({
      // Other suites share this database: look only at the demo newsroom's own stories.
      where: { status: 'published', publishedAt: { lte: new Date() }, slug: { in: seedArticles.map((a) => a.slug) } },
      include: { authors: true },
    });
    const times = live.map((a) => a.publishedAt!.getTime());
    const spanDays = (Math.max(...times) - Math.min(...times)) / 86_400_000;

    expect(await db.section.count()).toBeGreaterThanOrEqual(6);
    expect(await db.tag.count()).toBeGreaterThanOrEqual(20);
    expect(await db.author.count({ where: { bio: { not: '' } } })).toBeGreaterThanOrEqual(8);
    expect(live.length).toBeGreaterThanOrEqual(60);
    expect(spanDays).toBeGreaterThanOrEqual(30);
    expect(live.filter((a) => a.authors.length > 1).length).toBeGreaterThanOrEqual(5);
    expect(live.filter((a) => a.updatedAt && a.updatedAt > a.publishedAt!).length).toBeGreaterThanOrEqual(5);
    expect(live.every((a) => a.heroImageId)).toBe(true);
  });

  it('changes nothing when run a second time', async () => {
    const before = await counts();
    const result = await seed({ db, mediaRoot: mediaDir() });
    expect(result.created).toEqual({ sections: 0, tags: 0, authors: 0, articles: 0 });
    expect(await counts()).toEqual(before);
  });

  it('gives the demo 30 days of readership, the same in every grain, so Most read and the dashboard mean something', async () => {
    await db.$transaction([db.articleViewHour.deleteMany(), db.articleViewSlot.deleteMany(), db.articleViewDay.deleteMany(), db.sectionViewSlot.deleteMany(), db.sectionViewDay.deleteMany()]);
    const now = new Date();
    const views = await seedViews(db, now, 'Europe/London');
    expect(views).toBeGreaterThan(10_000);
    const days = await db.sectionViewDay.groupBy({ by: ['day'], _sum: { views: true } });
    expect(days.filter((d) => (d._sum.views ?? 0) > 0).length).toBeGreaterThanOrEqual(30);
    const sum = async (grain: 'articleViewHour' | 'articleViewDay' | 'sectionViewDay') =>
      ((await (db[grain] as typeof db.articleViewHour).aggregate({ _sum: { views: true } }))._sum.views ?? 0);
    expect([await sum('articleViewHour'), await sum('articleViewDay'), await sum('sectionViewDay')]).toEqual([views, views, views]);
    // The last two days in five-minute detail, up to now and no further.
    const lastSlot = await db.sectionViewSlot.findFirstOrThrow({ orderBy: { slot: 'desc' } });
    expect(lastSlot.slot.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(now.getTime() - lastSlot.slot.getTime()).toBeLessThan(60 * 60_000);
    const mostRead = await readMostRead(now);
    expect(mostRead.window).toBe('24h');
    expect(mostRead.items).toHaveLength(5);
    // Seeding again adds none.
    expect(await seedViews(db, now, 'Europe/London')).toBe(0);
  });
});
