// Homepage curation: editors pin the lead story and up to MAX_FEATURED featured stories, each until an optional
// expiry. What readers then see is decided by getHomepage (lib/articles/queries.ts); the server actions refresh
// the homepage's cache tag after each change here.
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { visibleToReaders } from '@/lib/articles/visibility';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { scheduleChanged } from '@/lib/publishing/due-timer';
import { MAX_FEATURED, type PinInput } from './schemas';

export const EXPIRY_IN_PAST = 'Choose an expiry time in the future.';
export const NOT_PINNABLE = 'Only a story readers can see now can be pinned.';
export const FEATURED_FULL = `The homepage already has ${MAX_FEATURED} featured stories. Unpin one first.`;
export const PIN_NOT_FOUND = 'That pin no longer exists.';

type Tx = Prisma.TransactionClient;

const untilText = (expiresAt: Date | null) =>
  expiresAt ? `until ${formatDateTime(expiresAt, siteConfig().timeZone)}` : 'with no expiry';

/** Expired pins have left the homepage already; removing them frees their places. */
const removeExpired = (tx: Tx, now: Date) => tx.homepagePin.deleteMany({ where: { expiresAt: { lte: now } } });

/** Featured positions 0, 1, 2… in their current order (after a pin is removed or moved). */
async function renumberFeatured(tx: Tx, orderedIds?: string[]) {
  const ids = orderedIds ?? (await tx.homepagePin.findMany({ where: { slot: 'featured' }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: { id: true } })).map((p) => p.id);
  for (const [position, id] of ids.entries()) await tx.homepagePin.update({ where: { id }, data: { position } });
}

type PinOutcome = 'pinned' | 'updated' | 'full';

/**
 * Pins a story readers can see. As lead it replaces the current lead; as featured it goes after the others (or
 * keeps its place, with the new expiry, when it is featured already). A story has one pin at most, so pinning a
 * featured story as lead moves it, and the other way round.
 */
export async function pinArticle(viewer: Viewer, input: PinInput, context: ActionContext, now = new Date()): Promise<ActionResult> {
  const { articleId, slot, expiresAt } = input;
  if (expiresAt && expiresAt <= now) return failure(400, EXPIRY_IN_PAST, { expiresAt: [EXPIRY_IN_PAST] });
  const article = await db.article.findFirst({ where: { AND: [{ id: articleId }, visibleToReaders(now)] }, select: { id: true, headline: true } });
  if (!article) return failure(400, NOT_PINNABLE, { articleId: [NOT_PINNABLE] });

  const outcome = await db.$transaction(async (tx): Promise<PinOutcome> => {
    await removeExpired(tx, now);
    const existing = await tx.homepagePin.findUnique({ where: { articleId } });
    if (existing?.slot === slot && slot === 'featured') {
      await tx.homepagePin.update({ where: { id: existing.id }, data: { expiresAt } });
      return 'updated';
    }
    if (slot === 'featured' && (await tx.homepagePin.count({ where: { slot: 'featured' } })) >= MAX_FEATURED) return 'full';
    await tx.homepagePin.deleteMany({ where: slot === 'lead' ? { OR: [{ slot: 'lead' }, { articleId }] } : { articleId } });
    const last = await tx.homepagePin.aggregate({ where: { slot }, _max: { position: true } });
    await tx.homepagePin.create({
      data: { articleId, slot, position: slot === 'lead' ? 0 : (last._max.position ?? -1) + 1, expiresAt, createdById: viewer.userId },
    });
    if (existing?.slot === 'featured') await renumberFeatured(tx);
    return 'pinned';
  });
  if (outcome === 'full') return failure(409, FEATURED_FULL, { slot: [FEATURED_FULL] });
  // The homepage must drop the pin at its expiry without anyone editing: the scheduled-publishing timer fires then.
  if (expiresAt) await scheduleChanged();

  const role = slot === 'lead' ? 'the lead story' : 'a featured story';
  await recordAudit({
    actor: actorOf(viewer),
    action: 'homepage.pinned',
    target: { type: 'article', id: article.id },
    summary: `Pinned “${article.headline}” as ${role} ${untilText(expiresAt)}`,
    request: context.request,
  });
  return { ok: true, message: `“${article.headline}” is ${role} ${untilText(expiresAt)}.` };
}

/** Takes a story off the homepage's pins; the place fills by recency again. */
export async function unpinArticle(viewer: Viewer, pinId: string, context: ActionContext): Promise<ActionResult> {
  const pin = await db.homepagePin.findUnique({ where: { id: pinId }, select: { id: true, slot: true, article: { select: { id: true, headline: true } } } });
  if (!pin) return failure(404, PIN_NOT_FOUND);
  await db.$transaction(async (tx) => {
    await tx.homepagePin.deleteMany({ where: { id: pin.id } });
    if (pin.slot === 'featured') await renumberFeatured(tx);
  });
  await recordAudit({
    actor: actorOf(viewer),
    action: 'homepage.unpinned',
    target: { type: 'article', id: pin.article.id },
    summary: `Unpinned “${pin.article.headline}” (${pin.slot})`,
    request: context.request,
  });
  return { ok: true, message: `“${pin.article.headline}” is no longer pinned.` };
}

/** Moves a featured story one place up or down among the featured stories. */
export async function moveFeaturedPin(
  viewer: Viewer,
  pinId: string,
  direction: 'up' | 'down',
  context: ActionContext,
  now = new Date(),
): Promise<ActionResult> {
  const moved = await db.$transaction(async (tx) => {
    await removeExpired(tx, now);
    const pins = await tx.homepagePin.findMany({
      where: { slot: 'featured' },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, article: { select: { id: true, headline: true } } },
    });
    const from = pins.findIndex((p) => p.id === pinId);
    if (from === -1) return null;
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= pins.length) return { pin: pins[from]!, position: from, changed: false };
    [pins[from], pins[to]] = [pins[to]!, pins[from]!];
    await renumberFeatured(tx, pins.map((p) => p.id));
    return { pin: pins[to]!, position: to, changed: true };
  });
  if (!moved) return failure(404, PIN_NOT_FOUND);
  const { headline } = moved.pin.article;
  if (!moved.changed) return { ok: true, message: `“${headline}” is already ${direction === 'up' ? 'first' : 'last'}.` };
  await recordAudit({
    actor: actorOf(viewer),
    action: 'homepage.reordered',
    target: { type: 'article', id: moved.pin.article.id },
    summary: `Moved “${headline}” ${direction} to featured place ${moved.position + 1}`,
    request: context.request,
  });
  return { ok: true, message: `“${headline}” is now featured story ${moved.position + 1}.` };
}
