import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import { can } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import type { ImageText } from './schemas';
import { removeMediaFiles } from './storage';
import { readerTagsFor, summariseUses, usesOf } from './usage';
import { parseVariants, variantPath } from './urls';

export const IMAGE_NOT_FOUND = 'That picture is no longer in the library.';
export const NOT_YOUR_IMAGE = 'Only an editor or the person who uploaded this picture can change or delete it.';

/** Editors and administrators manage every picture; everyone else only the pictures they uploaded. */
export function canManageImage(viewer: Viewer, uploadedById: string | null): boolean {
  return can(viewer.role, 'articles:edit-any') || (uploadedById !== null && uploadedById === viewer.userId);
}

async function loadManageable(viewer: Viewer, imageId: string) {
  const image = await db.image.findUnique({ where: { id: imageId } });
  if (!image) return failure(404, IMAGE_NOT_FOUND);
  if (!canManageImage(viewer, image.uploadedById)) return failure(403, NOT_YOUR_IMAGE);
  return image;
}

/**
 * Changes a picture's alt text, caption and credit. Answers the cache tags of the reader pages that show them
 * (for the server action to revalidate).
 */
export async function updateImage(
  viewer: Viewer,
  imageId: string,
  text: ImageText,
  context: ActionContext,
): Promise<ActionResult<{ cacheTags: string[] }>> {
  const image = await loadManageable(viewer, imageId);
  if ('ok' in image) return image;
  const changed = (['alt', 'caption', 'credit'] as const).filter((field) => image[field] !== text[field]);
  if (changed.length === 0) return { ok: true, message: 'Nothing to change.', data: { cacheTags: [] } };
  await db.image.update({ where: { id: image.id }, data: { alt: text.alt, caption: text.caption, credit: text.credit } });
  await recordAudit({
    actor: actorOf(viewer),
    action: 'media.updated',
    target: { type: 'image', id: image.id },
    summary: `Changed the ${changed.join(', ')} of “${text.alt}”`,
    request: context.request,
  });
  return { ok: true, message: 'Picture details saved.', data: { cacheTags: readerTagsFor(await usesOf(image.id)) } };
}

/** Deletes a picture and its files, unless it is used somewhere: then the refusal names where. */
export async function deleteImage(viewer: Viewer, imageId: string, context: ActionContext): Promise<ActionResult> {
  const image = await loadManageable(viewer, imageId);
  if ('ok' in image) return image;
  const uses = await usesOf(image.id);
  if (uses.length > 0) return failure(409, `${summariseUses(uses)}. Remove it there before deleting it.`);
  // Only a picture nothing refers to is deleted: the usage check and the delete are one step for the database.
  const deleted = await db.image.deleteMany({
    where: { id: image.id, heroOf: { none: {} }, socialOf: { none: {} }, authorPhotos: { none: {} } },
  });
  if (deleted.count === 0) return failure(409, 'This picture has just been put to use. Reload the page to see where.');
  await removeMediaFiles([image.path, ...parseVariants(image.variants).map((w) => variantPath(image.path, w))]);
  await recordAudit({
    actor: actorOf(viewer),
    action: 'media.deleted',
    target: { type: 'image', id: image.id },
    summary: `Deleted “${image.alt}” (${image.path})`,
    request: context.request,
  });
  return { ok: true, message: `Deleted “${image.alt}”.` };
}
