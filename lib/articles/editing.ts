// The editor's view of one article: loading it with everything a save or a publish step needs, its snapshot
// (what a revision stores) and its reader footprint (what the publish step invalidates).
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { paths } from '@/lib/routes';
import type { ReaderFootprint } from '@/lib/publishing/invalidate';
import type { ArticleFields } from './schemas';

export const editingSelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  body: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  modifiedAt: true,
  version: true,
  ownerId: true,
  sectionId: true,
  heroImageId: true,
  socialImageId: true,
  seoTitle: true,
  seoDescription: true,
  canonicalUrl: true,
  noindex: true,
  correction: true,
  reviewNote: true,
  liveState: true,
  section: { select: { slug: true, name: true } },
  owner: { select: { id: true, name: true } },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { id: true, slug: true, name: true } } } },
  tags: { select: { tag: { select: { id: true, slug: true, name: true } } }, orderBy: { tag: { name: 'asc' } } },
} satisfies Prisma.ArticleSelect;

export type EditingRow = Prisma.ArticleGetPayload<{ select: typeof editingSelect }>;

type Tx = Prisma.TransactionClient;

export async function loadForEditing(articleId: string, client: Tx | typeof db = db): Promise<EditingRow | null> {
  return client.article.findUnique({ where: { id: articleId }, select: editingSelect });
}

/** The editable fields as a revision stores them (tags by name, so a revision survives a tag's deletion). */
export type ArticleSnapshot = ArticleFields;

export function toSnapshot(row: EditingRow): ArticleSnapshot {
  return {
    headline: row.headline,
    standfirst: row.standfirst,
    body: row.body,
    slug: row.slug,
    sectionId: row.sectionId,
    tags: row.tags.map((t) => t.tag.name),
    authorIds: row.authors.map((a) => a.author.id),
    heroImageId: row.heroImageId,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    socialImageId: row.socialImageId,
    canonicalUrl: row.canonicalUrl,
    noindex: row.noindex,
    correction: row.correction,
  };
}

export const isLiveStatus = (status: string) => status === 'published' || status === 'scheduled';

export function footprintOf(row: Pick<EditingRow, 'slug' | 'status' | 'publishedAt' | 'section' | 'authors' | 'tags'>): ReaderFootprint {
  return {
    publishedAt: row.publishedAt,
    slug: row.slug,
    sectionSlug: row.section.slug,
    authorSlugs: row.authors.map((a) => a.author.slug),
    tagSlugs: row.tags.map((t) => t.tag.slug),
    live: isLiveStatus(row.status),
  };
}

/** The article's public address (also for drafts: where it will be). */
export const publicPathOf = (row: Pick<EditingRow, 'slug' | 'section'>) => paths.article(row.section.slug, row.slug);

// Autosaves by the same person within this window update their last autosave revision instead of adding one, so
// the history lists meaningful states rather than one entry every few seconds.
const AUTOSAVE_COALESCE_MS = 10 * 60 * 1000;

/** Keeps a revision of the article as it now stands (inside the save's transaction). */
export async function writeRevision(tx: Tx, row: EditingRow, viewer: Viewer, note: string, autosave: boolean): Promise<void> {
  const data = {
    version: row.version,
    userId: viewer.userId,
    userLabel: viewer.name,
    note,
    headline: row.headline,
    snapshot: JSON.stringify(toSnapshot(row)),
    createdAt: new Date(),
  };
  if (autosave) {
    const last = await tx.articleRevision.findFirst({ where: { articleId: row.id }, orderBy: { version: 'desc' } });
    if (last && last.note === 'autosave' && last.userId === viewer.userId && Date.now() - last.createdAt.getTime() < AUTOSAVE_COALESCE_MS) {
      await tx.articleRevision.update({ where: { id: last.id }, data });
      return;
    }
  }
  await tx.articleRevision.create({ data: { ...data, articleId: row.id } });
}

/** Whether the words readers read changed (what makes an update "substantive" by default). */
export function textChanged(before: Pick<ArticleFields, 'headline' | 'standfirst' | 'body'>, after: Pick<ArticleFields, 'headline' | 'standfirst' | 'body'>) {
  return before.headline !== after.headline || before.standfirst !== after.standfirst || before.body !== after.body;
}
