'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { auth } from '@/lib/auth/auth';
import { defineAction } from '@/lib/auth/define-action';

/** Signs out this browser. */
export const signOutAction = defineAction('admin:enter', z.object({}), async (viewer, _input, context) => {
  await auth.api.signOut({ headers: context.headers });
  await recordAudit({ actor: actorOf(viewer), action: 'auth.sign-out', summary: `${viewer.name} signed out`, request: context.request });
  redirect('/admin/login?signedOut=1');
});
