'use server';

import { revalidatePath } from 'next/cache';
import { createAuthor, deleteAuthor, updateAuthor } from '@/lib/authors/manage';
import { authorIdSchema, createAuthorSchema, updateAuthorSchema } from '@/lib/authors/schemas';
import { defineAction } from '@/lib/auth/define-action';
import type { ActionResult } from '@/lib/forms/result';

// The domain functions expire the reader pages; this refreshes the admin list itself.
const refresh = (result: ActionResult) => {
  if (result.ok) revalidatePath('/admin/authors');
  return result;
};

export const createAuthorAction = defineAction('authors:manage', createAuthorSchema, async (viewer, input, ctx) =>
  refresh(await createAuthor(viewer, input, ctx)),
);

export const updateAuthorAction = defineAction('authors:manage', updateAuthorSchema, async (viewer, input, ctx) =>
  refresh(await updateAuthor(viewer, input, ctx)),
);

export const deleteAuthorAction = defineAction('authors:manage', authorIdSchema, async (viewer, input, ctx) =>
  refresh(await deleteAuthor(viewer, input, ctx)),
);
