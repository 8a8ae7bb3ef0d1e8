'use server';

import { defineAction } from '@/lib/auth/define-action';
import { createInvitation, revokeInvitation } from '@/lib/users/invitations';
import { changeRole, deleteUser, reinstateUser, suspendUser } from '@/lib/users/manage';
import { changeRoleSchema, deleteUserSchema, invitationIdSchema, inviteSchema, userIdSchema } from '@/lib/users/schemas';
import { revalidatePath } from 'next/cache';
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

export const deleteUserAction = defineAction('users:manage', deleteUserSchema, async (viewer, input, ctx) =>
  refresh(await deleteUser(viewer, input.userId, input.reassignTo, ctx)),
);
