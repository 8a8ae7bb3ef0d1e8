// Reader queries of live blogs: the entries a page shows, cached under the story's own tag (every entry change
// invalidates it), and read from the (articleId, at, id) index a page at a time however long the blog grows.
import { cacheTag } from 'next/cache';
import { entryRenderSelect, withCurrentEntryRenders } from '@/lib/articles/rendered';
import type { Link } from '@/lib/articles/types';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { paths } from '@/lib/routes';
import { toLiveFeed } from './feed';
import type { LiveFeed } from './feed.shared';
import { asLiveState, type LiveState } from './schemas';

/** Entries per page: the newest page is what a reader opens and what the page's script polls. */
export const LIVE_PAGE_SIZE = 10;

export type LiveEntryView = {
  id: string;
  at: Date;
  title: string;
  html: string;
  /** The text without markup, for structured data. */
  text: string;
  pinned: boolean;
  keyEvent: boolean;
  author: Link | null;
  modifiedAt: Date;
};

export type LiveBlogPage = {
  state: LiveState;
  endsAt: Date | null;
  /** Pinned entries, newest first: shown above the rest. */
  pinned: LiveEntryView[];
  /** Key events, newest first: the jump list at the top. */
  keyEvents: { id: string; title: string; at: Date }[];
  /** One page of the other entries, newest first. */
  entries: LiveEntryView[];
  /** The entry the next (older) page starts with, or null on the last page. */
  nextFrom: string | null;
  /** Every entry, pinned included. */
  total: number;
  /** The newest entry's time, and the last change to any entry: the story's dateModified follows them. */
  latestAt: Date | null;
  lastChange: Date | null;
};

const entrySelect = {
  id: true,
  at: true,
  title: true,
  ...entryRenderSelect,
  pinned: true,
  keyEvent: true,
  modifiedAt: true,
  author: { select: { slug: true, name: true } },
} satisfies Prisma.LiveEntrySelect;

type EntryRow = Prisma.LiveEntryGetPayload<{ select: typeof entrySelect }>;

export const toEntryView = (row: EntryRow): LiveEntryView => ({
  id: row.id,
  at: row.at,
  title: row.title,
  html: row.bodyHtml,
  text: row.bodyText,
  pinned: row.pinned,
  keyEvent: row.keyEvent,
  author: row.author && { slug: row.author.slug, name: row.author.name, url: paths.author(row.author.slug) },
  modifiedAt: row.modifiedAt,
});

const newestFirst: Prisma.LiveEntryOrderByWithRelationInput[] = [{ at: 'desc' }, { id: 'desc' }];

/** A page starting with the entry `from` (and going back in time from it); every entry when unset. */
async function startingWith(articleId: string, from: string | undefined): Promise<Prisma.LiveEntryWhereInput | null> {
  if (!from) return {};
  const cursor = await db.liveEntry.findFirst({ where: { id: from, articleId, pinned: false }, select: { at: true, id: true } });
  if (!cursor) return null;
  return { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lte: cursor.id } }] };
}

/**
 * A live blog's page of entries: its newest, or (`from`) the page that starts with that entry and goes back in time
 * (null when it is no entry of this blog's list). Null when the story is not a live blog.
 */
export async function getLiveBlogPage(articleId: string, slug: string, from?: string): Promise<LiveBlogPage | null> {
  'use cache';
  cacheTag(cacheTags.article(slug));
  cacheReaderData();
  const article = await db.article.findUnique({ where: { id: articleId }, select: { liveState: true, liveEndsAt: true } });
  const state = asLiveState(article?.liveState);
  if (!article || !state) return null;
  const older = await startingWith(articleId, from);
  if (!older) return null;
  const [pinned, keyEvents, rows, all] = await Promise.all([
    db.liveEntry.findMany({ where: { articleId, pinned: true }, orderBy: newestFirst, select: entrySelect }),
    db.liveEntry.findMany({ where: { articleId, keyEvent: true }, orderBy: newestFirst, select: { id: true, title: true, at: true } }),
    db.liveEntry.findMany({ where: { AND: [{ articleId, pinned: false }, older] }, orderBy: newestFirst, take: LIVE_PAGE_SIZE + 1, select: entrySelect }),
    db.liveEntry.aggregate({ where: { articleId }, _count: true, _max: { at: true, modifiedAt: true } }),
  ]);
  const page = rows.slice(0, LIVE_PAGE_SIZE);
  return {
    state,
    endsAt: article.liveEndsAt,
    pinned: (await withCurrentEntryRenders(pinned)).map(toEntryView),
    keyEvents,
    entries: (await withCurrentEntryRenders(page)).map(toEntryView),
    nextFrom: rows[LIVE_PAGE_SIZE]?.id ?? null,
    total: all._count,
    latestAt: all._max.at,
    lastChange: all._max.modifiedAt,
  };
}

/**
 * The page's entries as its script gets them (feed.shared.ts), with each entry's time as readers read it: cached
 * under the story's tag and the site's day, as "14:05" becomes "Yesterday 14:05" at midnight.
 */
export async function getLiveFeed(articleId: string, slug: string, from?: string): Promise<LiveFeed | null> {
  'use cache';
  cacheTag(cacheTags.article(slug), cacheTags.siteDay);
  cacheReaderData();
  const page = await getLiveBlogPage(articleId, slug, from);
  return page && toLiveFeed(page, new Date(), siteConfig().timeZone);
}
