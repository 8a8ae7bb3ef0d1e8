import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { canOpenArticle } from './editorial-access';

/** The editor sends a heartbeat this often; someone unseen for PRESENCE_WINDOW_MS has left. */
export const HEARTBEAT_MS = 10_000;
const PRESENCE_WINDOW_MS = 3 * HEARTBEAT_MS;

/** Records that the viewer has the article open and answers who else does ("Ana is also editing"). */
export async function heartbeat(viewer: Viewer, articleId: string): Promise<{ others: string[] } | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { ownerId: true } });
  if (!article || !canOpenArticle(viewer, article)) return null;
  const now = new Date();
  await db.editingPresence.upsert({
    where: { articleId_userId: { articleId, userId: viewer.userId } },
    create: { articleId, userId: viewer.userId, seenAt: now },
    update: { seenAt: now },
  });
  const others = await db.editingPresence.findMany({
    where: { articleId, userId: { not: viewer.userId }, seenAt: { gt: new Date(now.getTime() - PRESENCE_WINDOW_MS) } },
    select: { user: { select: { name: true } } },
    orderBy: { seenAt: 'desc' },
  });
  return { others: others.map((o) => o.user.name) };
}

export async function leave(viewer: Viewer, articleId: string): Promise<void> {
  await db.editingPresence.deleteMany({ where: { articleId, userId: viewer.userId } });
}
