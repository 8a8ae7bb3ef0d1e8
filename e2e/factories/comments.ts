import { randomUUID } from 'node:crypto';
import type { Database } from '../../lib/db/client';

/** A story published an hour ago in the first section (comments on), written straight to the database. */
export async function commentableStory(db: Database, headline = 'Harbour wall repairs begin') {
  const id = randomUUID().slice(0, 8);
  const section = await db.section.findFirstOrThrow({ where: { commentsEnabled: true }, orderBy: { position: 'asc' } });
  const row = await db.article.create({
    data: {
      slug: `comments-${id}`,
      headline: `${headline} ${id}`,
      status: 'published',
      publishedAt: new Date(Date.now() - 3_600_000),
      sectionId: section.id,
      body: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Work starts on Monday.' }] }] }),
    },
  });
  return { ...row, url: `/${section.slug}/${row.slug}` };
}

/** A commenter whose address is confirmed and trusted (a moderator approved one of theirs): published at once. */
export async function trustedCommenter(db: Database) {
  const email = `trusted-${randomUUID().slice(0, 8)}@e2e.example`;
  return db.commenter.create({ data: { email, displayName: 'Trusted Reader', confirmedAt: new Date(), trustedAt: new Date() } });
}
