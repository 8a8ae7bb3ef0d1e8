// Moderation at /admin/comments (editors and administrators): approve, reject or mark as spam, feature, block an
// address, and close a story's comments. A decision readers can see invalidates the story's page at once (its cache
// tag); nothing else is purged, so a busy thread never empties the homepage's cache.
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { invalidateReaderTags } from '@/lib/publishing/invalidate';
import { recountComments } from './count';
import { paths } from '@/lib/routes';
import type { ModerationStatus } from './schemas';

export const COMMENT_GONE = 'That comment no longer exists. Reload the page.';
export const COMMENTER_GONE = 'That commenter no longer exists. Reload the page.';
export const STORY_GONE = 'That story no longer exists. Reload the page.';
export const FEATURE_UNPUBLISHED = 'Only a published comment can be featured: approve it first.';

const DECISION_WORDS = { approved: 'Approved', rejected: 'Rejected', spam: 'Marked as spam' } as const;

/** The comments with `status` (newest first; waiting ones oldest first, in the order they came), at most 100. */
export async function listForModeration(status: ModerationStatus, articleId?: string) {
  const [rows, counts] = await Promise.all([
    db.comment.findMany({
      where: { status, ...(articleId ? { articleId } : {}) },
      orderBy: [{ createdAt: status === 'pending' ? 'asc' : 'desc' }, { id: 'asc' }],
      take: 100,
      select: {
        id: true,
        body: true,
        displayName: true,
        status: true,
        featured: true,
        createdAt: true,
        parentId: true,
        commenter: { select: { id: true, email: true, displayName: true, trustedAt: true, blockedAt: true } },
        article: { select: { id: true, headline: true, slug: true, section: { select: { slug: true } } } },
      },
    }),
    db.comment.groupBy({ by: ['status'], where: articleId ? { articleId } : {}, _count: { _all: true } }),
  ]);
  const count = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<string, number>>;
  return {
    comments: rows.map((row) => ({ ...row, storyUrl: paths.article(row.article.section.slug, row.article.slug) })),
    counts: { pending: count.pending ?? 0, approved: count.approved ?? 0, rejected: count.rejected ?? 0, spam: count.spam ?? 0 },
  };
}
export type ModerationRow = Awaited<ReturnType<typeof listForModeration>>['comments'][number];

async function commentOf(commentId: string) {
  return db.comment.findUnique({ where: { id: commentId }, select: { id: true, status: true, publishedAt: true, commenterId: true, articleId: true, article: { select: { slug: true } } } });
}

/**
 * Approves, rejects or marks a comment as spam. Approving publishes it and trusts its commenter from then on (their
 * next comments are published at once); the story's page is invalidated when what readers see changes.
 */
export async function moderateComment(viewer: Viewer, input: { commentId: string; decision: 'approved' | 'rejected' | 'spam' }, context: ActionContext): Promise<ActionResult> {
  const comment = await commentOf(input.commentId);
  if (!comment) return failure(404, COMMENT_GONE);
  if (comment.status === input.decision) return { ok: true, message: `${DECISION_WORDS[input.decision]} already.` };
  const now = new Date();
  const approve = input.decision === 'approved';
  await db.$transaction([
    db.comment.update({
      where: { id: comment.id },
      data: { status: input.decision, changedAt: now, ...(approve ? { publishedAt: comment.publishedAt ?? now } : { featured: false }) },
    }),
    ...(approve ? [db.commenter.updateMany({ where: { id: comment.commenterId, trustedAt: null }, data: { trustedAt: now } })] : []),
  ]);
  if (approve || comment.status === 'approved') {
    await recountComments(comment.articleId);
    invalidateReaderTags([cacheTags.article(comment.article.slug)]);
  }
  await recordAudit({
    actor: actorOf(viewer),
    action: 'comment.moderated',
    target: { type: 'comment', id: comment.id },
    summary: `${DECISION_WORDS[input.decision]} a comment on /${comment.article.slug}`,
    request: context.request,
  });
  return { ok: true, message: `${DECISION_WORDS[input.decision]}.` };
}

/** Features a published comment (shown first, marked "Editors' pick"), or stops featuring it. */
export async function featureComment(viewer: Viewer, input: { commentId: string; featured: boolean }, context: ActionContext): Promise<ActionResult> {
  const comment = await commentOf(input.commentId);
  if (!comment) return failure(404, COMMENT_GONE);
  if (comment.status !== 'approved') return failure(409, FEATURE_UNPUBLISHED);
  await db.comment.update({ where: { id: comment.id }, data: { featured: input.featured, changedAt: new Date() } });
  invalidateReaderTags([cacheTags.article(comment.article.slug)]);
  await recordAudit({
    actor: actorOf(viewer),
    action: 'comment.moderated',
    target: { type: 'comment', id: comment.id },
    summary: `${input.featured ? 'Featured' : 'Stopped featuring'} a comment on /${comment.article.slug}`,
    request: context.request,
  });
  return { ok: true, message: input.featured ? 'Featured: it is shown first under the story.' : 'No longer featured.' };
}

/**
 * Blocks an address (its comments are refused from then on, and those waiting are rejected) or lifts the block.
 * Published comments stay until a moderator rejects them.
 */
export async function setCommenterBlocked(viewer: Viewer, input: { commenterId: string; blocked: boolean }, context: ActionContext): Promise<ActionResult> {
  const commenter = await db.commenter.findUnique({ where: { id: input.commenterId }, select: { id: true } });
  if (!commenter) return failure(404, COMMENTER_GONE);
  const now = new Date();
  await db.$transaction([
    db.commenter.update({ where: { id: commenter.id }, data: { blockedAt: input.blocked ? now : null } }),
    ...(input.blocked ? [db.comment.updateMany({ where: { commenterId: commenter.id, status: { in: ['pending', 'unconfirmed'] } }, data: { status: 'rejected', changedAt: now } })] : []),
  ]);
  await recordAudit({
    actor: actorOf(viewer),
    action: input.blocked ? 'comment.address-blocked' : 'comment.address-unblocked',
    target: { type: 'commenter', id: commenter.id },
    summary: input.blocked ? 'Blocked a commenter’s address; their waiting comments were rejected' : 'Lifted the block on a commenter’s address',
    request: context.request,
  });
  return { ok: true, message: input.blocked ? 'Blocked: this address cannot comment any more.' : 'The address may comment again.' };
}

/** Whether a story takes comments, and how many it has, for its editor's panel. */
export async function storyCommentsSummary(articleId: string) {
  const [story, counts] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { commentsClosed: true, section: { select: { name: true, commentsEnabled: true } } } }),
    db.comment.groupBy({ by: ['status'], where: { articleId }, _count: { _all: true } }),
  ]);
  if (!story) return null;
  const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  return { closed: story.commentsClosed, section: story.section, approved: count('approved'), pending: count('pending') };
}

/** Closes a story's comments (those published stay), or opens them again (subject to its section and its age). */
export async function setStoryComments(viewer: Viewer, input: { articleId: string; closed: boolean }, context: ActionContext): Promise<ActionResult> {
  const story = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true, slug: true, commentsClosed: true } });
  if (!story) return failure(404, STORY_GONE);
  if (story.commentsClosed === input.closed) return { ok: true, message: input.closed ? 'Comments are closed already.' : 'Comments are open already.' };
  await db.article.update({ where: { id: story.id }, data: { commentsClosed: input.closed } });
  invalidateReaderTags([cacheTags.article(story.slug)]);
  await recordAudit({
    actor: actorOf(viewer),
    action: 'comment.story-settings',
    target: { type: 'article', id: story.id },
    summary: `${input.closed ? 'Closed' : 'Opened'} comments on /${story.slug}`,
    request: context.request,
  });
  return { ok: true, message: input.closed ? 'Comments on this story are closed.' : 'Comments on this story are open.' };
}
