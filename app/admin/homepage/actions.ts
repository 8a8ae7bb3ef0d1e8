'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/auth/define-action';
import { cacheTags } from '@/lib/cache/tags';
import type { ActionResult } from '@/lib/forms/result';
import { moveFeaturedPin, pinArticle, unpinArticle } from '@/lib/homepage/curation';
import { movePinSchema, pinIdSchema, pinSchema } from '@/lib/homepage/schemas';
import { invalidateReaderTags } from '@/lib/publishing/invalidate';

// Every change to the pins shows on the homepage at the reader's next request.
const refresh = <T,>(result: ActionResult<T>) => {
  if (result.ok) {
    invalidateReaderTags([cacheTags.home]);
    revalidatePath('/admin/homepage');
  }
  return result;
};

export const pinArticleAction = defineAction('homepage:curate', pinSchema, async (viewer, input, ctx) =>
  refresh(await pinArticle(viewer, input, ctx)),
);

export const unpinArticleAction = defineAction('homepage:curate', pinIdSchema, async (viewer, input, ctx) =>
  refresh(await unpinArticle(viewer, input.pinId, ctx)),
);

export const moveFeaturedPinAction = defineAction('homepage:curate', movePinSchema, async (viewer, input, ctx) =>
  refresh(await moveFeaturedPin(viewer, input.pinId, input.direction, ctx)),
);
