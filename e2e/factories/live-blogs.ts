import { randomUUID } from 'node:crypto';
import type { Database } from '../../lib/db/client';

const doc = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/**
 * A published live blog of a test's own, written straight to the database and owned by `ownerId`: `entries` entries a
 * minute apart (the newest a minute ago), the first of them pinned, every fifth a key event with a title, and a topic
 * of its own. The story is dated years back, under a new slug, so it never reaches the homepage lists other tests
 * compare with the database.
 */
export async function liveBlog(db: Database, { ownerId, entries = 3, state = 'live' }: { ownerId?: string; entries?: number; state?: 'live' | 'ended' }) {
  const id = randomUUID().slice(0, 8);
  const section = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' } });
  const author = await db.author.findFirstOrThrow({ orderBy: { name: 'asc' } });
  const now = Date.now();
  const tag = await db.tag.create({ data: { slug: `live-${id}`, name: `Gale ${id}` } });
  const row = await db.article.create({
    data: {
      slug: `gale-live-${id}`,
      headline: `Gale live: ferries stay in port ${id}`,
      standfirst: 'The coastguard has asked people to keep away from the sea front.',
      body: doc('Winds of up to 70mph are forecast until the evening.'),
      status: 'published',
      publishedAt: new Date(Date.UTC(2019, 4, 16, 9, 0)),
      sectionId: section.id,
      ownerId,
      liveState: state,
      authors: { create: { authorId: author.id, position: 0 } },
      tags: { create: { tagId: tag.id } },
    },
  });
  for (let i = 0; i < entries; i++) {
    await db.liveEntry.create({
      data: {
        articleId: row.id,
        at: new Date(now - (entries - i) * 60_000),
        title: i % 5 === 4 ? `Key moment ${i + 1}` : '',
        body: doc(`Update number ${i + 1} from the sea front.`),
        authorId: author.id,
        pinned: i === 0,
        keyEvent: i % 5 === 4,
      },
    });
  }
  return { ...row, section, tag, url: `/${section.slug}/${row.slug}` };
}
