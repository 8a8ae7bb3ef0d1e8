'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/auth/define-action';
import { searchImages } from '@/lib/media/library';
import { deleteImage, updateImage } from '@/lib/media/manage';
import { imageIdSchema, searchMediaSchema, updateImageSchema } from '@/lib/media/schemas';
import type { MediaSearchPage } from '@/lib/media/types';
import { maxUploadBytes } from '@/lib/media/upload';
import { invalidateReaderTags } from '@/lib/publishing/invalidate';

export const updateImageAction = defineAction('articles:write-own', updateImageSchema, async (viewer, { imageId, ...text }, ctx) => {
  const result = await updateImage(viewer, imageId, text, ctx);
  if (!result.ok) return result;
  // Reader pages showing the picture (heroes, cards, author photos) carry its alt text, caption and credit.
  invalidateReaderTags(result.data?.cacheTags ?? []);
  revalidatePath('/admin/media');
  return { ok: true, message: result.message };
});

export const deleteImageAction = defineAction('articles:write-own', imageIdSchema, async (viewer, input, ctx) => {
  const result = await deleteImage(viewer, input.imageId, ctx);
  if (result.ok) revalidatePath('/admin/media');
  return result;
});

/** The picker's search: plain data (and the upload limit, so the browser can refuse an oversized file at once). */
export const searchMediaAction = defineAction('articles:write-own', searchMediaSchema, async (_viewer, input) => ({
  ok: true,
  data: { ...(await searchImages(input)), maxUploadBytes: maxUploadBytes() } satisfies MediaSearchPage & { maxUploadBytes: number },
}));
