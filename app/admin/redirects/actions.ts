'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/auth/define-action';
import type { ActionResult } from '@/lib/forms/result';
import { createRedirect, deleteRedirect } from '@/lib/redirects/manage';
import { createRedirectSchema, redirectIdSchema } from '@/lib/redirects/schemas';

// Readers need no cache tag here: the proxy answers redirects from its in-memory table, which the domain
// invalidates on every write.
const refresh = <T,>(result: ActionResult<T>) => {
  if (result.ok) revalidatePath('/admin/redirects');
  return result;
};

export const createRedirectAction = defineAction('articles:edit-any', createRedirectSchema, async (viewer, input, ctx) =>
  refresh(await createRedirect(viewer, input, ctx)),
);

export const deleteRedirectAction = defineAction('articles:edit-any', redirectIdSchema, async (viewer, input, ctx) =>
  refresh(await deleteRedirect(viewer, input.redirectId, ctx)),
);
