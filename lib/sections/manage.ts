// Managing the site's sections (/admin/sections): create, edit, reorder, delete. Every change is audited and
// expires the reader pages that show it.
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { listingCreatedOp } from '@/lib/redirects/listing-moves';
import { invalidateRedirects } from '@/lib/redirects/queries';
import { paths, RESERVED_SECTION_SLUGS } from '@/lib/routes';
import { countOf } from '@/lib/text/plural';
import { chooseSlug } from '@/lib/text/slug-field';
import type { SectionInput } from './schemas';
import { invalidateReaderTags } from '@/lib/publishing/invalidate';

export const SECTION_NOT_FOUND = 'That section no longer exists. Reload the page.';
export const SECTION_SLUG_TAKEN = 'Another section already uses this slug.';
export const SECTION_SLUG_LOCKED =
  'This section has published articles, and a new slug would change their addresses. Keep the slug, or move the articles to another section first.';
export const sectionSlugReserved = (slug: string) => `The address /${slug} belongs to the site itself: choose another slug.`;
export const sectionNotEmpty = (name: string, count: number) =>
  `${name} still has ${countOf(count, 'article')}. Move them to another section before deleting it.`;

/** Articles whose address readers may know: published, or scheduled to be. */
const LIVE_ARTICLE = { status: { in: ['published', 'scheduled'] } } satisfies Prisma.ArticleWhereInput;

const notFound = () => failure(404, SECTION_NOT_FOUND, { sectionId: [SECTION_NOT_FOUND] });
const slugRefused = (message: string) => failure(409, message, { slug: [message] });

/** Why `slug` cannot be a section's (taken by another section, or one of the site's own addresses), or null. */
async function slugProblem(slug: string, sectionId?: string): Promise<string | null> {
  if ((RESERVED_SECTION_SLUGS as readonly string[]).includes(slug)) return sectionSlugReserved(slug);
  const other = await db.section.findFirst({ where: { slug, ...(sectionId ? { id: { not: sectionId } } : {}) }, select: { id: true } });
  return other ? SECTION_SLUG_TAKEN : null;
}

/** Creates a section at the end of the navigation. The slug is made from the name when none is given. */
export async function createSection(viewer: Viewer, input: SectionInput, context: ActionContext): Promise<ActionResult> {
  const chosen = await chooseSlug(input.slug, input.name, (slug) => slugProblem(slug));
  if ('error' in chosen) return slugRefused(chosen.error);
  const last = await db.section.aggregate({ _max: { position: true } });
  let section;
  try {
    [, section] = await db.$transaction([
      listingCreatedOp(paths.section(chosen.slug)),
      db.section.create({
        data: { name: input.name, slug: chosen.slug, description: input.description, commentsEnabled: input.commentsEnabled ?? true, position: (last._max.position ?? -1) + 1 },
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) return slugRefused(SECTION_SLUG_TAKEN);
    throw error;
  }
  await invalidateRedirects();
  await recordAudit({
    actor: actorOf(viewer),
    action: 'section.created',
    target: { type: 'section', id: section.id },
    summary: `Created section “${section.name}” at ${paths.section(section.slug)}`,
    request: context.request,
  });
  // The navigation, and a cached "not found" at the new address.
  invalidateReaderTags([cacheTags.sections, cacheTags.section(section.slug)]);
  return { ok: true, message: `Section “${section.name}” created at ${paths.section(section.slug)}.` };
}

/**
 * Renames a section, edits its description or changes its slug. A new slug is refused while the section has
 * published or scheduled articles: their addresses start with it.
 */
export async function updateSection(
  viewer: Viewer,
  input: SectionInput & { sectionId: string },
  context: ActionContext,
): Promise<ActionResult> {
  const section = await db.section.findUnique({ where: { id: input.sectionId } });
  if (!section) return notFound();
  const chosen = await chooseSlug(input.slug, input.name, (slug) => slugProblem(slug, section.id));
  if ('error' in chosen) return slugRefused(chosen.error);
  const slugChanged = chosen.slug !== section.slug;
  const changes = [
    section.name !== input.name && `name “${section.name}” → “${input.name}”`,
    slugChanged && `slug ${section.slug} → ${chosen.slug}`,
    section.description !== input.description && 'description',
    input.commentsEnabled !== undefined && section.commentsEnabled !== input.commentsEnabled && `comments ${input.commentsEnabled ? 'on' : 'off'}`,
  ].filter((c): c is string => Boolean(c));
  if (changes.length === 0) return { ok: true, message: 'Nothing to change.' };
  if (slugChanged && (await db.article.count({ where: { sectionId: section.id, ...LIVE_ARTICLE } })) > 0) {
    return slugRefused(SECTION_SLUG_LOCKED);
  }
  try {
    // The condition is repeated in the write, so an article published meanwhile still keeps its address.
    const { count } = await db.section.updateMany({
      where: { id: section.id, ...(slugChanged ? { articles: { none: LIVE_ARTICLE } } : {}) },
      data: { name: input.name, slug: chosen.slug, description: input.description, ...(input.commentsEnabled === undefined ? {} : { commentsEnabled: input.commentsEnabled }) },
    });
    if (count === 0) return (await db.section.count({ where: { id: section.id } })) ? slugRefused(SECTION_SLUG_LOCKED) : notFound();
  } catch (error) {
    if (isUniqueViolation(error)) return slugRefused(SECTION_SLUG_TAKEN);
    throw error;
  }
  if (slugChanged) {
    // The front's new address is live: no redirect may hide it.
    await listingCreatedOp(paths.section(chosen.slug));
    await invalidateRedirects();
  }
  await recordAudit({
    actor: actorOf(viewer),
    action: 'section.updated',
    target: { type: 'section', id: section.id },
    summary: `Updated section “${input.name}”: ${changes.join(', ')}`,
    request: context.request,
  });
  // Navigation, the front (old and new address) and every article page in it (tagged with the section), and the
  // lists whose cards name the section.
  invalidateReaderTags([
    cacheTags.sections,
    cacheTags.section(section.slug),
    ...(slugChanged ? [cacheTags.section(chosen.slug)] : []),
    cacheTags.articleLists,
  ]);
  return { ok: true, message: `Section “${input.name}” saved.` };
}

/** Moves a section one place up or down the navigation; every position is renumbered 0…n−1 in one transaction. */
export async function moveSection(
  viewer: Viewer,
  input: { sectionId: string; direction: 'up' | 'down' },
  context: ActionContext,
): Promise<ActionResult> {
  // The reader navigation's own order (lib/sections/queries.ts), so equal positions sort the same way here.
  const order = await db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, position: true } });
  const from = order.findIndex((s) => s.id === input.sectionId);
  if (from < 0) return notFound();
  const section = order[from]!;
  const to = input.direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= order.length) {
    return { ok: true, message: `${section.name} is already ${input.direction === 'up' ? 'first' : 'last'}.` };
  }
  [order[from], order[to]] = [order[to]!, section];
  await db.$transaction(
    order.flatMap((s, position) => (s.position === position ? [] : [db.section.updateMany({ where: { id: s.id }, data: { position } })])),
  );
  await recordAudit({
    actor: actorOf(viewer),
    action: 'section.reordered',
    target: { type: 'section', id: section.id },
    summary: `Moved section “${section.name}” ${input.direction} to place ${to + 1} of ${order.length}`,
    request: context.request,
  });
  invalidateReaderTags([cacheTags.sections]);
  return { ok: true, message: `${section.name} moved ${input.direction}.` };
}

/** Deletes a section that has no articles at all (drafts included): articles are never left without one. */
export async function deleteSection(viewer: Viewer, input: { sectionId: string }, context: ActionContext): Promise<ActionResult> {
  const section = await db.section.findUnique({
    where: { id: input.sectionId },
    select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
  });
  if (!section) return notFound();
  if (section._count.articles > 0) return failure(409, sectionNotEmpty(section.name, section._count.articles));
  const { count } = await db.section.deleteMany({ where: { id: section.id, articles: { none: {} } } });
  if (count === 0) {
    const left = await db.article.count({ where: { sectionId: section.id } });
    return left > 0 ? failure(409, sectionNotEmpty(section.name, left)) : notFound();
  }
  await recordAudit({
    actor: actorOf(viewer),
    action: 'section.deleted',
    target: { type: 'section', id: section.id },
    summary: `Deleted section “${section.name}” (${paths.section(section.slug)})`,
    request: context.request,
  });
  invalidateReaderTags([cacheTags.sections, cacheTags.section(section.slug)]);
  return { ok: true, message: `Section “${section.name}” deleted.` };
}
