// Managing tags (/admin/tags): create, rename, merge, delete; and the article editor's "create tags inline".
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { cacheTags } from '@/lib/cache/tags';
import { type Database, db } from '@/lib/db/client';
import { isMissingRecord, isUniqueViolation } from '@/lib/db/errors';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { listingCreatedOp, listingDeletedOps, listingMovedOps } from '@/lib/redirects/listing-moves';
import { invalidateRedirects } from '@/lib/redirects/queries';
import { paths } from '@/lib/routes';
import { countOf } from '@/lib/text/plural';
import { toSlug } from '@/lib/text/slug';
import { chooseSlug } from '@/lib/text/slug-field';
import { TAG_NAME_MAX, type TagInput } from './schemas';
import { invalidateReaderTags } from '@/lib/publishing/invalidate';

export const TAG_NOT_FOUND = 'That tag no longer exists. Reload the page.';
export const TAG_SLUG_TAKEN = 'Another tag already uses this slug.';
export const MERGE_SAME_TAG = 'Choose two different tags.';
export const noSuchTag = (reference: string) => `No tag is called “${reference}”.`;

const notFound = () => failure(404, TAG_NOT_FOUND, { tagId: [TAG_NOT_FOUND] });
const slugRefused = (message: string) => failure(409, message, { slug: [message] });

async function slugProblem(slug: string, tagId?: string): Promise<string | null> {
  const other = await db.tag.findFirst({ where: { slug, ...(tagId ? { id: { not: tagId } } : {}) }, select: { id: true } });
  return other ? TAG_SLUG_TAKEN : null;
}

/** A tag as typed in the merge form: its slug, its exact name, or a name that makes its slug. */
export async function findTagByReference(reference: string) {
  const typed = reference.trim();
  const slugs = [...new Set([typed.toLowerCase(), toSlug(typed)])].filter(Boolean);
  const candidates = await db.tag.findMany({ where: { OR: [{ slug: { in: slugs } }, { name: typed }] } });
  return (
    candidates.find((t) => t.slug === typed.toLowerCase()) ??
    candidates.find((t) => t.name === typed) ??
    candidates.find((t) => t.slug === toSlug(typed)) ??
    null
  );
}

export async function createTag(viewer: Viewer, input: TagInput, context: ActionContext): Promise<ActionResult> {
  const chosen = await chooseSlug(input.slug, input.name, (slug) => slugProblem(slug));
  if ('error' in chosen) return slugRefused(chosen.error);
  let tag;
  try {
    [, tag] = await db.$transaction([
      listingCreatedOp(paths.tag(chosen.slug)),
      db.tag.create({ data: { name: input.name, slug: chosen.slug, description: input.description } }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) return slugRefused(TAG_SLUG_TAKEN);
    throw error;
  }
  await invalidateRedirects();
  await recordAudit({
    actor: actorOf(viewer),
    action: 'tag.created',
    target: { type: 'tag', id: tag.id },
    summary: `Created tag “${tag.name}” at ${paths.tag(tag.slug)}`,
    request: context.request,
  });
  invalidateReaderTags([cacheTags.tag(tag.slug)]);
  return { ok: true, message: `Tag “${tag.name}” created.` };
}

/** Renames a tag (name, slug, description). A new slug keeps the old address answering with a redirect. */
export async function renameTag(viewer: Viewer, input: TagInput & { tagId: string }, context: ActionContext): Promise<ActionResult> {
  const tag = await db.tag.findUnique({ where: { id: input.tagId } });
  if (!tag) return notFound();
  const chosen = await chooseSlug(input.slug, input.name, (slug) => slugProblem(slug, tag.id));
  if ('error' in chosen) return slugRefused(chosen.error);
  const slugChanged = chosen.slug !== tag.slug;
  const changes = [
    tag.name !== input.name && `name “${tag.name}” → “${input.name}”`,
    slugChanged && `slug ${tag.slug} → ${chosen.slug}`,
    tag.description !== input.description && 'description',
  ].filter((c): c is string => Boolean(c));
  if (changes.length === 0) return { ok: true, message: 'Nothing to change.' };
  try {
    await db.$transaction([
      db.tag.update({ where: { id: tag.id }, data: { name: input.name, slug: chosen.slug, description: input.description } }),
      ...(slugChanged ? listingMovedOps(paths.tag(tag.slug), paths.tag(chosen.slug), 'tag', viewer.userId) : []),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) return slugRefused(TAG_SLUG_TAKEN);
    if (isMissingRecord(error)) return notFound();
    throw error;
  }
  if (slugChanged) await invalidateRedirects();
  await recordAudit({
    actor: actorOf(viewer),
    action: 'tag.updated',
    target: { type: 'tag', id: tag.id },
    summary: `Updated tag “${input.name}”: ${changes.join(', ')}`,
    request: context.request,
  });
  // The tag page (old and new address) and every article page that lists the tag (tagged with it).
  invalidateReaderTags([cacheTags.tag(tag.slug), ...(slugChanged ? [cacheTags.tag(chosen.slug)] : [])]);
  return { ok: true, message: `Tag “${input.name}” saved.` };
}

/**
 * Merges tag `from` into tag `into`, both named by slug or name: every article tagged `from` ends up tagged `into`
 * (once), `from` is deleted and its address redirects to `into` — all in one transaction.
 */
export async function mergeTags(viewer: Viewer, input: { from: string; into: string }, context: ActionContext): Promise<ActionResult> {
  const [from, into] = await Promise.all([findTagByReference(input.from), findTagByReference(input.into)]);
  if (!from || !into) {
    const fieldErrors: Record<string, string[]> = {};
    if (!from) fieldErrors.from = [noSuchTag(input.from)];
    if (!into) fieldErrors.into = [noSuchTag(input.into)];
    return failure(404, Object.values(fieldErrors).flat().join(' '), fieldErrors);
  }
  if (from.id === into.id) return failure(400, MERGE_SAME_TAG, { into: [MERGE_SAME_TAG] });
  const alreadyBoth = { tagId: from.id, article: { tags: { some: { tagId: into.id } } } } satisfies Prisma.ArticleTagWhereInput;
  const [tagged, both] = await Promise.all([db.articleTag.count({ where: { tagId: from.id } }), db.articleTag.count({ where: alreadyBoth })]);
  try {
    await db.$transaction([
      // Articles that already carry both tags keep their one `into` row; the rest change tag.
      db.articleTag.deleteMany({ where: alreadyBoth }),
      db.articleTag.updateMany({ where: { tagId: from.id }, data: { tagId: into.id } }),
      db.tag.delete({ where: { id: from.id } }),
      ...listingMovedOps(paths.tag(from.slug), paths.tag(into.slug), 'tag', viewer.userId),
    ]);
  } catch (error) {
    if (isMissingRecord(error)) return failure(404, TAG_NOT_FOUND, { from: [TAG_NOT_FOUND] });
    throw error;
  }
  await invalidateRedirects();
  const retagged = tagged - both;
  await recordAudit({
    actor: actorOf(viewer),
    action: 'tag.merged',
    target: { type: 'tag', id: into.id },
    summary: `Merged tag “${from.name}” (${from.slug}) into “${into.name}” (${into.slug}): ${countOf(retagged, 'article')} retagged, ${both} already had both`,
    request: context.request,
  });
  // Both tag pages, and (related stories are chosen by shared tags) every list.
  invalidateReaderTags([cacheTags.tag(from.slug), cacheTags.tag(into.slug), cacheTags.articleLists]);
  return {
    ok: true,
    message: `Merged “${from.name}” into “${into.name}”: ${countOf(retagged, 'article')} retagged${both ? `, ${both} already had both` : ''}.`,
  };
}

/** Deletes a tag; its articles simply lose it. */
export async function deleteTag(viewer: Viewer, input: { tagId: string }, context: ActionContext): Promise<ActionResult> {
  const tag = await db.tag.findUnique({ where: { id: input.tagId }, select: { id: true, name: true, slug: true, _count: { select: { articles: true } } } });
  if (!tag) return notFound();
  try {
    await db.$transaction([db.tag.delete({ where: { id: tag.id } }), ...listingDeletedOps(paths.tag(tag.slug), 'tag')]);
  } catch (error) {
    if (isMissingRecord(error)) return notFound();
    throw error;
  }
  await invalidateRedirects();
  await recordAudit({
    actor: actorOf(viewer),
    action: 'tag.deleted',
    target: { type: 'tag', id: tag.id },
    summary: `Deleted tag “${tag.name}” (${tag.slug}), removed from ${countOf(tag._count.articles, 'article')}`,
    request: context.request,
  });
  invalidateReaderTags([cacheTags.tag(tag.slug), cacheTags.articleLists]);
  return { ok: true, message: `Tag “${tag.name}” deleted.` };
}

/** A tag name as typed in the editor: single spaces, trimmed, at most TAG_NAME_MAX characters. */
export const normaliseTagName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, TAG_NAME_MAX).trim();

type TagWriter = Pick<Database, 'tag' | 'redirect'> | Prisma.TransactionClient;

/**
 * The ids of the tags with these names, creating the missing ones (the article editor's "create tags inline").
 * Names are normalised and matched by slug, so "Harbour", " harbour " and "HARBOUR" are one tag (the existing
 * spelling wins); names without a letter or digit are skipped. Ids come back in the order of first mention.
 * Pass a transaction client to run inside the article's save. Creating a tag changes no cached reader page (the
 * article's publication expires its tag pages), but a tag page is live from now on: a redirect left at its address
 * by an earlier merge or rename goes.
 */
export async function findOrCreateTags(names: string[], client: TagWriter = db): Promise<string[]> {
  const wanted = new Map<string, string>();
  for (const raw of names) {
    const name = normaliseTagName(raw);
    const slug = toSlug(name);
    if (slug && !wanted.has(slug)) wanted.set(slug, name);
  }
  const ids: string[] = [];
  for (const [slug, name] of wanted) {
    // An upsert, so two editors creating the same new tag at once both end up with the one row.
    const tag = await client.tag.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true } });
    if (!ids.includes(tag.id)) ids.push(tag.id);
  }
  const freed = await client.redirect.deleteMany({ where: { fromPath: { in: [...wanted.keys()].map((slug) => paths.tag(slug)) } } });
  // Inside a transaction this runs before the commit; a lookup in between keeps the old table for at most its TTL.
  if (freed.count > 0) await invalidateRedirects();
  return ids;
}
