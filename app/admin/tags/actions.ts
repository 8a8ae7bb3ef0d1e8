'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/auth/define-action';
import type { ActionResult } from '@/lib/forms/result';
import { createTag, deleteTag, mergeTags, renameTag } from '@/lib/tags/manage';
import { createTagSchema, mergeTagsSchema, tagIdSchema, updateTagSchema } from '@/lib/tags/schemas';

// The domain functions expire the reader pages; this refreshes the admin list itself.
const refresh = (result: ActionResult) => {
  if (result.ok) revalidatePath('/admin/tags');
  return result;
};

export const createTagAction = defineAction('tags:manage', createTagSchema, async (viewer, input, ctx) => refresh(await createTag(viewer, input, ctx)));

export const renameTagAction = defineAction('tags:manage', updateTagSchema, async (viewer, input, ctx) => refresh(await renameTag(viewer, input, ctx)));

export const mergeTagsAction = defineAction('tags:manage', mergeTagsSchema, async (viewer, input, ctx) => refresh(await mergeTags(viewer, input, ctx)));

export const deleteTagAction = defineAction('tags:manage', tagIdSchema, async (viewer, input, ctx) => refresh(await deleteTag(viewer, input, ctx)));
