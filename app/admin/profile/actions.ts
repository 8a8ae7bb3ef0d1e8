'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { auth } from '@/lib/auth/auth';
import { defineAction } from '@/lib/auth/define-action';
import { changePassword, updateProfile } from '@/lib/users/profile';
import { changePasswordSchema, profileSchema } from '@/lib/users/schemas';

export const updateProfileAction = defineAction('profile:edit', profileSchema, (viewer, input, ctx) => updateProfile(viewer, input, ctx));

export const changePasswordAction = defineAction('profile:edit', changePasswordSchema, (viewer, input, ctx) => changePassword(viewer, input, ctx));

/** Ends every session of this account, this one included. */
export const signOutEverywhereAction = defineAction('profile:edit', z.object({}), async (viewer, _input, ctx) => {
  await auth.api.revokeSessions({ headers: ctx.headers });
  await recordAudit({
    actor: actorOf(viewer),
    action: 'auth.sign-out-everywhere',
    target: { type: 'user', id: viewer.userId },
    summary: `${viewer.name} signed out on every device`,
    request: ctx.request,
  });
  redirect('/admin/login?signedOut=1');
});
