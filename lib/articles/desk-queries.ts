// What the newsroom sees of articles in /admin: never cached, every status, limited by role.
import { can } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
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

export async function listDeskArticles(viewer: Viewer, filter: DeskFilter) {
  const where: Prisma.ArticleWhereInput = {
    AND: [
      visibleToViewer(viewer),
      filter.status === 'all' ? {} : { status: filter.status },
      filter.section ? { section: { slug: filter.section } } : {},
      filter.author ? { authors: { some: { author: { slug: filter.author } } } } : {},
      filter.q ? { headline: { contains: filter.q } } : {},
    ],
  };
  const [total, pageIds] = await Promise.all([db.article.count({ where }), deskPageIds(where, filter.sort, (filter.page - 1) * DESK_PAGE_SIZE, DESK_PAGE_SIZE)]);
  const rows = pageIds.length > 0 ? await db.article.findMany({ where: { id: { in: pageIds } }, select: rowSelect }) : [];
  return { items: inOrder(pageIds, rows).map(toDeskRow), total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / DESK_PAGE_SIZE)) };
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
