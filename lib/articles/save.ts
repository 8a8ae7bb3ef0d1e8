// Writing articles: a new draft, every save of the editor (with optimistic locking and a revision each time) and
// restoring an old revision. Publishing steps live in lib/publishing/workflow.ts.
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { cacheTags } from '@/lib/cache/tags';
import { type LogKind, recordReaderChanges } from '@/lib/changelog/record';
import { type ActionResult, failure, FORM_INVALID } from '@/lib/forms/result';
import { toImageView } from '@/lib/media/urls';
import { invalidateReaderTags } from '@/lib/publishing/invalidate';
import { publishChange } from '@/lib/publishing/publish-change';
import { recordArticleLive, recordArticleMove } from '@/lib/redirects/manage';
import { paths } from '@/lib/routes';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { findOrCreateTags } from '@/lib/tags/manage';
import { toSlug, uniqueSlug } from '@/lib/text/slug';
import type { BodyDocument } from './body';
import { cleanBody, type ImageLookup } from './body-clean';
import {
  type ArticleSnapshot,
  type EditingRow,
  isLiveStatus,
  loadForEditing,
  publicPathOf,
  textChanged,
  toSnapshot,
  writeRevision,
} from './editing';
import { ARTICLE_NOT_FOUND, canChangeBylines, canEditArticle, NOT_YOUR_ARTICLE } from './editorial-access';
import { renderStory } from './rendered';
import type { ArticleFields, SaveArticleInput } from './schemas';

export const SAVE_CONFLICT = 'Someone else saved this article while you were editing. Compare the versions below and choose what to keep.';
export const SLUG_TAKEN = 'Another article already uses this slug.';
export const SECTION_UNKNOWN = 'That section does not exist.';
export const AUTHOR_UNKNOWN = 'One of the bylines is not a known author.';
export const IMAGE_UNKNOWN = 'That picture is not in the media library.';
export const BYLINES_LOCKED = 'Only someone who may publish this article can change its bylines.';

/** The other version, shown beside the editor's own when their save is refused. */
export type ConflictDetails = { version: number; savedBy: string; savedAt: string; theirs: ArticleSnapshot };
export type SavedDetails = { version: number; savedAt: string; slug: string; status: string; publicPath: string };

export const lookupImages: ImageLookup = async (ids) => {
  const rows = await db.image.findMany({ where: { id: { in: ids } } });
  return new Map(rows.map((r) => [r.id, toImageView(r)!]));
};

const slugTaken = (exceptId?: string) => async (slug: string) =>
  (await db.article.count({ where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0;

/** Starts a draft from a headline and a section; the writer's own byline goes on it. */
export async function createDraft(viewer: Viewer, input: { headline: string; sectionId: string }, context: ActionContext): Promise<ActionResult<{ id: string }>> {
  if (!(await db.section.count({ where: { id: input.sectionId } }))) return failure(400, FORM_INVALID, { sectionId: [SECTION_UNKNOWN] });
  const slug = await uniqueSlug(toSlug(input.headline), slugTaken());
  const article = await db.$transaction(async (tx) => {
    const created = await tx.article.create({
      data: {
        headline: input.headline,
        slug,
        sectionId: input.sectionId,
        ownerId: viewer.userId,
        status: 'draft',
        ...(viewer.authorId ? { authors: { create: [{ authorId: viewer.authorId, position: 0 }] } } : {}),
      },
      select: { id: true },
    });
    const row = (await loadForEditing(created.id, tx))!;
    await writeRevision(tx, row, viewer, 'created', false);
    return created;
  });
  await recordAudit({ actor: actorOf(viewer), action: 'article.created', target: { type: 'article', id: article.id }, summary: `Started "${input.headline}"`, request: context.request });
  return { ok: true, message: 'Draft created.', data: { id: article.id } };
}

type Checked = { fields: ArticleFields & { slug: string }; bodyJson: string; body: BodyDocument };

/** Checks every reference the fields make; field errors for what is wrong, nothing written. */
async function checkFields(viewer: Viewer, row: EditingRow, fields: ArticleFields): Promise<ActionResult<never> | Checked> {
  const errors: Record<string, string[]> = {};
  const body = await cleanBody(fields.body, lookupImages);
  if (!body.ok) errors.body = [body.message];
  const slug = fields.slug || (await uniqueSlug(toSlug(fields.headline), slugTaken(row.id)));
  if (fields.slug && (await slugTaken(row.id)(fields.slug))) errors.slug = [SLUG_TAKEN];
  const section = await db.section.findUnique({ where: { id: fields.sectionId }, select: { slug: true } });
  if (!section) errors.sectionId = [SECTION_UNKNOWN];
  const authorIds = [...new Set(fields.authorIds)];
  const bylinesChanged = authorIds.join() !== row.authors.map((a) => a.author.id).join();
  if (bylinesChanged && !canChangeBylines(viewer, row)) errors.authorIds = [BYLINES_LOCKED];
  else if ((await db.author.count({ where: { id: { in: authorIds } } })) !== authorIds.length) errors.authorIds = [AUTHOR_UNKNOWN];
  for (const key of ['heroImageId', 'socialImageId'] as const) {
    const imageId = fields[key];
    if (imageId && !(await db.image.count({ where: { id: imageId } }))) errors[key] = [IMAGE_UNKNOWN];
  }
  if (Object.keys(errors).length || !body.ok) return failure(400, FORM_INVALID, errors);
  // A canonical override naming the story's own address is no override: stored empty, so sitemaps can tell
  // syndicated copies (canonical elsewhere) from the site's own stories in SQL.
  const canonicalUrl = section && fields.canonicalUrl === absoluteUrl(paths.article(section.slug, slug)) ? '' : fields.canonicalUrl;
  return { fields: { ...fields, slug, authorIds, canonicalUrl }, bodyJson: body.json, body: body.body };
}

class ConflictError extends Error {}

/** Writes the fields over the article at `baseVersion`, bumping its version; throws ConflictError if it moved on. */
async function writeFields(tx: Prisma.TransactionClient, row: EditingRow, checked: Checked, data: Prisma.ArticleUpdateManyMutationInput, baseVersion: number) {
  const { fields, bodyJson, body } = checked;
  const written = await tx.article.updateMany({
    where: { id: row.id, version: baseVersion },
    data: {
      headline: fields.headline,
      standfirst: fields.standfirst,
      body: bodyJson,
      ...renderStory(body),
      slug: fields.slug,
      sectionId: fields.sectionId,
      heroImageId: fields.heroImageId,
      socialImageId: fields.socialImageId,
      seoTitle: fields.seoTitle,
      seoDescription: fields.seoDescription,
      canonicalUrl: fields.canonicalUrl,
      noindex: fields.noindex,
      correction: fields.correction,
      version: baseVersion + 1,
      ...data,
    },
  });
  if (written.count !== 1) throw new ConflictError();
  await tx.articleAuthor.deleteMany({ where: { articleId: row.id } });
  await tx.articleAuthor.createMany({ data: fields.authorIds.map((authorId, position) => ({ articleId: row.id, authorId, position })) });
  await tx.articleTag.deleteMany({ where: { articleId: row.id } });
  const tagIds = await findOrCreateTags(fields.tags, tx);
  await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId: row.id, tagId })) });
  return (await loadForEditing(row.id, tx))!;
}

async function conflictWith(articleId: string): Promise<ActionResult<never, ConflictDetails>> {
  const current = await loadForEditing(articleId);
  if (!current) return failure(404, ARTICLE_NOT_FOUND);
  const last = await db.articleRevision.findFirst({ where: { articleId }, orderBy: { version: 'desc' }, select: { userLabel: true, createdAt: true } });
  return {
    ok: false,
    status: 409,
    message: SAVE_CONFLICT,
    details: {
      version: current.version,
      savedBy: last?.userLabel || 'Someone',
      savedAt: (last?.createdAt ?? current.modifiedAt).toISOString(),
      theirs: toSnapshot(current),
    },
  };
}

/**
 * Saves the editor's fields. Refused with the other version when someone saved since `baseVersion` (nothing is
 * overwritten silently). Live articles change for readers at once; `substantive` decides the "Updated" time.
 */
export async function saveArticle(
  viewer: Viewer,
  input: SaveArticleInput & { note?: string },
  context: ActionContext,
): Promise<ActionResult<SavedDetails, ConflictDetails>> {
  const row = await loadForEditing(input.articleId);
  if (!row) return failure(404, ARTICLE_NOT_FOUND);
  if (!canEditArticle(viewer, row)) return failure(403, NOT_YOUR_ARTICLE);
  if (input.baseVersion !== row.version) return conflictWith(row.id);
  const checked = await checkFields(viewer, row, input.fields);
  if ('ok' in checked) return checked;
  const now = new Date();
  // Readers can read it (published, or scheduled and gone out): its changes are theirs to know about.
  const live = isLiveStatus(row.status) && row.publishedAt !== null && row.publishedAt <= now;
  const substantive = live && input.substantive && textChanged(row, { ...checked.fields, body: checked.bodyJson });
  const correction = live && checked.fields.correction && checked.fields.correction !== row.correction ? checked.fields.correction : null;
  let saved: EditingRow;
  let logged: LogKind[] = [];
  try {
    saved = await db.$transaction(async (tx) => {
      const next = await writeFields(tx, row, checked, substantive ? { updatedAt: now } : {}, input.baseVersion);
      // The public change log (lib/changelog/record.ts has the rule that folds one session's saves into one entry).
      logged = await recordReaderChanges(tx, { articleId: row.id, viewer, at: now, update: substantive ? { note: input.updateNote ?? '' } : null, correction });
      await writeRevision(tx, next, viewer, input.note ?? (input.autosave ? 'autosave' : 'save'), input.autosave);
      return next;
    });
  } catch (error) {
    if (error instanceof ConflictError) return conflictWith(row.id);
    throw error;
  }
  await afterWrite(row, saved);
  if (logged.includes('correction')) invalidateReaderTags([cacheTags.corrections]);
  if (!input.autosave) {
    await recordAudit({
      actor: actorOf(viewer),
      action: 'article.saved',
      target: { type: 'article', id: row.id },
      summary: `${input.note ?? 'Saved'} "${saved.headline}" (version ${saved.version}${substantive ? ', substantive update' : ''})`,
      request: context.request,
    });
  }
  return { ok: true, message: 'Saved.', data: savedDetails(saved) };
}

export const savedDetails = (row: EditingRow): SavedDetails => ({
  version: row.version,
  savedAt: new Date().toISOString(),
  slug: row.slug,
  status: row.status,
  publicPath: publicPathOf(row),
});

/**
 * What readers see changes now: the old URL of a moved live article keeps answering, a redirect or 410 left at the
 * address it now lives at (by a deleted story of the same name) is removed, and caches are refreshed.
 */
export async function afterWrite(before: EditingRow, after: EditingRow): Promise<void> {
  const wasPublic = before.status === 'published' && before.publishedAt !== null;
  if (wasPublic && publicPathOf(before) !== publicPathOf(after)) {
    await recordArticleMove(after.id, publicPathOf(before), publicPathOf(after));
  } else if (after.status === 'published' && after.publishedAt !== null && after.publishedAt <= new Date()) {
    await recordArticleLive(publicPathOf(after));
  }
  publishChange(before, after);
}

/** Puts an old revision back as a new save (the history keeps everything in between). */
export async function restoreRevision(
  viewer: Viewer,
  input: { articleId: string; revisionId: string; baseVersion: number },
  context: ActionContext,
): Promise<ActionResult<SavedDetails, ConflictDetails>> {
  const revision = await db.articleRevision.findFirst({ where: { id: input.revisionId, articleId: input.articleId } });
  if (!revision) return failure(404, 'That revision does not exist.');
  const snapshot = JSON.parse(revision.snapshot) as ArticleSnapshot;
  return saveArticle(
    viewer,
    { articleId: input.articleId, baseVersion: input.baseVersion, fields: snapshot, substantive: true, autosave: false, note: `Restored version ${revision.version}` },
    context,
  );
}
