// What the sitemaps list, read in keyset-paginated batches (BATCH_SIZE rows, each batch starting after the last
// row of the one before), so a sitemap of 50,000 addresses never holds more than one batch of rows in memory.
//
// Listed: articles readers can see now (never drafts, unpublished ones or scheduled ones not yet due), except those
// marked noindex, those whose canonical URL points elsewhere, and any address with a row in the Redirect table
// (moved, deleted or manually redirected); the homepage, sections, and tag and author pages with at least one visible
// story. `lastmod` is the latest of an article's publication, "updated" and last-write times: a scheduled story is
// new to readers when it goes out, not when it was last saved. A listing page's (the homepage, a section, tag or
// author page) is when its newest story went out, or the section, tag or author itself changed, if later: each is
// one index seek, so the sitemaps cost the same for 1,000 stories or 100,000.
import { cacheTag } from 'next/cache';
import { compareNewestFirst } from '@/lib/articles/queries';
import { LIVE_STATUSES, visibleToReaders } from '@/lib/articles/visibility';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { nextDueAt } from '@/lib/publishing/due';
import { requestPath } from '@/lib/redirects/schemas';
import { lookupRedirect } from '@/lib/redirects/table';
import { paths } from '@/lib/routes';
import { type ListingKind, partsFor, SITEMAP_MAX_URLS, sitemapPaths } from './files';
import { monthOf, monthRange, monthsBetween } from './months';

export const BATCH_SIZE = 1_000;
/** Google News takes articles published in the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_MAX_URLS = 1_000;

/** One address in a sitemap: a site path (percent-encoded), when it last changed, and its pictures' paths. */
export type SitemapEntry = { path: string; lastmod: Date | null; images: string[] };
export type NewsEntry = { path: string; headline: string; publishedAt: Date };
/** One child sitemap in the index. */
export type SitemapFile = { path: string; lastmod: Date | null };

/** Articles a search engine may be told about (the per-row rules are in `listedRows`). */
export function listableArticles(now: Date): Prisma.ArticleWhereInput {
  // Without a canonical override in SQL too, so the index's count of a month agrees with the month's own sitemap
  // (a month whose only stories are syndicated copies would otherwise be listed, then answer 404).
  return { AND: [visibleToReaders(now), { noindex: false, canonicalUrl: '' }] };
}

/** The latest of several moments, or null when there is none. */
export function latest(...moments: (Date | null | undefined)[]): Date | null {
  return moments.reduce<Date | null>((max, m) => (m && (!max || m > max) ? m : max), null);
}

// Relations are resolved per batch (a map of section slugs, one query for the pictures): Prisma's nested selects
// would send the same section id a thousand times.
const entrySelect = {
  id: true,
  slug: true,
  headline: true,
  publishedAt: true,
  updatedAt: true,
  modifiedAt: true,
  sectionId: true,
  heroImageId: true,
} satisfies Prisma.ArticleSelect;

type EntryRow = Prisma.ArticleGetPayload<{ select: typeof entrySelect }>;
type Key = { publishedAt: Date; id: string };
type Direction = 'asc' | 'desc';

/** Publication times to read: from (>=) or after (>) one moment, before (<) another; never later than now. */
type Range = { from?: Date; after?: Date; before?: Date };

/**
 * Articles of one status a search engine may be told about, published in `range` and no later than `until`. The
 * sitemaps read one status at a time, with each bound given once: the index on (status, publishedAt) is then walked
 * from the cursor and each batch reads only its own rows. (With both statuses, or two lower bounds, the database
 * reads the month from its start again for every batch.) Together, LIVE_STATUSES with `publishedAt <= now` are
 * exactly what readers see (visibleToReaders).
 */
function listableIn(status: string, range: Range, until: Date): Prisma.ArticleWhereInput {
  return {
    status,
    noindex: false,
    canonicalUrl: '',
    publishedAt: {
      lte: until,
      ...(range.from ? { gte: range.from } : {}),
      ...(range.after ? { gt: range.after } : {}),
      ...(range.before ? { lt: range.before } : {}),
    },
  };
}

/**
 * Batches of BATCH_SIZE rows of one status in (publishedAt, id) order, `skip` rows left out first and `limit` in
 * all. Each batch starts after the last row of the one before (keyset pagination): a range on publishedAt from
 * that row, and its id to break ties.
 */
async function* articleBatches(status: string, range: Range, now: Date, direction: Direction, skip: number, limit: number): AsyncGenerator<EntryRow[]> {
  let cursor: Key | null = null;
  let remaining = limit;
  while (remaining > 0) {
    const take = Math.min(BATCH_SIZE, remaining);
    let where = listableIn(status, range, now);
    if (cursor) {
      const at = cursor.publishedAt;
      where =
        direction === 'asc'
          ? { AND: [listableIn(status, { from: at, before: range.before }, now), { OR: [{ publishedAt: { gt: at } }, { id: { gt: cursor.id } }] }] }
          : { AND: [listableIn(status, { from: range.from, after: range.after }, at < now ? at : now), { OR: [{ publishedAt: { lt: at } }, { id: { lt: cursor.id } }] }] };
    }
    const rows: EntryRow[] = await db.article.findMany({
      where,
      orderBy: [{ publishedAt: direction }, { id: direction }],
      skip: cursor ? 0 : skip,
      take,
      select: entrySelect,
    });
    if (rows.length > 0) yield rows;
    if (rows.length < take) return;
    remaining -= rows.length;
    const last = rows[rows.length - 1]!;
    cursor = { publishedAt: last.publishedAt!, id: last.id };
  }
}

/**
 * Which of these site paths have a row in the Redirect table (they answer 301 or 410, not the page). Read from the
 * proxy's in-memory copy of the table (lib/redirects/table.ts): the very answers readers get, without a query.
 */
async function redirectedPaths(pathsToCheck: string[]): Promise<Set<string>> {
  const hits = await Promise.all(pathsToCheck.map(async (path) => ((await lookupRedirect(path)) ? path : null)));
  return new Set(hits.filter((path): path is string => path !== null));
}

type ListedRow = EntryRow & { path: string; heroPath: string | null };

/**
 * The rows that may be listed, with their address and hero picture: redirected addresses are dropped (syndicated
 * copies, canonical elsewhere, are left out in SQL by `listableArticles`). `sectionSlugs` maps section ids to slugs (loaded once per sitemap).
 */
async function listedRows(rows: EntryRow[], sectionSlugs: Map<string, string>): Promise<ListedRow[]> {
  const imageIds = [...new Set(rows.map((r) => r.heroImageId).filter((id): id is string => id !== null))];
  const images = imageIds.length ? await db.image.findMany({ where: { id: { in: imageIds } }, select: { id: true, path: true } }) : [];
  const imagePaths = new Map(images.map((i) => [i.id, i.path]));
  const withPaths = rows.flatMap((row) => {
    const section = sectionSlugs.get(row.sectionId);
    if (!section) return [];
    const hero = row.heroImageId ? imagePaths.get(row.heroImageId) : undefined;
    return [{ ...row, path: requestPath(section, row.slug), heroPath: hero ? paths.media(hero) : null }];
  });
  const redirected = await redirectedPaths(withPaths.map((r) => r.path));
  return withPaths.filter((r) => !redirected.has(r.path));
}

async function sectionSlugMap(): Promise<Map<string, string>> {
  const sections = await db.section.findMany({ select: { id: true, slug: true } });
  return new Map(sections.map((s) => [s.id, s.slug]));
}

const articleLastmod = (row: { publishedAt: Date | null; updatedAt: Date | null; modifiedAt: Date }) =>
  latest(row.publishedAt, row.updatedAt, row.modifiedAt);

function monthWhere(month: string, now: Date): Prisma.ArticleWhereInput {
  const { start, end } = monthRange(month, siteConfig().timeZone);
  return { AND: [listableArticles(now), { publishedAt: { gte: start, lt: end } }] };
}

/**
 * The articles of one month's sitemap: its rows in (status, publishedAt, id) order, part `part` of them when the
 * month has more than SITEMAP_MAX_URLS (parts count rows before the per-row rules, as the index's counts do).
 */
export async function* articleEntries(month: string, part: number, now: Date): AsyncGenerator<SitemapEntry> {
  const { start, end } = monthRange(month, siteConfig().timeZone);
  const sections = await sectionSlugMap();
  let skip = (part - 1) * SITEMAP_MAX_URLS;
  let remaining = SITEMAP_MAX_URLS;
  for (const status of LIVE_STATUSES) {
    const range = { from: start, before: end };
    if (skip > 0) {
      const count = await db.article.count({ where: listableIn(status, range, now) });
      if (skip >= count) {
        skip -= count;
        continue;
      }
    }
    for await (const rows of articleBatches(status, range, now, 'asc', skip, remaining)) {
      remaining -= rows.length;
      for (const row of await listedRows(rows, sections)) {
        yield { path: row.path, lastmod: articleLastmod(row), images: row.heroPath ? [row.heroPath] : [] };
      }
    }
    skip = 0;
    if (remaining === 0) return;
  }
}

/** The Google News sitemap's articles: published in the last 48 hours, newest first, at most NEWS_MAX_URLS. */
export async function* newsEntries(now: Date): AsyncGenerator<NewsEntry> {
  const since = new Date(now.getTime() - NEWS_WINDOW_MS);
  const sections = await sectionSlugMap();
  const found: (NewsEntry & { id: string })[] = [];
  // Each status's newest NEWS_MAX_URLS, then the newest of both (at most twice NEWS_MAX_URLS small rows).
  for (const status of LIVE_STATUSES) {
    let listed = 0;
    for await (const rows of articleBatches(status, { after: since }, now, 'desc', 0, Number.POSITIVE_INFINITY)) {
      for (const row of (await listedRows(rows, sections)).slice(0, NEWS_MAX_URLS - listed)) {
        found.push({ id: row.id, path: row.path, headline: row.headline, publishedAt: row.publishedAt! });
        listed++;
      }
      if (listed === NEWS_MAX_URLS) break;
    }
  }
  found.sort(compareNewestFirst);
  for (const { path, headline, publishedAt } of found.slice(0, NEWS_MAX_URLS)) yield { path, headline, publishedAt };
}

// ─── Listing pages ───

type NewestRow = { id: string; listed: Date | string | null };
const asDate = (value: Date | string | null) => (value === null ? null : new Date(value));

/**
 * When the newest visible story on each of these tag or author pages went live: one seek per page in the link
 * table's index on (tagId or authorId, listedAt), whatever the size of the archive (listedAt is the story's
 * publication time while it is live; see the listing_indexes migration). SQL that SQLite and PostgreSQL both accept.
 */
async function newestStoryOn(kind: 'tags' | 'authors', ids: string[], now: Date): Promise<Map<string, Date | null>> {
  if (ids.length === 0) return new Map();
  const [entity, links, column] =
    kind === 'tags' ? [Prisma.raw('"Tag"'), Prisma.raw('"ArticleTag"'), Prisma.raw('"tagId"')] : [Prisma.raw('"Author"'), Prisma.raw('"ArticleAuthor"'), Prisma.raw('"authorId"')];
  const rows = await db.$queryRaw<NewestRow[]>`
    SELECT e."id" AS id, (SELECT MAX(l."listedAt") FROM ${links} l WHERE l.${column} = e."id" AND l."listedAt" <= ${now}) AS listed
    FROM ${entity} e WHERE e."id" IN (${Prisma.join(ids)})`;
  return new Map(rows.map((r) => [r.id, asDate(r.listed)]));
}

type EntityRow = { id: string; slug: string; modifiedAt: Date };

/** Tags or authors with at least one story readers can see (both link tables carry listedAt: one seek each). */
function entityWhere(now: Date) {
  return { articles: { some: { listedAt: { lte: now } } } };
}

/** A batch of tags or authors with a visible story, by id after `after`, skipping `skip` rows first. */
function entityPage(kind: 'tags' | 'authors', now: Date, take: number, after?: string, skip = 0): Promise<EntityRow[]> {
  const args = {
    where: { AND: [entityWhere(now), after ? { id: { gt: after } } : {}] },
    orderBy: { id: 'asc' as const },
    take,
    skip,
    select: { id: true, slug: true, modifiedAt: true },
  };
  return kind === 'tags' ? db.tag.findMany(args) : db.author.findMany(args);
}

async function* entityEntries(kind: 'tags' | 'authors', part: number, now: Date): AsyncGenerator<SitemapEntry> {
  const pathOf = kind === 'tags' ? (slug: string) => requestPath('tag', slug) : (slug: string) => requestPath('author', slug);
  let after: string | undefined;
  if (part > 1) {
    // This part starts after the last row of the part before it.
    const [previous] = await entityPage(kind, now, 1, undefined, (part - 1) * SITEMAP_MAX_URLS - 1);
    if (!previous) return;
    after = previous.id;
  }
  let remaining = SITEMAP_MAX_URLS;
  while (remaining > 0) {
    const take = Math.min(BATCH_SIZE, remaining);
    const rows = await entityPage(kind, now, take, after);
    const newest = await newestStoryOn(kind, rows.map((r) => r.id), now);
    const withPaths = rows.map((r) => ({ ...r, path: pathOf(r.slug) }));
    const redirected = await redirectedPaths(withPaths.map((r) => r.path));
    for (const row of withPaths) {
      if (!redirected.has(row.path)) yield { path: row.path, lastmod: latest(row.modifiedAt, newest.get(row.id)), images: [] };
    }
    if (rows.length < take) return;
    remaining -= rows.length;
    after = rows[rows.length - 1]!.id;
  }
}

/** When the newest story readers can see went live, on the whole site or in one section (an index walk). */
async function newestPublished(now: Date, sectionId?: string): Promise<Date | null> {
  const row = await db.article.findFirst({
    where: { AND: [visibleToReaders(now), sectionId ? { sectionId } : {}] },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: { publishedAt: true },
  });
  return row?.publishedAt ?? null;
}

/**
 * The homepage and every section front (one file: a site has far fewer than 50,000 sections). A front changes when
 * a story goes out on it (or the section itself changes): its newest story's publication time.
 */
async function* sectionEntries(now: Date): AsyncGenerator<SitemapEntry> {
  const sections = await db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], take: SITEMAP_MAX_URLS - 1, select: { id: true, slug: true, modifiedAt: true } });
  const [site, ...perSection] = await Promise.all([newestPublished(now), ...sections.map((s) => newestPublished(now, s.id))]);
  const entries: SitemapEntry[] = [
    { path: paths.home(), lastmod: site, images: [] },
    ...sections.map((s, i) => ({ path: requestPath(s.slug), lastmod: latest(s.modifiedAt, perSection[i]), images: [] })),
  ];
  const redirected = await redirectedPaths(entries.map((e) => e.path));
  yield* entries.filter((e) => !redirected.has(e.path));
}

/** The entries of one listing sitemap: sections (with the homepage), tags or authors. */
export function listingEntries(kind: ListingKind, part: number, now: Date): AsyncGenerator<SitemapEntry> {
  if (kind === 'sections') return part === 1 ? sectionEntries(now) : (async function* () {})();
  return entityEntries(kind, part, now);
}

// ─── The index ───

/** Each month with listable articles: how many, and when the latest of them changed. */
export async function articleMonths(now: Date): Promise<{ month: string; count: number; lastmod: Date | null }[]> {
  const oldest = await db.article.findFirst({ where: listableArticles(now), orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }], select: { publishedAt: true } });
  if (!oldest?.publishedAt) return [];
  const timeZone = siteConfig().timeZone;
  const months = monthsBetween(monthOf(oldest.publishedAt, timeZone), monthOf(now, timeZone));
  const stats = await Promise.all(
    months.map(async (month) => {
      const aggregate = await db.article.aggregate({
        where: monthWhere(month, now),
        _count: { _all: true },
        _max: { publishedAt: true, updatedAt: true, modifiedAt: true },
      });
      return { month, count: aggregate._count._all, lastmod: latest(aggregate._max.publishedAt, aggregate._max.updatedAt, aggregate._max.modifiedAt) };
    }),
  );
  return stats.filter((s) => s.count > 0);
}

/**
 * Every child sitemap, for the index: the listings, then the article months newest first. A listing's `lastmod` is
 * the newest change of its kind of page or of any story; a month split into parts gives each part the month's.
 */
export async function sitemapFiles(now: Date): Promise<SitemapFile[]> {
  const [months, tagCount, authorCount, newestStory, sectionChange, tagChange, authorChange] = await Promise.all([
    articleMonths(now),
    db.tag.count({ where: entityWhere(now) }),
    db.author.count({ where: entityWhere(now) }),
    newestPublished(now),
    db.section.aggregate({ _max: { modifiedAt: true } }),
    db.tag.aggregate({ where: entityWhere(now), _max: { modifiedAt: true } }),
    db.author.aggregate({ where: entityWhere(now), _max: { modifiedAt: true } }),
  ]);
  const files: SitemapFile[] = [{ path: sitemapPaths.listing('sections'), lastmod: latest(newestStory, sectionChange._max.modifiedAt) }];
  const listing = (kind: 'tags' | 'authors', count: number, changed: Date | null) => {
    if (count === 0) return;
    for (let part = 1; part <= partsFor(count); part++) files.push({ path: sitemapPaths.listing(kind, part), lastmod: latest(newestStory, changed) });
  };
  listing('tags', tagCount, tagChange._max.modifiedAt);
  listing('authors', authorCount, authorChange._max.modifiedAt);
  for (const { month, count, lastmod } of [...months].reverse()) {
    for (let part = 1; part <= partsFor(count); part++) files.push({ path: sitemapPaths.articles(month, part), lastmod });
  }
  return files;
}

/**
 * The index's list of files, cached: it aggregates every month of the archive (about a second for 100,000
 * articles), while every article change (publish, update, unpublish, a scheduled story falling due) and every
 * section change invalidates `articles:lists` or `sections`, so the next request reads it afresh.
 */
export async function getSitemapFiles(): Promise<SitemapFile[]> {
  'use cache';
  cacheTag(cacheTags.articleLists, cacheTags.sections);
  const now = new Date();
  const [files, next] = await Promise.all([sitemapFiles(now), nextDueAt(now)]);
  cacheReaderData(next);
  return files;
}
