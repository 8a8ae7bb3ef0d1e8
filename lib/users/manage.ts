import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { type ActionResult, failure } from '@/lib/forms/result';

export const USER_NOT_FOUND = 'That user does not exist.';
export const NOT_YOURSELF = 'You cannot do this to your own account.';
export const LAST_ADMINISTRATOR = 'The newsroom needs at least one active administrator.';

async function otherActiveAdministrators(userId: string) {
  return db.user.count({ where: { role: 'administrator', status: 'active', id: { not: userId } } });
}

/** The user an administrator acts on: never themselves. A failure result when there is no such user. */
async function loadOther(viewer: Viewer, userId: string) {
  if (userId === viewer.userId) return failure(403, NOT_YOURSELF);
  return (await db.user.findUnique({ where: { id: userId } })) ?? failure(404, USER_NOT_FOUND);
}

export async function changeRole(viewer: Viewer, userId: string, role: Role, context: ActionContext): Promise<ActionResult> {
  const user = await loadOther(viewer, userId);
  if ('ok' in user) return user;
  if (user.role === role) return { ok: true, message: `${user.name} is already ${ROLE_LABELS[role].toLowerCase()}.` };
  if (user.role === 'administrator' && (await otherActiveAdministrators(user.id)) === 0) return failure(409, LAST_ADMINISTRATOR);
  await db.user.update({ where: { id: user.id }, data: { role } });
  await recordAudit({
    actor: actorOf(viewer),
    action: 'user.role-changed',
    target: { type: 'user', id: user.id },
    summary: `Changed ${user.name} from ${user.role} to ${role}`,
    request: context.request,
  });
  return { ok: true, message: `${user.name} is now ${ROLE_LABELS[role].toLowerCase()}.` };
}

/** Suspends an account and ends all its sessions at once. */
export async function suspendUser(viewer: Viewer, userId: string, context: ActionContext): Promise<ActionResult> {
  const user = await loadOther(viewer, userId);
  if ('ok' in user) return user;
  if (user.role === 'administrator' && (await otherActiveAdministrators(user.id)) === 0) return failure(409, LAST_ADMINISTRATOR);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { status: 'suspended' } }),
    db.session.deleteMany({ where: { userId: user.id } }),
  ]);
  await recordAudit({
    actor: actorOf(viewer),
    action: 'user.suspended',
    target: { type: 'user', id: user.id },
    summary: `Suspended ${user.name} and ended their sessions`,
    request: context.request,
  });
  return { ok: true, message: `${user.name} is suspended and signed out everywhere.` };
}

export async function reinstateUser(viewer: Viewer, userId: string, context: ActionContext): Promise<ActionResult> {
  const user = await loadOther(viewer, userId);
  if ('ok' in user) return user;
  await db.user.update({ where: { id: user.id }, data: { status: 'active' } });
  await recordAudit({
    actor: actorOf(viewer),
    action: 'user.reinstated',
    target: { type: 'user', id: user.id },
    summary: `Reinstated ${user.name}`,
    request: context.request,
  });
  return { ok: true, message: `${user.name} can sign in again.` };
}

/** Deletes an account. Its articles are kept and handed to `reassignTo`; its public author page stays. */
export async function deleteUser(viewer: Viewer, userId: string, reassignTo: string, context: ActionContext): Promise<ActionResult> {
  const user = await loadOther(viewer, userId);
  if ('ok' in user) return user;
  if (reassignTo === user.id) return failure(400, 'Choose someone else to take over the articles.', { reassignTo: ['Choose someone else.'] });
  const heir = await db.user.findUnique({ where: { id: reassignTo }, select: { id: true, name: true } });
  if (!heir) return failure(400, 'Choose who takes over the articles.', { reassignTo: [USER_NOT_FOUND] });
  if (user.role === 'administrator' && (await otherActiveAdministrators(user.id)) === 0) return failure(409, LAST_ADMINISTRATOR);
  const [moved] = await db.$transaction([
    db.article.updateMany({ where: { ownerId: user.id }, data: { ownerId: heir.id } }),
    db.user.delete({ where: { id: user.id } }),
  ]);
  await recordAudit({
    actor: actorOf(viewer),
    action: 'user.deleted',
    target: { type: 'user', id: user.id },
    summary: `Deleted ${user.name} (${user.email}); ${moved.count} article(s) reassigned to ${heir.name}`,
    request: context.request,
  });
  return { ok: true, message: `${user.name} was deleted; ${moved.count} article(s) now belong to ${heir.name}.` };
}
