'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/auth/define-action';
import type { ActionResult } from '@/lib/forms/result';
import { featureComment, moderateComment, setCommenterBlocked, setStoryComments } from '@/lib/comments/moderate';
import { blockSchema, featureSchema, moderateSchema, storyCommentsSchema } from '@/lib/comments/schemas';

// The domain functions invalidate the story's page; this refreshes the moderation list itself.
const refresh = (result: ActionResult) => {
  if (result.ok) revalidatePath('/admin/comments');
  return result;
};

export const moderateCommentAction = defineAction('comments:moderate', moderateSchema, async (viewer, input, ctx) => refresh(await moderateComment(viewer, input, ctx)));

export const featureCommentAction = defineAction('comments:moderate', featureSchema, async (viewer, input, ctx) => refresh(await featureComment(viewer, input, ctx)));

export const blockCommenterAction = defineAction('comments:moderate', blockSchema, async (viewer, input, ctx) => refresh(await setCommenterBlocked(viewer, input, ctx)));

export const storyCommentsAction = defineAction('comments:moderate', storyCommentsSchema, async (viewer, input, ctx) => {
  const result = await setStoryComments(viewer, input, ctx);
  if (result.ok) revalidatePath(`/admin/articles/${input.articleId}`);
  return result;
});
