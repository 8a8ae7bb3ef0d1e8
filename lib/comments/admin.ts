// An administrator answers a commenter's data request, as for subscribers (lib/newsletters/admin.ts): find the
// address, hand over everything kept about it, or delete it with its comments. Audited by the commenter's id (the log
// keeps no address).
import { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import { can } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { type ActionResult, failure, NOT_ALLOWED } from '@/lib/forms/result';
import { invalidateReaderTags } from '@/lib/publishing/invalidate';
import { paths } from '@/lib/routes';
import { recountComments } from './count';

export const COMMENTER_NOT_FOUND = 'There is no such commenter (any more).';
export const DELETE_NOT_CONFIRMED = 'Tick the box to confirm the deletion: it cannot be undone.';

export const commenterIdSchema = z.object({ commenterId: z.string().trim().min(1).max(64) });
export const deleteCommenterSchema = commenterIdSchema.extend({ confirm: z.literal('on', DELETE_NOT_CONFIRMED) });

/** Commenters whose address contains `q` (at most 50); nothing for a query under 3 characters. */
export async function findCommenters(q: string) {
  const needle = q.trim().toLowerCase();
  if (needle.length < 3) return [];
  return db.commenter.findMany({
    where: { email: { contains: needle } },
    orderBy: { email: 'asc' },
    take: 50,
    select: { id: true, email: true, displayName: true, confirmedAt: true, blockedAt: true, _count: { select: { comments: true } } },
  });
}

/** Everything kept about one commenter, as the JSON handed to them; null when there is no such commenter. */
export async function commenterRecord(viewer: Viewer, id: string, context: ActionContext) {
  if (!can(viewer.role, 'subscribers:manage')) return null;
  const row = await db.commenter.findUnique({
    where: { id },
    select: {
      email: true,
      displayName: true,
      confirmedAt: true,
      blockedAt: true,
      createdAt: true,
      comments: {
        orderBy: { createdAt: 'asc' },
        select: { body: true, displayName: true, status: true, createdAt: true, article: { select: { headline: true, slug: true, section: { select: { slug: true } } } } },
      },
    },
  });
  if (!row) return null;
  await recordAudit({ actor: actorOf(viewer), action: 'commenter.exported', target: { type: 'commenter', id }, summary: 'Exported a commenter’s data', request: context.request });
  return {
    email: row.email,
    nameShown: row.displayName,
    firstSeen: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    blockedAt: row.blockedAt?.toISOString() ?? null,
    comments: row.comments.map((c) => ({
      story: c.article.headline,
      page: paths.article(c.article.section.slug, c.article.slug),
      postedAt: c.createdAt.toISOString(),
      asName: c.displayName,
      status: c.status,
      text: c.body,
    })),
  };
}

/** Deletes a commenter with all their comments; the stories that showed some are refreshed (page and count). */
export async function deleteCommenter(viewer: Viewer, id: string, context: ActionContext): Promise<ActionResult> {
  if (!can(viewer.role, 'subscribers:manage')) return failure(403, NOT_ALLOWED);
  const shown = await db.comment.findMany({ where: { commenterId: id, status: 'approved' }, select: { articleId: true, article: { select: { slug: true } } } });
  const deleted = await db.commenter.deleteMany({ where: { id } });
  if (deleted.count === 0) return failure(404, COMMENTER_NOT_FOUND);
  const stories = [...new Map(shown.map((c) => [c.articleId, c.article.slug])).entries()];
  for (const [articleId] of stories) await recountComments(articleId);
  if (stories.length > 0) invalidateReaderTags(stories.map(([, slug]) => cacheTags.article(slug)));
  await recordAudit({
    actor: actorOf(viewer),
    action: 'commenter.deleted',
    target: { type: 'commenter', id },
    summary: 'Deleted a commenter and every comment of the address',
    request: context.request,
  });
  return { ok: true, message: 'Deleted: the address and its comments are gone.' };
}
