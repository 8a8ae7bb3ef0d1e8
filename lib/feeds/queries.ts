// What a feed shows: the latest FEED_SIZE stories readers can see, for the whole site or one section, tag or author.
// Cached like the list pages: tagged with the list (articles:lists, and the section, tag or author) and with
// everything each story shows (its section, bylines and tags), so every publish step, and a rename of anything a
// feed names, ends the entry; its lifetime ends when the next scheduled story is due.
import { cacheTag } from 'next/cache';
import { inOrder, newestIds, type StoryList } from '@/lib/articles/queries';
import { storyRenderSelect, withCurrentStoryRenders } from '@/lib/articles/rendered';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { nextDueAt } from '@/lib/publishing/due';
import { paths } from '@/lib/routes';
import type { FeedRef } from './links';

export const FEED_SIZE = 50;

export type FeedLink = { name: string; path: string };

export type FeedItem = {
  id: string;
  path: string;
  headline: string;
  /** The standfirst, or the opening of the text when there is none (plain text, the card's: Article.excerpt). */
  summary: string;
  /** The sanitised body HTML (with site-relative links), when the feed carries full text. */
  bodyHtml: string | null;
  publishedAt: Date;
  updatedAt: Date | null;
  section: FeedLink;
  authors: FeedLink[];
  tags: FeedLink[];
  image: { path: string; type: string; length: number; alt: string } | null;
};

export type FeedData = {
  title: string;
  description: string;
  /** The page the feed follows ("/", "/business", "/tag/harbour"). */
  pagePath: string;
  /** The newest change among its stories (or of the list itself): the feed's own "updated" time. */
  changedAt: Date;
  items: FeedItem[];
};

const feedSelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  ...storyRenderSelect,
  publishedAt: true,
  updatedAt: true,
  section: { select: { slug: true, name: true } },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { slug: true, name: true } } } },
  tags: { orderBy: { tag: { name: 'asc' } }, select: { tag: { select: { slug: true, name: true } } } },
  heroImage: { select: { path: true, mimeType: true, sizeBytes: true, alt: true } },
} satisfies Prisma.ArticleSelect;

type FeedRow = Prisma.ArticleGetPayload<{ select: typeof feedSelect }>;

function toFeedItem(row: FeedRow, full: boolean): FeedItem {
  return {
    id: row.id,
    path: paths.article(row.section.slug, row.slug),
    headline: row.headline,
    summary: row.standfirst.trim() || row.excerpt,
    bodyHtml: full ? row.bodyHtml : null,
    publishedAt: row.publishedAt!,
    updatedAt: row.updatedAt,
    section: { name: row.section.name, path: paths.section(row.section.slug) },
    authors: row.authors.map(({ author }) => ({ name: author.name, path: paths.author(author.slug) })),
    tags: row.tags.map(({ tag }) => ({ name: tag.name, path: paths.tag(tag.slug) })),
    image: row.heroImage
      ? { path: paths.media(row.heroImage.path), type: row.heroImage.mimeType, length: row.heroImage.sizeBytes, alt: row.heroImage.alt }
      : null,
  };
}

type FeedSubject = { title: string; description: string; pagePath: string; list: StoryList; modifiedAt: Date | null };

/** The list a feed follows, or null when its section, tag or author does not exist. */
async function feedSubject(ref: FeedRef): Promise<FeedSubject | null> {
  const site = siteConfig();
  const titled = (name: string) => `${name} | ${site.name}`;
  switch (ref.kind) {
    case 'site':
      return { title: site.name, description: site.description, pagePath: paths.home(), list: { kind: 'site' }, modifiedAt: null };
    case 'section': {
      const s = await db.section.findUnique({ where: { slug: ref.slug }, select: { id: true, name: true, description: true, modifiedAt: true } });
      if (!s) return null;
      return { title: titled(s.name), description: s.description || `${s.name} from ${site.name}`, pagePath: paths.section(ref.slug), list: { kind: 'section', id: s.id }, modifiedAt: s.modifiedAt };
    }
    case 'tag': {
      const t = await db.tag.findUnique({ where: { slug: ref.slug }, select: { id: true, name: true, description: true, modifiedAt: true } });
      if (!t) return null;
      return { title: titled(t.name), description: t.description || `Stories about ${t.name}`, pagePath: paths.tag(ref.slug), list: { kind: 'tag', id: t.id }, modifiedAt: t.modifiedAt };
    }
    case 'author': {
      const a = await db.author.findUnique({ where: { slug: ref.slug }, select: { id: true, name: true, jobTitle: true, modifiedAt: true } });
      if (!a) return null;
      return { title: titled(a.name), description: a.jobTitle ? `${a.name}, ${a.jobTitle}` : `Stories by ${a.name}`, pagePath: paths.author(ref.slug), list: { kind: 'author', id: a.id }, modifiedAt: a.modifiedAt };
    }
  }
}

/** The tag of the list a feed follows (the site's is articles:lists itself). */
const listTags = (ref: FeedRef): string[] =>
  ref.kind === 'site' ? [] : [ref.kind === 'section' ? cacheTags.section(ref.slug) : ref.kind === 'tag' ? cacheTags.tag(ref.slug) : cacheTags.author(ref.slug)];

const latestOf = (dates: (Date | null)[]) => dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);

/** A feed's content, or null for an unknown section, tag or author. `full` adds each story's text. */
export async function getFeed(ref: FeedRef, full: boolean): Promise<FeedData | null> {
  'use cache';
  // Tagged by slug even when nothing is found, so a cached 404 ends when the section, tag or author is created.
  cacheTag(cacheTags.articleLists, ...listTags(ref));
  const now = new Date();
  const [subject, next] = await Promise.all([feedSubject(ref), nextDueAt(now)]);
  cacheReaderData(next);
  if (!subject) return null;
  // The newest ids from the list's index, then those stories (see newestIds).
  const ids = await newestIds(subject.list, 0, FEED_SIZE, now);
  const rows = await withCurrentStoryRenders(inOrder(ids, await db.article.findMany({ where: { id: { in: ids } }, select: feedSelect })));
  const shown = new Set<string>();
  for (const row of rows) {
    shown.add(cacheTags.section(row.section.slug));
    row.authors.forEach(({ author }) => shown.add(cacheTags.author(author.slug)));
    row.tags.forEach(({ tag }) => shown.add(cacheTags.tag(tag.slug)));
  }
  // Next takes at most 128 tags per call.
  const tags = [...shown];
  for (let i = 0; i < tags.length; i += 100) cacheTag(...tags.slice(i, i + 100));
  const items = rows.map((row) => toFeedItem(row, full));
  return {
    title: subject.title,
    description: subject.description,
    pagePath: subject.pagePath,
    changedAt: latestOf([subject.modifiedAt, ...items.flatMap((i) => [i.publishedAt, i.updatedAt])]) ?? new Date(0),
    items,
  };
}
