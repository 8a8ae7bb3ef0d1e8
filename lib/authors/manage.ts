// Managing public author profiles (/admin/authors): bylines, bios and photos.
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { isMissingRecord, isUniqueViolation } from '@/lib/db/errors';
import { type ActionResult, failure } from '@/lib/forms/result';
import { listingCreatedOp, listingDeletedOps, listingMovedOps } from '@/lib/redirects/listing-moves';
import { invalidateRedirects } from '@/lib/redirects/queries';
import { paths } from '@/lib/routes';
import { countOf } from '@/lib/text/plural';
import { chooseSlug } from '@/lib/text/slug-field';
import type { AuthorInput } from './schemas';
import { invalidateReaderTags } from '@/lib/publishing/invalidate';

export const AUTHOR_NOT_FOUND = 'That author no longer exists. Reload the page.';
export const AUTHOR_SLUG_TAKEN = 'Another author already uses this slug.';
export const PHOTO_NOT_FOUND = 'That picture no longer exists; choose another.';
export const authorHasArticles = (name: string, count: number) =>
  `${name} is on the byline of ${countOf(count, 'article')}. Remove them from those bylines before deleting the profile.`;
export const authorHasAccount = (account: string) =>
  `This is the public profile of ${account}’s newsroom account; it goes only with the account (in Users).`;

const notFound = () => failure(404, AUTHOR_NOT_FOUND, { authorId: [AUTHOR_NOT_FOUND] });
const slugRefused = (message: string) => failure(409, message, { slug: [message] });

async function slugProblem(slug: string, authorId?: string): Promise<string | null> {
  const other = await db.author.findFirst({ where: { slug, ...(authorId ? { id: { not: authorId } } : {}) }, select: { id: true } });
  return other ? AUTHOR_SLUG_TAKEN : null;
}

const photoMissing = async (photoId: string | null) => photoId !== null && (await db.image.count({ where: { id: photoId } })) === 0;

export async function createAuthor(viewer: Viewer, input: AuthorInput, context: ActionContext): Promise<ActionResult> {
  const chosen = await chooseSlug(input.slug, input.name, (slug) => slugProblem(slug));
  if ('error' in chosen) return slugRefused(chosen.error);
  if (await photoMissing(input.photoId)) return failure(400, PHOTO_NOT_FOUND, { photoId: [PHOTO_NOT_FOUND] });
  let author;
  try {
    [, author] = await db.$transaction([
      listingCreatedOp(paths.author(chosen.slug)),
      db.author.create({
        data: { name: input.name, slug: chosen.slug, jobTitle: input.jobTitle, bio: input.bio, photoId: input.photoId },
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) return slugRefused(AUTHOR_SLUG_TAKEN);
    throw error;
  }
  await invalidateRedirects();
  await recordAudit({
    actor: actorOf(viewer),
    action: 'author.created',
    target: { type: 'author', id: author.id },
    summary: `Created author profile “${author.name}” at ${paths.author(author.slug)}`,
    request: context.request,
  });
  invalidateReaderTags([cacheTags.author(author.slug)]);
  return { ok: true, message: `Author “${author.name}” created.` };
}

/** Edits a profile. A new slug keeps the old author page answering with a redirect. */
export async function updateAuthor(viewer: Viewer, input: AuthorInput & { authorId: string }, context: ActionContext): Promise<ActionResult> {
  const author = await db.author.findUnique({ where: { id: input.authorId } });
  if (!author) return notFound();
  const chosen = await chooseSlug(input.slug, input.name, (slug) => slugProblem(slug, author.id));
  if ('error' in chosen) return slugRefused(chosen.error);
  if (input.photoId !== author.photoId && (await photoMissing(input.photoId))) return failure(400, PHOTO_NOT_FOUND, { photoId: [PHOTO_NOT_FOUND] });
  const slugChanged = chosen.slug !== author.slug;
  const changes = [
    author.name !== input.name && `name “${author.name}” → “${input.name}”`,
    slugChanged && `slug ${author.slug} → ${chosen.slug}`,
    author.jobTitle !== input.jobTitle && 'job title',
    author.bio !== input.bio && 'bio',
    author.photoId !== input.photoId && (input.photoId ? 'photo' : 'photo removed'),
  ].filter((c): c is string => Boolean(c));
  if (changes.length === 0) return { ok: true, message: 'Nothing to change.' };
  try {
    await db.$transaction([
      db.author.update({
        where: { id: author.id },
        data: { name: input.name, slug: chosen.slug, jobTitle: input.jobTitle, bio: input.bio, photoId: input.photoId },
      }),
      ...(slugChanged ? listingMovedOps(paths.author(author.slug), paths.author(chosen.slug), 'author', viewer.userId) : []),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) return slugRefused(AUTHOR_SLUG_TAKEN);
    if (isMissingRecord(error)) return notFound();
    throw error;
  }
  if (slugChanged) await invalidateRedirects();
  await recordAudit({
    actor: actorOf(viewer),
    action: 'author.updated',
    target: { type: 'author', id: author.id },
    summary: `Updated author profile “${input.name}”: ${changes.join(', ')}`,
    request: context.request,
  });
  // The author page (old and new address), every article with the byline (tagged with the author), and the lists
  // whose cards name the author.
  invalidateReaderTags([cacheTags.author(author.slug), ...(slugChanged ? [cacheTags.author(chosen.slug)] : []), cacheTags.articleLists]);
  return { ok: true, message: `Author “${input.name}” saved.` };
}

/** Deletes a profile that is on no byline (drafts included) and belongs to no newsroom account. */
export async function deleteAuthor(viewer: Viewer, input: { authorId: string }, context: ActionContext): Promise<ActionResult> {
  const author = await db.author.findUnique({
    where: { id: input.authorId },
    select: { id: true, name: true, slug: true, user: { select: { name: true } }, _count: { select: { articles: true } } },
  });
  if (!author) return notFound();
  if (author._count.articles > 0) return failure(409, authorHasArticles(author.name, author._count.articles));
  if (author.user) return failure(409, authorHasAccount(author.user.name));
  // The conditions again, in the write: a byline added meanwhile stops the delete.
  const deleted = await db.author.deleteMany({ where: { id: author.id, articles: { none: {} }, user: { is: null } } });
  if (deleted.count === 0) return failure(409, `${author.name} changed meanwhile. Reload the page and try again.`);
  await db.$transaction(listingDeletedOps(paths.author(author.slug), 'author'));
  await invalidateRedirects();
  await recordAudit({
    actor: actorOf(viewer),
    action: 'author.deleted',
    target: { type: 'author', id: author.id },
    summary: `Deleted author profile “${author.name}” (${author.slug})`,
    request: context.request,
  });
  invalidateReaderTags([cacheTags.author(author.slug)]);
  return { ok: true, message: `Author “${author.name}” deleted.` };
}
