import { actorOf, recordAudit } from '@/lib/audit/record';
import { auth } from '@/lib/auth/auth';
import type { ActionContext, HandlerContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { invalidateReaderTags } from '@/lib/publishing/invalidate';

export const WRONG_CURRENT_PASSWORD = 'Your current password is not correct.';

/** Updates the user's name and their public author page (name, job title, bio). */
export async function updateProfile(
  viewer: Viewer,
  input: { name: string; jobTitle: string; bio: string },
  context: ActionContext,
): Promise<ActionResult> {
  const user = await db.user.update({
    where: { id: viewer.userId },
    data: { name: input.name },
    select: { author: { select: { id: true, slug: true } } },
  });
  if (user.author) {
    await db.author.update({ where: { id: user.author.id }, data: { name: input.name, jobTitle: input.jobTitle, bio: input.bio } });
    // The public author page and every byline show the name: the next request renders them fresh (server actions only).
    invalidateReaderTags([cacheTags.author(user.author.slug), cacheTags.articleLists]);
  }
  await recordAudit({
    actor: actorOf(viewer),
    action: 'profile.updated',
    target: { type: 'user', id: viewer.userId },
    summary: `${input.name} updated their profile`,
    request: context.request,
  });
  return { ok: true, message: 'Profile saved.' };
}

/** Changes the password after checking the current one; other sessions end, this one stays. */
export async function changePassword(
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string },
  context: HandlerContext,
): Promise<ActionResult> {
  try {
    await auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: context.headers,
    });
  } catch {
    return failure(400, WRONG_CURRENT_PASSWORD, { currentPassword: [WRONG_CURRENT_PASSWORD] });
  }
  await recordAudit({
    actor: actorOf(viewer),
    action: 'auth.password-changed',
    target: { type: 'user', id: viewer.userId },
    summary: 'Changed their password; other sessions ended',
    request: context.request,
  });
  return { ok: true, message: 'Password changed. You were signed out on your other devices.' };
}
