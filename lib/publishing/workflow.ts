// The publish step: every move of an article through draft → review → scheduled/published → unpublished, and
// deletion. Each names its kind of change, writes a revision and the audit log, and refreshes what readers see.
import { actorOf, type AuditAction, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime, localInstant } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { recordArticleGone } from '@/lib/redirects/manage';
import { type EditingRow, loadForEditing, publicPathOf, writeRevision } from '@/lib/articles/editing';
import {
  ARTICLE_NOT_FOUND,
  CANNOT_PUBLISH,
  canDeleteArticle,
  canEditArticle,
  canPublishArticle,
  canReview,
  NOT_YOUR_ARTICLE,
} from '@/lib/articles/editorial-access';
import { afterWrite, type SavedDetails, savedDetails } from '@/lib/articles/save';
import { scheduleChanged } from './due-timer';
import { publishChange } from './publish-change';

export const NOT_IN_REVIEW = 'This article is not waiting for review.';
export const ALREADY_MOVED_ON = 'This article changed since you opened it. Reload to see the latest version first.';
export const NEEDS_BYLINE = 'Add at least one byline before publishing.';
export const SCHEDULE_IN_PAST = 'Choose a time in the future.';
export const NOT_LIVE = 'This article is not published.';
export const ORIGINAL_DATE_IN_FUTURE = 'An original publication date must be in the past. To publish later, use Schedule.';
export const ORIGINAL_DATE_TOO_EARLY = 'Choose an original publication date after 1800.';
export const CANNOT_REDATE = 'Only editors and administrators can set an original publication date.';
/** The earliest original publication date accepted: older is a typing slip, not an archive. */
const EARLIEST_ORIGINAL_DATE = Date.UTC(1800, 0, 1);

type Step = {
  viewer: Viewer;
  articleId: string;
  baseVersion?: number;
  context: ActionContext;
};

type Transition = {
  allowed: (viewer: Viewer, row: EditingRow) => string | null;
  data: (row: EditingRow) => Prisma.ArticleUpdateManyMutationInput | string;
  note: string;
  audit: AuditAction;
  message: (row: EditingRow) => string;
};

/** Runs one workflow step: checks, one guarded write with a revision, audit, then what readers see. */
async function step({ viewer, articleId, baseVersion, context }: Step, transition: Transition): Promise<ActionResult<SavedDetails>> {
  const row = await loadForEditing(articleId);
  if (!row) return failure(404, ARTICLE_NOT_FOUND);
  const refusal = transition.allowed(viewer, row);
  if (refusal) return failure(refusal === NOT_IN_REVIEW || refusal === NOT_LIVE ? 409 : 403, refusal);
  if (baseVersion !== undefined && baseVersion !== row.version) return failure(409, ALREADY_MOVED_ON);
  const data = transition.data(row);
  if (typeof data === 'string') return failure(400, data, { form: [data] });
  const saved = await db.$transaction(async (tx) => {
    const written = await tx.article.updateMany({ where: { id: row.id, version: row.version }, data: { ...data, version: row.version + 1 } });
    if (written.count !== 1) return null;
    const next = (await loadForEditing(row.id, tx))!;
    await writeRevision(tx, next, viewer, transition.note, false);
    return next;
  });
  if (!saved) return failure(409, ALREADY_MOVED_ON);
  await afterWrite(row, saved);
  if (row.status === 'scheduled' || saved.status === 'scheduled') await scheduleChanged();
  await recordAudit({
    actor: actorOf(viewer),
    action: transition.audit,
    target: { type: 'article', id: row.id },
    summary: `${transition.note}: "${saved.headline}"`,
    request: context.request,
  });
  return { ok: true, message: transition.message(saved), data: savedDetails(saved) };
}

const editable = (viewer: Viewer, row: EditingRow) => (canEditArticle(viewer, row) ? null : NOT_YOUR_ARTICLE);
const publishable = (viewer: Viewer, row: EditingRow) => (canPublishArticle(viewer, row) ? null : CANNOT_PUBLISH);

export function submitForReview(s: Step) {
  return step(s, {
    allowed: (viewer, row) => editable(viewer, row) ?? (row.status === 'draft' ? null : 'Only drafts can be submitted for review.'),
    data: () => ({ status: 'review', reviewNote: '' }),
    note: 'Submitted for review',
    audit: 'article.submitted',
    message: () => 'Submitted for review. An editor will look at it.',
  });
}

export function sendBack(s: Step & { note: string }) {
  return step(s, {
    allowed: (viewer, row) => (canReview(viewer) ? (row.status === 'review' ? null : NOT_IN_REVIEW) : CANNOT_PUBLISH),
    data: () => ({ status: 'draft', reviewNote: s.note }),
    note: 'Sent back to the writer',
    audit: 'article.sent-back',
    message: () => 'Sent back to the writer with your note.',
  });
}

/** Publishes now (an editor approving a story in review publishes it). Keeps the first publication time on a re-publish. */
export function publishNow(s: Step) {
  return step(s, {
    allowed: (viewer, row) => publishable(viewer, row) ?? (row.status === 'published' ? 'This article is already published.' : null),
    data: (row) => {
      if (row.authors.length === 0) return NEEDS_BYLINE;
      const now = new Date();
      const keepFirst = row.status === 'unpublished' && row.publishedAt && row.publishedAt <= now;
      return { status: 'published', publishedAt: keepFirst ? row.publishedAt : now, reviewNote: '' };
    },
    note: 'Published',
    audit: 'article.published',
    message: () => 'Published. Readers can see it now.',
  });
}

const siteInstant = (local: string) => localInstant(local, siteConfig().timeZone);

/** Schedules publication at a minute in the site's time zone: readers see it from that minute, without a worker. */
export function schedule(s: Step & { publishAt: string }) {
  const at = siteInstant(s.publishAt);
  return step(s, {
    allowed: publishable,
    data: (row) => {
      if (row.authors.length === 0) return NEEDS_BYLINE;
      if (!at) return 'Choose a date and time.';
      if (at.getTime() <= Date.now()) return SCHEDULE_IN_PAST;
      return { status: 'scheduled', publishedAt: at, reviewNote: '' };
    },
    note: 'Scheduled',
    audit: 'article.scheduled',
    message: () => 'Scheduled. It will appear at that minute.',
  });
}

/**
 * Gives a story its original publication time, in the past (an archive story, one first printed on paper): it is
 * the story's publication time itself, so its date, archive day, sitemaps and feeds all follow. Publishes it if it
 * was not published. Editors and administrators only.
 */
export function publishAsOf(s: Step & { publishAt: string }) {
  const at = siteInstant(s.publishAt);
  const label = at ? formatDateTime(at, siteConfig().timeZone) : '';
  return step(s, {
    allowed: (viewer, row) => (canReview(viewer) ? publishable(viewer, row) : CANNOT_REDATE),
    data: (row) => {
      if (row.authors.length === 0) return NEEDS_BYLINE;
      if (!at) return 'Choose a date and time.';
      if (at.getTime() > Date.now()) return ORIGINAL_DATE_IN_FUTURE;
      if (at.getTime() < EARLIEST_ORIGINAL_DATE) return ORIGINAL_DATE_TOO_EARLY;
      return { status: 'published', publishedAt: at, reviewNote: '' };
    },
    note: `Original publication date set to ${label}`,
    audit: 'article.redated',
    message: () => `Published with its original date, ${label}.`,
  });
}

export function unpublish(s: Step) {
  return step(s, {
    allowed: (viewer, row) => publishable(viewer, row) ?? (row.status === 'published' || row.status === 'scheduled' ? null : NOT_LIVE),
    // A scheduled story that is taken back never went out: it returns to draft. A breaking-news flag ends with the
    // story, so publishing it again later does not bring the banner back.
    data: (row) =>
      row.status === 'scheduled' ? { status: 'draft', publishedAt: null, breakingUntil: null } : { status: 'unpublished', breakingUntil: null },
    note: 'Unpublished',
    audit: 'article.unpublished',
    message: () => 'Unpublished. Readers get "not found" at its address.',
  });
}

/** Deletes an article for good. A story readers could see leaves its address answering 410 Gone. */
export async function deleteArticle({ viewer, articleId, context }: Step): Promise<ActionResult> {
  const row = await loadForEditing(articleId);
  if (!row) return failure(404, ARTICLE_NOT_FOUND);
  if (!canDeleteArticle(viewer, row)) return failure(403, NOT_YOUR_ARTICLE);
  const wasPublic = row.publishedAt !== null && ['published', 'unpublished', 'scheduled'].includes(row.status) && row.publishedAt <= new Date();
  await db.article.delete({ where: { id: row.id } });
  if (wasPublic) await recordArticleGone(row.id, publicPathOf(row));
  publishChange(row, null);
  await recordAudit({
    actor: actorOf(viewer),
    action: 'article.deleted',
    target: { type: 'article', id: row.id },
    summary: `Deleted "${row.headline}"${wasPublic ? ` (${publicPathOf(row)} now answers 410 Gone)` : ''}`,
    request: context.request,
  });
  return { ok: true, message: `Deleted "${row.headline}".` };
}

