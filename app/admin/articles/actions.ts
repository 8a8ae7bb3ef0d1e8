'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, defineJsonAction } from '@/lib/auth/define-action';
import { clearBreaking, clearBreakingSchema, flagBreaking, flagBreakingSchema } from '@/lib/articles/breaking';
import { heartbeat, leave } from '@/lib/articles/presence';
import { sharePreviewLink } from '@/lib/articles/preview-link';
import { createDraft, restoreRevision, saveArticle } from '@/lib/articles/save';
import {
  articleIdSchema,
  newArticleSchema,
  restoreRevisionSchema,
  saveArticleSchema,
  scheduleSchema,
  sendBackSchema,
} from '@/lib/articles/schemas';
import { type ActionResult, failure } from '@/lib/forms/result';
import { deleteLiveEntry, restoreLiveEntry, saveLiveEntry, setLiveSettings } from '@/lib/live/manage';
import { liveEntryIdSchema, liveEntryRestoreSchema, liveEntrySchema, liveSettingsSchema } from '@/lib/live/schemas';
import { deleteArticle, publishAsOf, publishNow, schedule, sendBack, submitForReview, unpublish } from '@/lib/publishing/workflow';

const stepSchema = articleIdSchema.extend({ baseVersion: z.number().int().min(1).optional() });

export const createArticleAction = defineAction('articles:write-own', newArticleSchema, async (viewer, input, ctx) => {
  const result = await createDraft(viewer, input, ctx);
  if (result.ok && result.data) redirect(`/admin/articles/${result.data.id}`);
  return result;
});

export const saveArticleAction = defineJsonAction('articles:write-own', saveArticleSchema, (viewer, input, ctx) => saveArticle(viewer, input, ctx));

export const restoreRevisionAction = defineAction(
  'articles:write-own',
  restoreRevisionSchema.extend({ baseVersion: z.coerce.number().int().min(1) }),
  async (viewer, input, ctx) => {
    const result = await restoreRevision(viewer, input, ctx);
    if (result.ok) redirect(`/admin/articles/${input.articleId}?restored=${result.data?.version ?? ''}`);
    return result.ok ? { ok: true } : { ok: false, status: result.status, message: result.message, fieldErrors: result.fieldErrors };
  },
);

export const submitForReviewAction = defineJsonAction('articles:submit', stepSchema, (viewer, input, context) =>
  submitForReview({ viewer, ...input, context }),
);

export const sendBackAction = defineJsonAction('articles:publish-any', sendBackSchema.extend({ baseVersion: z.number().int().optional() }), (viewer, input, context) =>
  sendBack({ viewer, ...input, context }),
);

export const publishArticleAction = defineJsonAction('articles:publish-own', stepSchema, (viewer, input, context) =>
  publishNow({ viewer, ...input, context }),
);

export const scheduleArticleAction = defineJsonAction('articles:publish-own', scheduleSchema.extend({ baseVersion: z.number().int().optional() }), (viewer, input, context) =>
  schedule({ viewer, ...input, context }),
);

export const publishAsOfAction = defineJsonAction('articles:publish-any', scheduleSchema.extend({ baseVersion: z.number().int().optional() }), (viewer, input, context) =>
  publishAsOf({ viewer, ...input, context }),
);

export const unpublishArticleAction = defineJsonAction('articles:publish-own', stepSchema, (viewer, input, context) =>
  unpublish({ viewer, ...input, context }),
);

export const deleteArticleAction = defineJsonAction('articles:write-own', articleIdSchema, (viewer, input, context) =>
  deleteArticle({ viewer, ...input, context }),
);

export const heartbeatAction = defineJsonAction('articles:write-own', articleIdSchema, async (viewer, input): Promise<ActionResult<{ others: string[] }>> => {
  const present = await heartbeat(viewer, input.articleId);
  return present ? { ok: true as const, data: present } : failure(404, 'That article does not exist.');
});

export const leaveArticleAction = defineJsonAction('articles:write-own', articleIdSchema, async (viewer, input) => {
  await leave(viewer, input.articleId);
  return { ok: true };
});

export const previewLinkAction = defineJsonAction('articles:write-own', articleIdSchema, (viewer, input) => sharePreviewLink(viewer, input.articleId));

// Breaking news is a site-wide editorial decision: editors and administrators, on stories readers can see.
export const flagBreakingAction = defineJsonAction('articles:publish-any', flagBreakingSchema, (viewer, input, context) =>
  flagBreaking(viewer, input, context),
);

export const clearBreakingAction = defineJsonAction('articles:publish-any', clearBreakingSchema, (viewer, input, context) =>
  clearBreaking(viewer, input, context),
);

// Live blogs: their entries are published as they are saved, so writing them takes the right to publish. The
// editor's page lists the entries: it is rendered afresh after each change.
const refreshEditor = <T,>(articleId: string, result: ActionResult<T>) => {
  if (result.ok) revalidatePath(`/admin/articles/${articleId}`);
  return result;
};

export const liveSettingsAction = defineAction('articles:publish-own', liveSettingsSchema, async (viewer, input, ctx) =>
  refreshEditor(input.articleId, await setLiveSettings(viewer, input, ctx)),
);

export const saveLiveEntryAction = defineAction('articles:publish-own', liveEntrySchema, async (viewer, input, ctx) =>
  refreshEditor(input.articleId, await saveLiveEntry(viewer, input, ctx)),
);

export const deleteLiveEntryAction = defineAction('articles:publish-own', liveEntryIdSchema, async (viewer, input, ctx) =>
  refreshEditor(input.articleId, await deleteLiveEntry(viewer, input, ctx)),
);

export const restoreLiveEntryAction = defineAction('articles:publish-own', liveEntryRestoreSchema, async (viewer, input, ctx) =>
  refreshEditor(input.articleId, await restoreLiveEntry(viewer, input, ctx)),
);
