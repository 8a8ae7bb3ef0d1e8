// What the newsroom sees of articles in /admin: never cached, every status, limited by role.
import { can } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { databaseTarget } from '@/lib/db/url';
import { toImageView } from '@/lib/media/urls';
import { paths } from '@/lib/routes';
import { type EditingRow, loadForEditing, toSnapshot } from './editing';
import { canDeleteArticle, canEditArticle, canOpenArticle, canPublishArticle, canReview } from './editorial-access';
import { inOrder } from './queries';
import type { DeskFilter } from './schemas';

export const DESK_PAGE_SIZE = 25;

const rowSelect = {
  id: true,
  headline: true,
  slug: true,
  status: true,
  publishedAt: true,
  modifiedAt: true,
  section: { select: { name: true, slug: true } },
  owner: { select: { name: true } },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { name: true } } } },
} satisfies Prisma.ArticleSelect;

export type DeskRow = {
  id: string;
  headline: string;
  status: string;
  section: string;
  authors: string[];
  owner: string | null;
  modifiedAt: Date;
  publishedAt: Date | null;
  publicPath: string;
};

const toDeskRow = (row: Prisma.ArticleGetPayload<{ select: typeof rowSelect }>): DeskRow => ({
  id: row.id,
  headline: row.headline,
  status: row.status,
  section: row.section.name,
  authors: row.authors.map((a) => a.author.name),
  owner: row.owner?.name ?? null,
  modifiedAt: row.modifiedAt,
  publishedAt: row.publishedAt,
  publicPath: paths.article(row.section.slug, row.slug),
});

/** Contributors and authors see only their own stories (canOpenArticle); editors and administrators the whole desk. */
const visibleToViewer = (viewer: Viewer): Prisma.ArticleWhereInput =>
  can(viewer.role, 'articles:edit-any') ? {} : { ownerId: viewer.userId };

const ORDER: Record<Exclude<DeskFilter['sort'], 'published'>, Prisma.ArticleOrderByWithRelationInput[]> = {
  modified: [{ modifiedAt: 'desc' }, { id: 'desc' }],
  headline: [{ headline: 'asc' }, { id: 'asc' }],
};

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/**
 * The ids of one page of the desk, from the sort's index alone (schema.prisma: modifiedAt, a section's or an owner's
 * by modifiedAt, headline, publishedAt), however deep the page: the rows themselves are loaded for those ids only.
 * "Published" lists the published stories newest first, then those never published, newest first: two walks,
 * because PostgreSQL's index gives its empty publication times first when read backwards.
 */
async function deskPageIds(where: Prisma.ArticleWhereInput, sort: DeskFilter['sort'], skip: number, take: number): Promise<string[]> {
  if (sort !== 'published') return ids(await db.article.findMany({ where, orderBy: ORDER[sort], skip, take, select: { id: true } }));
  const dated: Prisma.ArticleWhereInput = { AND: [where, { publishedAt: { not: null } }] };
  const first = ids(await db.article.findMany({ where: dated, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip, take, select: { id: true } }));
  if (first.length === take) return first;
  const datedCount = first.length > 0 ? skip + first.length : await db.article.count({ where: dated });
  const undated = await db.article.findMany({
    where: { AND: [where, { publishedAt: null }] },
    orderBy: { id: 'desc' },
    skip: Math.max(0, skip - datedCount),
    take: take - first.length,
    select: { id: true },
  });
  return [...first, ...ids(undated)];
}

/** Fewest characters the index of headline trigrams can look up; a shorter filter reads every headline. */
const TRIGRAM = 3;
/**
 * The desk filtered by a headline's words counts its matches exactly up to this many, and pages that far: past it,
 * it says "more than 1,000" (as reader search does). Counting every story of a common word is what cost: 70 ms on
 * PostgreSQL for 18,000 of 100,000, growing with the archive; nobody pages through a thousand stories to find one.
 * It also decides how SQLite reads a page: up to it, by sorting the matches; past it, by walking the sort's index and
 * keeping the matches. Measured at 100,000 stories: sorting 18,000 matches read each story's row (90–100 ms), the
 * walk reads only the index (13–27 ms however deep), and for 126 matches the sort took 2–4 ms where the walk to a
 * deep page took 20.
 */
export const DESK_COUNT_BOUND = 1_000;

/** A LIKE pattern for a headline holding `words` anywhere, its wildcards taken literally (backslash escapes). */
const containsPattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * "The headline holds these words", as a condition on `"Article" a`: from the index of the headlines' trigrams
 * (PostgreSQL: pg_trgm's GIN index under ILIKE; SQLite: an FTS5 trigram table, asked for the words as a phrase of
 * trigrams, which is the substring itself, case folded). Both ignore case in every script. `walk` (SQLite): the
 * condition is checked on each story the sort's index gives (the unary + keeps the planner from starting at the
 * matches), instead of sorting every match.
 */
function headlineHolds(words: string, walk = false): Prisma.Sql {
  if (databaseTarget().kind === 'postgresql') return Prisma.sql`a."headline" ILIKE ${containsPattern(words)}`;
  if ([...words].length < TRIGRAM) return Prisma.sql`a."headline" LIKE ${containsPattern(words)} ESCAPE '\\'`;
  const phrase = `"${words.replaceAll('"', '""')}"`;
  return idIn(
    walk,
    Prisma.sql`SELECT d."article_id" FROM "article_headline_trigram" JOIN "article_headline_doc" d ON d."id" = "article_headline_trigram"."rowid"
      WHERE "article_headline_trigram" MATCH ${phrase}`,
  );
}

/**
 * `a."id" IN (…)`; with `walk`, on SQLite, `+a."id" IN (…)`: checked on each story walked, never started from
 * (PostgreSQL's planner weighs the two itself, and has no unary + for text).
 */
const idIn = (walk: boolean, subquery: Prisma.Sql) =>
  walk && databaseTarget().kind === 'sqlite' ? Prisma.sql`+a."id" IN (${subquery})` : Prisma.sql`a."id" IN (${subquery})`;

/** The desk's filters as conditions on `"Article" a`, for the list filtered by a headline's words or a byline. */
function deskConditions(viewer: Viewer, filter: DeskFilter, authorId: string | null, walk = false): Prisma.Sql {
  const conditions = filter.q ? [headlineHolds(filter.q, walk)] : [];
  if (!can(viewer.role, 'articles:edit-any')) conditions.push(Prisma.sql`a."ownerId" = ${viewer.userId}`);
  if (filter.status !== 'all') conditions.push(Prisma.sql`a."status" = ${filter.status}`);
  if (filter.section) conditions.push(Prisma.sql`a."sectionId" IN (SELECT s."id" FROM "Section" s WHERE s."slug" = ${filter.section})`);
  if (filter.author) conditions.push(idIn(walk, Prisma.sql`SELECT aa."articleId" FROM "ArticleAuthor" aa WHERE aa."authorId" = ${authorId ?? ''}`));
  return Prisma.join(conditions, ' AND ');
}

/** The desk's sorts in SQL; "published" is read in two walks, as deskPageIds reads it. */
const SQL_ORDER: Record<Exclude<DeskFilter['sort'], 'published'>, Prisma.Sql> = {
  modified: Prisma.sql`a."modifiedAt" DESC, a."id" DESC`,
  headline: Prisma.sql`a."headline" ASC, a."id" ASC`,
};

/** The ids of stories `where` holds, in `order`, `take` of them after `skip`. */
const idsWhere = async (where: Prisma.Sql, order: Prisma.Sql, skip: number, take: number) =>
  ids(await db.$queryRaw<{ id: string }[]>`SELECT a."id" FROM "Article" a WHERE ${where} ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`);

/**
 * A page of `where`'s stories in the desk's sort. "Published": those with a publication time newest first, then
 * those never published, newest first, each walked along its index (PostgreSQL's puts empty times first when read
 * backwards, so one ORDER BY … NULLS LAST would sort every match).
 */
async function pageWhere(where: Prisma.Sql, sort: DeskFilter['sort'], skip: number, take: number): Promise<string[]> {
  if (sort !== 'published') return idsWhere(where, SQL_ORDER[sort], skip, take);
  const first = await idsWhere(Prisma.sql`${where} AND a."publishedAt" IS NOT NULL`, Prisma.sql`a."publishedAt" DESC, a."id" DESC`, skip, take);
  if (first.length === take) return first;
  const datedCount =
    first.length > 0
      ? skip + first.length
      : Number((await db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS "n" FROM "Article" a WHERE ${where} AND a."publishedAt" IS NOT NULL`)[0]?.n ?? 0);
  const undated = await idsWhere(Prisma.sql`${where} AND a."publishedAt" IS NULL`, Prisma.sql`a."id" DESC`, Math.max(0, skip - datedCount), take - first.length);
  return [...first, ...undated];
}

/**
 * One page of the desk filtered by a headline's words or a byline, and how many stories match. Prisma writes these
 * filters so that every story is read: `contains` is a LIKE (which on PostgreSQL minds case), and a byline is an
 * EXISTS tried on each story (50–85 ms at 100,000). In SQL they start from their indexes (the trigrams, the byline
 * table's by author): counted first, then the page read the way that count makes cheaper. A headline filter is
 * counted up to DESK_COUNT_BOUND; a byline alone exactly, from its index.
 */
async function deskPageInSql(viewer: Viewer, filter: DeskFilter): Promise<DeskPage> {
  const bound = filter.q ? DESK_COUNT_BOUND : Number.MAX_SAFE_INTEGER;
  // The author's id, not a subquery on the slug: with the value, the planner knows how many stories it has (a
  // subquery left PostgreSQL guessing 358 for 19,534 and sorting them all).
  const author = filter.author ? await db.author.findUnique({ where: { slug: filter.author }, select: { id: true } }) : null;
  const matches = deskConditions(viewer, filter, author?.id ?? null);
  const [count] = filter.q
    ? await db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS "n" FROM (SELECT 1 FROM "Article" a WHERE ${matches} LIMIT ${bound + 1}) AS "matches"`
    : await db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS "n" FROM "Article" a WHERE ${matches}`;
  const found = Number(count?.n ?? 0);
  const total = Math.min(found, bound);
  const skip = (filter.page - 1) * DESK_PAGE_SIZE;
  if (skip >= total) return { total, totalIsLowerBound: found > total, pageIds: [] };
  const where = deskConditions(viewer, filter, author?.id ?? null, found > DESK_COUNT_BOUND);
  const pageIds = await pageWhere(where, filter.sort, skip, Math.min(DESK_PAGE_SIZE, total - skip));
  return { total, totalIsLowerBound: found > total, pageIds };
}

/** A page's ids and the count of what the list holds; `totalIsLowerBound` when there are more than it says. */
type DeskPage = { total: number; totalIsLowerBound: boolean; pageIds: string[] };

export async function listDeskArticles(viewer: Viewer, filter: DeskFilter) {
  const { total, totalIsLowerBound, pageIds } = filter.q || filter.author ? await deskPageInSql(viewer, filter) : await deskPage(viewer, filter);
  const rows = pageIds.length > 0 ? await db.article.findMany({ where: { id: { in: pageIds } }, select: rowSelect }) : [];
  const pageCount = Math.max(1, Math.ceil(total / DESK_PAGE_SIZE));
  return { items: inOrder(pageIds, rows).map(toDeskRow), total, totalIsLowerBound, page: filter.page, pageCount };
}

/** One page of the desk and how many stories it lists, filtered by neither a headline's words nor a byline. */
async function deskPage(viewer: Viewer, filter: DeskFilter): Promise<DeskPage> {
  const where: Prisma.ArticleWhereInput = {
    AND: [
      visibleToViewer(viewer),
      filter.status === 'all' ? {} : { status: filter.status },
      filter.section ? { section: { slug: filter.section } } : {},
    ],
  };
  const [total, pageIds] = await Promise.all([db.article.count({ where }), deskPageIds(where, filter.sort, (filter.page - 1) * DESK_PAGE_SIZE, DESK_PAGE_SIZE)]);
  return { total, totalIsLowerBound: false, pageIds };
}

/** The dashboard: my drafts, what waits for review, what is scheduled next, what went out last. */
export async function getDashboard(viewer: Viewer) {
  const mine = { ownerId: viewer.userId };
  const scope = visibleToViewer(viewer);
  const take = 8;
  const [drafts, review, scheduled, published] = await Promise.all([
    db.article.findMany({ where: { ...mine, status: { in: ['draft', 'review'] } }, orderBy: { modifiedAt: 'desc' }, take, select: rowSelect }),
    db.article.findMany({ where: { AND: [scope, { status: 'review' }] }, orderBy: { modifiedAt: 'asc' }, take, select: rowSelect }),
    db.article.findMany({ where: { AND: [scope, { status: 'scheduled', publishedAt: { gt: new Date() } }] }, orderBy: { publishedAt: 'asc' }, take, select: rowSelect }),
    db.article.findMany({
      where: { AND: [scope, { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: new Date() } }] },
      orderBy: { publishedAt: 'desc' },
      take,
      select: rowSelect,
    }),
  ]);
  return { drafts: drafts.map(toDeskRow), review: review.map(toDeskRow), scheduled: scheduled.map(toDeskRow), published: published.map(toDeskRow) };
}

/** Choices the editor's form offers. */
export async function getEditorOptions() {
  const [sections, authors] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, slug: true } }),
    db.author.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, slug: true } }),
  ]);
  return { sections, authors };
}

/** Who owns an article, or null when there is no such article (the proxy's check before an article page). */
export async function findArticleOwner(articleId: string): Promise<{ ownerId: string | null } | null> {
  if (articleId.length > 64) return null;
  return db.article.findUnique({ where: { id: articleId }, select: { ownerId: true } });
}

/** Everything the editor page needs for one article, with what the viewer may do to it. */
export async function getArticleForEditor(viewer: Viewer, articleId: string) {
  const row = await loadForEditing(articleId);
  if (!row) return null;
  const images = await db.image.findMany({ where: { id: { in: [row.heroImageId, row.socialImageId].filter((x): x is string => !!x) } } });
  const imageView = (id: string | null) => {
    const image = images.find((i) => i.id === id);
    return image ? { id: image.id, ...toImageView(image)! } : null;
  };
  return {
    row: row satisfies EditingRow,
    snapshot: toSnapshot(row),
    heroImage: imageView(row.heroImageId),
    socialImage: imageView(row.socialImageId),
    rights: {
      open: canOpenArticle(viewer, row),
      edit: canEditArticle(viewer, row),
      publish: canPublishArticle(viewer, row),
      review: canReview(viewer),
      delete: canDeleteArticle(viewer, row),
      bylines: canPublishArticle(viewer, row),
    },
  };
}
