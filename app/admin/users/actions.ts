'use server';

import { defineAction } from '@/lib/auth/define-action';
import { createInvitation, revokeInvitation } from '@/lib/users/invitations';
import { changeRole, deleteUser, reinstateUser, suspendUser } from '@/lib/users/manage';
import { changeRoleSchema, deleteUserSchema, invitationIdSchema, inviteSchema, userIdSchema } from '@/lib/users/schemas';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/forms/result';

const refresh = <T,>(result: ActionResult<T>) => {
  if (result.ok) revalidatePath('/admin/users');
  return result;
};

export const inviteUserAction = defineAction('users:manage', inviteSchema, async (viewer, input, ctx) =>
  refresh(await createInvitation(viewer, input, ctx)),
);

export const revokeInvitationAction = defineAction('users:manage', invitationIdSchema, async (viewer, input, ctx) =>
  refresh(await revokeInvitation(viewer, input.invitationId, ctx)),
);

export const changeRoleAction = defineAction('users:manage', changeRoleSchema, async (viewer, input, ctx) =>
  refresh(await changeRole(viewer, input.userId, input.role, ctx)),
);

export const suspendUserAction = defineAction('users:manage', userIdSchema, async (viewer, input, ctx) =>
  refresh(await suspendUser(viewer, input.userId, ctx)),
);

export const reinstateUserAction = defineAction('users:manage', userIdSchema, async (viewer, input, ctx) =>
  refresh(await reinstateUser(viewer, input.userId, ctx)),
);

// Deleting is confirmed on a page of its own, which no longer has anything to show afterwards: back to the list,
// which reads what was done from the audit log.
export const deleteUserAction = defineAction('users:manage', deleteUserSchema, async (viewer, input, ctx) => {
  const result = refresh(await deleteUser(viewer, input.userId, input.reassignTo, ctx));
  if (result.ok) redirect(`/admin/users?deleted=${encodeURIComponent(input.userId)}`);
  return result;
});
