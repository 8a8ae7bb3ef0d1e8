import { randomUUID } from 'node:crypto';
import type { Database } from '../../lib/db/client';

/**
 * A tag (slug made from its name) on `count` new published stories in an existing section. The stories are dated
 * years back, so they never reach the homepage's latest news that other tests compare with the database.
 */
export async function tagWithStories(db: Database, label: string, count: number) {
  const id = randomUUID().slice(0, 8);
  const name = `${label} ${id}`;
  const tag = await db.tag.create({ data: { name, slug: `${label.toLowerCase().replace(/\W+/g, '-')}-${id}` } });
  const section = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' } });
  const stories = [];
  for (let i = 0; i < count; i++) {
    stories.push(
      await db.article.create({
        data: {
          slug: `${tag.slug}-story-${i + 1}`,
          headline: `${name}: story ${i + 1}`,
          status: 'published',
          publishedAt: new Date(Date.UTC(2019, 0, 10 + i, 9)),
          sectionId: section.id,
          tags: { create: { tagId: tag.id } },
        },
      }),
    );
  }
  return { tag, stories };
}
