import { randomUUID } from 'node:crypto';
import type { Database } from '../../lib/db/client';

const live = () => ({ status: 'published', publishedAt: { lte: new Date() } });

/** A seeded story with several authors and an update after publication. */
export async function storyWithSeveralAuthors(db: Database) {
  const rows = await db.article.findMany({
    where: { ...live(), updatedAt: { not: null } },
    include: { section: true, authors: { include: { author: true }, orderBy: { position: 'asc' } } },
    orderBy: { publishedAt: 'desc' },
  });
  const row = rows.find((r) => r.authors.length > 1);
  if (!row) throw new Error('The demo newsroom has no live story with several authors and an update');
  return { ...row, url: `/${row.section.slug}/${row.slug}` };
}

export async function anyLiveStory(db: Database) {
  const row = await db.article.findFirstOrThrow({ where: live(), include: { section: true }, orderBy: { publishedAt: 'desc' } });
  return { ...row, url: `/${row.section.slug}/${row.slug}` };
}

/** A draft owned by `ownerId`, written straight to the database (the desk's own tests create drafts through the UI). */
export async function draftOwnedBy(db: Database, ownerId: string) {
  const id = randomUUID().slice(0, 8);
  const section = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' } });
  return db.article.create({
    data: { slug: `draft-${id}`, headline: `A draft of ${id}`, status: 'draft', sectionId: section.id, ownerId, body: '{"type":"doc","content":[]}' },
  });
}
