import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { mediaDir } from '@/lib/media/storage';
import { articles as seedArticles } from '@/prisma/seed/content';
import { seed } from '@/prisma/seed/seed';

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
});
