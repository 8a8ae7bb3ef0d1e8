// Writes to the redirect table: the ones the article desk makes when a live story moves or is deleted, and the
// manual ones editors add. Two rules hold after every write:
// - no chains: a redirect always leads straight to the final address (older ones are re-pointed);
// - a live address is never redirected (a redirect away from the new address of a story is dropped).
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { visibleToReaders } from '@/lib/articles/visibility';
import { db } from '@/lib/db/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { invalidateRedirects } from './table';
import type { CreateRedirectInput } from './schemas';

export const REDIRECT_EXISTS = 'This address already redirects. Delete that redirect first.';
export const REDIRECT_TO_ITSELF = 'A redirect cannot lead to its own address.';
export const REDIRECT_LOOP = 'That would make a loop: the destination already redirects back to this address.';
export const REDIRECT_TO_GONE = 'That destination answers 410 Gone. Choose where the content lives now.';
export const FROM_IS_LIVE = 'A published story lives at this address. Change the story’s slug or section instead.';
export const REDIRECT_NOT_FOUND = 'That redirect no longer exists.';

/**
 * After every write to the Redirect table, once it has committed (also for writes made elsewhere, such as
 * listing-moves.ts): every instance's in-memory table reloads, and cached reader pages that looked an address up
 * render again.
 */
export async function redirectsChanged(): Promise<void> {
  await invalidateRedirects();
}

/** The path part of a same-site destination ("/news/x?y" → "/news/x"); null for an absolute URL. */
const sitePathOf = (toPath: string) => (toPath.startsWith('/') ? toPath.replace(/[?#].*$/, '') : null);

/**
 * A live story moved (new slug or section): `oldPath` answers 301 to `newPath` from now on. Earlier addresses of
 * the story are pointed straight at `newPath`, and a redirect away from `newPath` is removed. Call it after the
 * article's own write has committed.
 */
export async function recordArticleMove(articleId: string, oldPath: string, newPath: string): Promise<void> {
  if (oldPath === newPath) return;
  await db.$transaction([
    db.redirect.deleteMany({ where: { fromPath: newPath } }),
    db.redirect.updateMany({ where: { toPath: oldPath }, data: { toPath: newPath } }),
    db.redirect.upsert({
      where: { fromPath: oldPath },
      create: { fromPath: oldPath, toPath: newPath, kind: 'article', articleId },
      update: { toPath: newPath, kind: 'article', articleId },
    }),
  ]);
  await redirectsChanged();
}

/** A live story was deleted: its address, and every address that led to it, answer 410 Gone. */
export async function recordArticleGone(articleId: string, path: string): Promise<void> {
  await db.$transaction([
    db.redirect.updateMany({ where: { toPath: path }, data: { toPath: null, kind: 'deleted' } }),
    db.redirect.upsert({
      where: { fromPath: path },
      create: { fromPath: path, toPath: null, kind: 'deleted', articleId },
      update: { toPath: null, kind: 'deleted', articleId },
    }),
  ]);
  await redirectsChanged();
}

/**
 * A story went live at `path` (published, or republished): a redirect or a 410 left there by an earlier story must
 * not hide it.
 */
export async function recordArticleLive(path: string): Promise<void> {
  const { count } = await db.redirect.deleteMany({ where: { fromPath: path } });
  if (count > 0) await redirectsChanged();
}

/** Is a story readers can see published at this path ("/section/slug")? */
async function isLiveArticlePath(path: string): Promise<boolean> {
  const match = /^\/([^/]+)\/([^/]+)$/.exec(path);
  if (!match) return false;
  const [section, slug] = [decodeURIComponent(match[1]!), decodeURIComponent(match[2]!)];
  const article = await db.article.findFirst({
    where: { AND: [{ slug, section: { slug: section } }, visibleToReaders(new Date())] },
    select: { id: true },
  });
  return article !== null;
}

/** Adds a manual redirect. Refuses duplicates, loops, chains to a gone address, and live story addresses. */
export async function createRedirect(viewer: Viewer, input: CreateRedirectInput, context: ActionContext): Promise<ActionResult> {
  const { fromPath } = input;
  let { toPath } = input;
  const toSitePath = sitePathOf(toPath);
  if (toSitePath === fromPath) return failure(400, REDIRECT_TO_ITSELF, { toPath: [REDIRECT_TO_ITSELF] });
  if (await db.redirect.findUnique({ where: { fromPath }, select: { id: true } })) {
    return failure(409, REDIRECT_EXISTS, { fromPath: [REDIRECT_EXISTS] });
  }
  if (await isLiveArticlePath(fromPath)) return failure(400, FROM_IS_LIVE, { fromPath: [FROM_IS_LIVE] });
  if (toSitePath) {
    // The destination redirects too: lead straight to where it ends (there are no chains, so one step is enough).
    const onward = await db.redirect.findUnique({ where: { fromPath: toSitePath }, select: { toPath: true } });
    if (onward && onward.toPath === null) return failure(400, REDIRECT_TO_GONE, { toPath: [REDIRECT_TO_GONE] });
    if (onward?.toPath) {
      if (sitePathOf(onward.toPath) === fromPath) return failure(400, REDIRECT_LOOP, { toPath: [REDIRECT_LOOP] });
      toPath = onward.toPath;
    }
  }
  try {
    await db.$transaction([
      // Redirects that led to this address now lead on to the new destination.
      db.redirect.updateMany({ where: { toPath: fromPath }, data: { toPath } }),
      db.redirect.create({ data: { fromPath, toPath, kind: 'manual', createdById: viewer.userId } }),
    ]);
  } catch (error) {
    // Two editors adding the same address at once: the unique index refuses the second.
    if ((error as { code?: string }).code === 'P2002') return failure(409, REDIRECT_EXISTS, { fromPath: [REDIRECT_EXISTS] });
    throw error;
  }
  await redirectsChanged();
  await recordAudit({
    actor: actorOf(viewer),
    action: 'redirect.created',
    target: { type: 'redirect', id: fromPath },
    summary: `Redirected ${fromPath} to ${toPath}`,
    request: context.request,
  });
  return { ok: true, message: `${fromPath} now redirects to ${toPath}.` };
}

/** Deletes a redirect of any kind: its address answers as if it had never moved (usually 404). */
export async function deleteRedirect(viewer: Viewer, redirectId: string, context: ActionContext): Promise<ActionResult> {
  const row = await db.redirect.findUnique({ where: { id: redirectId } });
  if (!row) return failure(404, REDIRECT_NOT_FOUND);
  await db.redirect.deleteMany({ where: { id: row.id } });
  await redirectsChanged();
  await recordAudit({
    actor: actorOf(viewer),
    action: 'redirect.deleted',
    target: { type: 'redirect', id: row.fromPath },
    summary: `Deleted the ${row.kind} redirect from ${row.fromPath} to ${row.toPath ?? '410 Gone'}`,
    request: context.request,
  });
  return { ok: true, message: `${row.fromPath} no longer redirects.` };
}
