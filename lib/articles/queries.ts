// Reader queries: everything readers see of articles comes through these cached functions. Each one filters to
// what readers may see, tags its cache entry with everything it shows, and ends its lifetime when a scheduled
// article is due.
import { cacheTag } from 'next/cache';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { asLiveState } from '@/lib/live/schemas';
import { toImageView } from '@/lib/media/urls';
import { PAGE_SIZE, paths } from '@/lib/routes';
import { rankRelated } from './related';
import { storyRenderSelect, withCurrentStoryRenders } from './rendered';
import type { Article, ArticleSummary, Page } from './types';
import { comingLater, visibleToReaders } from './visibility';

// variants: an upload's resized WebP copies, offered to browsers as a srcset (lib/media/urls.ts).
const imageSelect = { path: true, width: true, height: true, alt: true, caption: true, credit: true, variants: true } as const;

export const summarySelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  excerpt: true,
  publishedAt: true,
  updatedAt: true,
  section: { select: { slug: true, name: true } },
  heroImage: { select: imageSelect },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { slug: true, name: true } } } },
  liveState: true,
} satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;

const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [{ publishedAt: 'desc' }, { id: 'desc' }];

/** `newestFirst` for rows already loaded: publication time descending, then id descending (a story without one last). */
export function compareNewestFirst(a: { id: string; publishedAt: Date | null }, b: { id: string; publishedAt: Date | null }): number {
  return (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Rows loaded by id (in whatever order the database gave them), in the order of `ids`; ids not found are left out. */
export function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function toArticleSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    url: paths.article(row.section.slug, row.slug),
    headline: row.headline,
    // A card shows the standfirst, or the body's opening when there is none (most imported stories).
    standfirst: row.standfirst.trim() || row.excerpt,
    // Only visible articles are mapped, and those always have a publication time.
    publishedAt: row.publishedAt ?? new Date(0),
    updatedAt: row.updatedAt,
    section: { slug: row.section.slug, name: row.section.name, url: paths.section(row.section.slug) },
    authors: row.authors.map(({ author }) => ({ slug: author.slug, name: author.name, url: paths.author(author.slug) })),
    image: toImageView(row.heroImage),
    liveState: asLiveState(row.liveState),
  };
}

/** When the next scheduled article goes live: cached lists must not outlive that moment. */
async function nextScheduledPublication(now: Date): Promise<Date | null> {
  const next = await db.article.findFirst({
    where: comingLater(now),
    orderBy: { publishedAt: 'asc' },
    select: { publishedAt: true },
  });
  return next?.publishedAt ?? null;
}

/** Summaries of these stories, in this order. */
async function summariesInOrder(ids: string[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  return withCommentCounts(inOrder(ids, await db.article.findMany({ where: { id: { in: ids } }, select: summarySelect })).map(toArticleSummary));
}

/**
 * The cards with how many published comments each story has, from one query for the lot (the count is a row of its
 * own, CommentCount, kept when comments change). A list carries it with its own cache lifetime: an approved comment
 * refreshes the story's page, never a list.
 */
export async function withCommentCounts<T extends ArticleSummary>(cards: T[]): Promise<T[]> {
  if (cards.length === 0) return cards;
  const rows = await db.commentCount.findMany({ where: { articleId: { in: cards.map((c) => c.id) }, approved: { gt: 0 } }, select: { articleId: true, approved: true } });
  const counts = new Map(rows.map((row) => [row.articleId, row.approved]));
  return cards.map((card) => ({ ...card, comments: counts.get(card.id) ?? 0 }));
}

/** A list of stories readers browse: the whole site, or a section's, a tag's or an author's (by id). */
export type StoryList = { kind: 'site' } | { kind: 'section' | 'tag' | 'author'; id: string };

const linkOrder = [{ listedAt: 'desc' as const }, { articleId: 'desc' as const }];

/**
 * Where a list's stories readers can see are found, newest first: one index, walked for a page's ids without
 * touching the stories it skips (page 200 reads 4,000 index entries, not 4,000 stories), and counted in. The site
 * and a section walk Article's (sectionId?, publishedAt, id, status); a tag or an author walks its link table by
 * `listedAt`, the story's publication time while it is live (kept by triggers: the listing_indexes migration).
 */
function listIndex(list: StoryList, now: Date): { count: () => Promise<number>; ids: (skip: number, take: number) => Promise<string[]> } {
  const listed = { listedAt: { lte: now } };
  const links = { orderBy: linkOrder, select: { articleId: true } } as const;
  switch (list.kind) {
    case 'tag': {
      const where = { tagId: list.id, ...listed };
      return {
        count: () => db.articleTag.count({ where }),
        ids: async (skip, take) => (await db.articleTag.findMany({ where, skip, take, ...links })).map((r) => r.articleId),
      };
    }
    case 'author': {
      const where = { authorId: list.id, ...listed };
      return {
        count: () => db.articleAuthor.count({ where }),
        ids: async (skip, take) => (await db.articleAuthor.findMany({ where, skip, take, ...links })).map((r) => r.articleId),
      };
    }
    default: {
      const where = { AND: [visibleToReaders(now), list.kind === 'section' ? { sectionId: list.id } : {}] };
      return {
        count: () => db.article.count({ where }),
        ids: async (skip, take) => (await db.article.findMany({ where, orderBy: newestFirst, skip, take, select: { id: true } })).map((r) => r.id),
      };
    }
  }
}

/** The ids of a list's stories readers can see, newest first, `skip` of them left out (see listIndex). */
export const newestIds = (list: StoryList, skip: number, take: number, now: Date): Promise<string[]> => listIndex(list, now).ids(skip, take);

/**
 * How many stories a list holds: the same for every page of it, so counted once for all of them under the tags of
 * the pages that show it (a crawler walking /latest/page/2…200 of 100,000 stories counts them once, not per page).
 */
async function listTotal(list: StoryList, tags: string[]): Promise<number> {
  'use cache';
  cacheTag(...tags);
  const now = new Date();
  const [total, next] = await Promise.all([listIndex(list, now).count(), nextScheduledPublication(now)]);
  cacheReaderData(next);
  return total;
}

/** Page `page` of a list (shown on pages tagged `tags`): its ids from the index, then those twenty stories. */
async function listPage(list: StoryList, page: number, tags: string[]): Promise<Page<ArticleSummary>> {
  const now = new Date();
  const [total, ids, next] = await Promise.all([
    listTotal(list, tags),
    listIndex(list, now).ids((page - 1) * PAGE_SIZE, PAGE_SIZE),
    nextScheduledPublication(now),
  ]);
  cacheReaderData(next);
  return { items: await summariesInOrder(ids), page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

const EMPTY_PAGE = (page: number): Page<ArticleSummary> => ({ items: [], page, pageCount: 1, total: 0 });

/** Page `page` of every story, newest first: the homepage's "Latest news", continued at /latest. */
export async function getLatestArticlesPage(page: number): Promise<Page<ArticleSummary>> {
  'use cache';
  const tags = [cacheTags.articleLists];
  cacheTag(...tags);
  return listPage({ kind: 'site' }, page, tags);
}

/** The most recent articles across the site. */
export async function getLatestArticles(limit = 10): Promise<ArticleSummary[]> {
  'use cache';
  cacheTag(cacheTags.articleLists);
  const now = new Date();
  const [rows, next] = await Promise.all([
    db.article.findMany({ where: visibleToReaders(now), orderBy: newestFirst, take: limit, select: summarySelect }),
    nextScheduledPublication(now),
  ]);
  cacheReaderData(next);
  return withCommentCounts(rows.map(toArticleSummary));
}

export type Homepage = {
  lead: ArticleSummary | null;
  /** Up to FEATURED_SIZE stories under the lead: the editors' pins in their order, then the newest. */
  featured: ArticleSummary[];
  latest: ArticleSummary[];
  sections: { section: { slug: string; name: string; url: string }; articles: ArticleSummary[] }[];
};

const SECTION_BLOCK_SIZE = 4;
const FEATURED_SIZE = 6;

/**
 * The editors' homepage pins that show now: unexpired, on stories readers can see, in their order. The pins first
 * (a handful of rows), then their stories by id: joined in one query, a planner may read every story to match them.
 */
async function livePins(now: Date) {
  const pins = await db.homepagePin.findMany({
    where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { slot: true, expiresAt: true, articleId: true },
  });
  if (pins.length === 0) return [];
  const stories = await db.article.findMany({
    where: { AND: [visibleToReaders(now), { id: { in: pins.map((pin) => pin.articleId) } }] },
    select: summarySelect,
  });
  const byId = new Map(stories.map((story) => [story.id, story]));
  return pins.flatMap(({ slot, expiresAt, articleId }) => {
    const article = byId.get(articleId);
    return article ? [{ slot, expiresAt, article }] : [];
  });
}

/** The first of several moments (null when there is none): a cached page must end at the earliest. */
function earliest(moments: (Date | null)[]): Date | null {
  return moments.reduce<Date | null>((first, m) => (m && (!first || m < first) ? m : first), null);
}

/** How many of the newest stories the homepage looks through for a lead with a picture before asking the database. */
const LEAD_LOOKAHEAD = 50;

/**
 * The newest visible story with a picture, other than these: looked for among the newest LEAD_LOOKAHEAD stories
 * (an index walk), and only when none of them has one with a query that filters on the picture, which a planner
 * may answer by sorting every story that has one.
 */
async function newestWithPicture(visible: Prisma.ArticleWhereInput, except: string[]) {
  const recent = await db.article.findMany({ where: visible, orderBy: newestFirst, take: LEAD_LOOKAHEAD, select: { id: true, heroImageId: true } });
  const found = recent.find((row) => row.heroImageId !== null && !except.includes(row.id));
  if (found) return db.article.findUnique({ where: { id: found.id }, select: summarySelect });
  if (recent.length < LEAD_LOOKAHEAD) return null;
  return db.article.findFirst({
    where: { AND: [visible, { heroImageId: { not: null } }, { id: { notIn: except } }] },
    orderBy: newestFirst,
    select: summarySelect,
  });
}

/**
 * The homepage: the lead story (the editors' pin, else the newest story with a picture), up to six featured stories
 * (pins first, then the newest), the latest news, and a block per section without the stories shown above it.
 * The cached page ends when a scheduled story is due or a pin expires, whichever comes first.
 */
export async function getHomepage(): Promise<Homepage> {
  'use cache';
  cacheTag(cacheTags.home, cacheTags.articleLists, cacheTags.sections);
  const now = new Date();
  const visible = visibleToReaders(now);
  const [pins, latest, sections, next] = await Promise.all([
    livePins(now),
    db.article.findMany({ where: visible, orderBy: newestFirst, take: 10, select: summarySelect }),
    db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, slug: true, name: true } }),
    nextScheduledPublication(now),
  ]);
  const pinnedLead = pins.find((p) => p.slot === 'lead')?.article ?? null;
  const pinnedFeatured = pins
    .filter((p) => p.slot === 'featured' && p.article.id !== pinnedLead?.id)
    .slice(0, FEATURED_SIZE)
    .map((p) => p.article);
  const lead = pinnedLead ?? (await newestWithPicture(visible, pinnedFeatured.map((a) => a.id)));
  const aboveFill = [...(lead ? [lead.id] : []), ...pinnedFeatured.map((a) => a.id)];
  const fill =
    pinnedFeatured.length < FEATURED_SIZE
      ? await db.article.findMany({
          where: { AND: [visible, { id: { notIn: aboveFill } }] },
          orderBy: newestFirst,
          take: FEATURED_SIZE - pinnedFeatured.length,
          select: summarySelect,
        })
      : [];
  const featured = [...pinnedFeatured, ...fill];
  const shownAbove = [...aboveFill, ...fill.map((a) => a.id)];
  const blocks = await Promise.all(
    sections.map((section) =>
      db.article.findMany({
        where: { AND: [visible, { sectionId: section.id }, { id: { notIn: shownAbove } }] },
        orderBy: newestFirst,
        take: SECTION_BLOCK_SIZE,
        select: summarySelect,
      }),
    ),
  );
  cacheReaderData(earliest([next, ...pins.map((p) => p.expiresAt)]));
  // Every card on the page, counted in one query.
  const cards = new Map((await withCommentCounts([lead, ...featured, ...latest, ...blocks.flat()].flatMap((row) => (row ? [toArticleSummary(row)] : [])))).map((card) => [card.id, card]));
  const card = (row: { id: string }) => cards.get(row.id)!;
  return {
    lead: lead ? card(lead) : null,
    featured: featured.map(card),
    latest: latest.map(card),
    sections: sections
      .map((section, i) => ({
        section: { slug: section.slug, name: section.name, url: paths.section(section.slug) },
        articles: (blocks[i] ?? []).map(card),
      }))
      .filter((block) => block.articles.length > 0),
  };
}

export const articleSelect = {
  ...summarySelect,
  status: true,
  ...storyRenderSelect,
  modifiedAt: true,
  correction: true,
  seoTitle: true,
  seoDescription: true,
  canonicalUrl: true,
  noindex: true,
  liveEndsAt: true,
  socialImage: { select: imageSelect },
  tags: { orderBy: { tag: { name: 'asc' } }, select: { tag: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

export type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

/** A stored article as its page shows it (the reader page and the editor's preview share this), its render current. */
export function toArticle(row: ArticleRow): Article {
  return {
    ...toArticleSummary(row),
    // The page's own standfirst only: a card's stand-in (the body's opening) would repeat the first paragraph here.
    standfirst: row.standfirst,
    bodyHtml: row.bodyHtml,
    description: row.standfirst.trim() || row.excerpt,
    readingMinutes: row.readingMinutes,
    tags: row.tags.map(({ tag }) => ({ slug: tag.slug, name: tag.name, url: paths.tag(tag.slug) })),
    modifiedAt: row.modifiedAt,
    correction: row.correction,
    liveEndsAt: row.liveEndsAt,
    seo: {
      title: row.seoTitle,
      description: row.seoDescription,
      canonicalUrl: row.canonicalUrl,
      noindex: row.noindex,
      socialImage: toImageView(row.socialImage),
    },
  };
}

/** A published article by its slug, or null (unknown, draft, unpublished or not yet due). */
export async function getArticle(slug: string): Promise<Article | null> {
  'use cache';
  // Tagged by slug even when nothing is found, so a cached 404 ends when an article is published here.
  cacheTag(cacheTags.article(slug));
  const now = new Date();
  const row = await db.article.findUnique({ where: { slug }, select: articleSelect });
  const visible = row && ['published', 'scheduled'].includes(row.status) && row.publishedAt;
  if (!row || !visible || !row.publishedAt) {
    cacheReaderData();
    return null;
  }
  if (row.publishedAt > now) {
    // Due later: the "not found" answer lasts until its minute.
    cacheReaderData(row.publishedAt);
    return null;
  }
  cacheReaderData();
  cacheTag(
    cacheTags.section(row.section.slug),
    ...row.authors.map(({ author }) => cacheTags.author(author.slug)),
    ...row.tags.map(({ tag }) => cacheTags.tag(tag.slug)),
  );
  const [current] = await withCurrentStoryRenders([row]);
  return toArticle(current!);
}

const RELATED_POOL = 120;

/** Up to `limit` related published stories: shared tags first, then the same section, then recency. */
export async function getRelatedArticles(articleId: string, limit = 6): Promise<ArticleSummary[]> {
  'use cache';
  cacheTag(cacheTags.articleLists);
  const now = new Date();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, sectionId: true, tags: { select: { tagId: true } } },
  });
  if (!article) {
    cacheReaderData();
    return [];
  }
  const tagIds = article.tags.map((t) => t.tagId);
  const candidateSelect = { ...summarySelect, sectionId: true, tags: { select: { tagId: true } } } satisfies Prisma.ArticleSelect;
  const visible = visibleToReaders(now);
  const other = { not: article.id };
  // The newest RELATED_POOL stories sharing the section or a tag: each source's newest from its own index (a
  // query with OR between them sorted every match in the archive), then the newest of them all.
  const [sameSection, ...perTag] = await Promise.all([
    db.article.findMany({
      where: { AND: [visible, { sectionId: article.sectionId, id: other }] },
      orderBy: newestFirst,
      take: RELATED_POOL,
      select: { id: true, publishedAt: true },
    }),
    ...tagIds.map((tagId) =>
      db.articleTag.findMany({
        where: { tagId, listedAt: { lte: now }, articleId: other },
        orderBy: linkOrder,
        take: RELATED_POOL,
        select: { articleId: true, listedAt: true },
      }),
    ),
  ]);
  const pool = new Map<string, Date | null>(sameSection.map((row) => [row.id, row.publishedAt]));
  for (const row of perTag.flat()) pool.set(row.articleId, row.listedAt);
  const closeIds = [...pool]
    .map(([id, publishedAt]) => ({ id, publishedAt }))
    .sort(compareNewestFirst)
    .slice(0, RELATED_POOL)
    .map((row) => row.id);
  const [close, recent, next] = await Promise.all([
    db.article.findMany({ where: { id: { in: closeIds } }, select: candidateSelect }),
    // Recency fills the footer when too few stories share a tag or the section.
    db.article.findMany({ where: { AND: [visible, { id: other }] }, orderBy: newestFirst, take: limit, select: candidateSelect }),
    nextScheduledPublication(now),
  ]);
  cacheReaderData(next);
  const candidates = [...close, ...recent].map((row) => ({
    row,
    id: row.id,
    sectionId: row.sectionId,
    tagIds: row.tags.map((t) => t.tagId),
    publishedAt: row.publishedAt ?? new Date(0),
  }));
  return rankRelated({ id: article.id, sectionId: article.sectionId, tagIds }, candidates, limit).map((c) =>
    toArticleSummary(c.row),
  );
}

export async function getSectionArticles(sectionSlug: string, page: number): Promise<Page<ArticleSummary>> {
  'use cache';
  const tags = [cacheTags.section(sectionSlug), cacheTags.articleLists];
  cacheTag(...tags);
  const section = await db.section.findUnique({ where: { slug: sectionSlug }, select: { id: true } });
  if (!section) {
    cacheReaderData();
    return EMPTY_PAGE(page);
  }
  return listPage({ kind: 'section', id: section.id }, page, tags);
}

export async function getAuthorArticles(authorSlug: string, page: number): Promise<Page<ArticleSummary>> {
  'use cache';
  const tags = [cacheTags.author(authorSlug), cacheTags.articleLists];
  cacheTag(...tags);
  const author = await db.author.findUnique({ where: { slug: authorSlug }, select: { id: true } });
  if (!author) {
    cacheReaderData();
    return EMPTY_PAGE(page);
  }
  return listPage({ kind: 'author', id: author.id }, page, tags);
}

export async function getTagArticles(tagSlug: string, page: number): Promise<Page<ArticleSummary>> {
  'use cache';
  const tags = [cacheTags.tag(tagSlug), cacheTags.articleLists];
  cacheTag(...tags);
  const tag = await db.tag.findUnique({ where: { slug: tagSlug }, select: { id: true } });
  if (!tag) {
    cacheReaderData();
    return EMPTY_PAGE(page);
  }
  return listPage({ kind: 'tag', id: tag.id }, page, tags);
}
