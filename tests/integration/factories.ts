import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/articles/visibility';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createSection(name = 'Test section') {
  return db.section.create({ data: { slug: unique('section'), name, position: 99 } });
}

export async function createAuthor(name = 'Test Author') {
  return db.author.create({ data: { slug: unique('author'), name, bio: 'Writes tests.' } });
}

export async function createTag(name = 'Test tag') {
  return db.tag.create({ data: { slug: unique('tag'), name } });
}

type ArticleInput = {
  sectionId: string;
  status?: ArticleStatus;
  publishedAt?: Date | null;
  headline?: string;
  authorIds?: string[];
  tagIds?: string[];
  /** The newsroom account the story belongs to (its writer), if any. */
  ownerId?: string | null;
};

export async function createArticle({ sectionId, status = 'published', publishedAt = new Date(Date.now() - 3600_000), headline, authorIds = [], tagIds = [], ownerId = null }: ArticleInput) {
  const slug = unique('story');
  return db.article.create({
    data: {
      slug,
      headline: headline ?? `Headline for ${slug}`,
      standfirst: 'A standfirst.',
      body: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body text.' }] }] }),
      status,
      publishedAt,
      sectionId,
      ownerId,
      authors: { create: authorIds.map((authorId, position) => ({ authorId, position })) },
      tags: { create: tagIds.map((tagId) => ({ tagId })) },
    },
  });
}

export const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);
