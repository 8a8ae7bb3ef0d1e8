import { randomUUID } from 'node:crypto';
import type { Database } from '../../lib/db/client';

type StoryFields = { headline?: string; seoTitle?: string; seoDescription?: string; canonicalUrl?: string; noindex?: boolean };

/**
 * A published story without a picture, written straight to the database under a new slug (so no cached page
 * exists for it yet). Dated years back, so it never reaches the homepage's latest news that other tests compare
 * with the database.
 */
export async function storyWithoutPicture(db: Database, fields: StoryFields = {}) {
  const id = randomUUID().slice(0, 8);
  const section = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' } });
  const author = await db.author.findFirstOrThrow({ orderBy: { name: 'asc' } });
  const tag = await db.tag.findFirstOrThrow({ orderBy: { name: 'asc' } });
  const row = await db.article.create({
    data: {
      slug: `seo-check-${id}`,
      headline: fields.headline ?? `Night ferry trial extended for a second winter ${id}`,
      standfirst: 'The harbour board wants another season of figures before it decides.',
      status: 'published',
      publishedAt: new Date(Date.UTC(2019, 2, 4, 8, 30)),
      sectionId: section.id,
      seoTitle: fields.seoTitle ?? '',
      seoDescription: fields.seoDescription ?? '',
      canonicalUrl: fields.canonicalUrl ?? '',
      noindex: fields.noindex ?? false,
      authors: { create: { authorId: author.id, position: 0 } },
      tags: { create: { tagId: tag.id } },
    },
  });
  return { ...row, section, author, tag, url: `/${section.slug}/${row.slug}` };
}

/**
 * `count` published stories sharing a word no other story has, written straight to the database and dated years
 * back: a result set of a test's own, which no other test's publishing can shift.
 */
export async function storiesSharingAWord(db: Database, word: string, count: number) {
  const section = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' } });
  await db.article.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      slug: `${word}-${i}`,
      headline: `Tide gauge ${i + 1} of the ${word} survey reads high`,
      status: 'published',
      publishedAt: new Date(Date.UTC(2018, 5, 1, 8, i)),
      sectionId: section.id,
    })),
  });
}
