// What the search page offers besides results: the choices of its filters, and where to go when nothing matched.
import { cacheTag } from 'next/cache';
import type { Link } from '@/lib/articles/types';
import { visibleToReaders } from '@/lib/articles/visibility';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { paths } from '@/lib/routes';

/** Topics suggested when a search finds nothing: the most used among the latest stories. */
const SUGGESTED_TAGS = 8;
const RECENT_STORIES = 40;

export type SearchOptions = {
  sections: Link[];
  /** Authors with at least one story readers can see, by name. */
  authors: Link[];
  /** Topics of the latest stories, most used first. */
  topics: Link[];
};

export async function getSearchOptions(): Promise<SearchOptions> {
  'use cache';
  cacheTag(cacheTags.sections, cacheTags.articleLists);
  cacheReaderData();
  const now = new Date();
  const visible = visibleToReaders(now);
  const [sections, authors, recent] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { slug: true, name: true } }),
    db.author.findMany({
      // A byline's listedAt is its story's publication time while live: one seek in (authorId, listedAt) per author,
      // where joining each byline to its story read every byline of the archive.
      where: { articles: { some: { listedAt: { lte: now } } } },
      orderBy: [{ name: 'asc' }, { slug: 'asc' }],
      select: { slug: true, name: true },
    }),
    db.article.findMany({
      where: visible,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: RECENT_STORIES,
      select: { tags: { select: { tag: { select: { slug: true, name: true } } } } },
    }),
  ]);
  const counts = new Map<string, { slug: string; name: string; n: number }>();
  for (const { tag } of recent.flatMap((a) => a.tags)) {
    const entry = counts.get(tag.slug) ?? { ...tag, n: 0 };
    entry.n++;
    counts.set(tag.slug, entry);
  }
  const topics = [...counts.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name)).slice(0, SUGGESTED_TAGS);
  return {
    sections: sections.map((s) => ({ ...s, url: paths.section(s.slug) })),
    authors: authors.map((a) => ({ ...a, url: paths.author(a.slug) })),
    topics: topics.map((t) => ({ slug: t.slug, name: t.name, url: paths.tag(t.slug) })),
  };
}
