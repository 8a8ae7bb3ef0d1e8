// The count of published comments a story's card shows. Recounted (not incremented) whenever what readers see of a
// story's comments changes, so it cannot drift. Lists carry it with their own cache lifetime: approving a comment
// refreshes the story's page, never the homepage or a section front (no list purge per comment during a spike).
import { db } from '@/lib/db/client';

export async function recountComments(articleId: string): Promise<void> {
  const approved = await db.comment.count({ where: { articleId, status: 'approved' } });
  await db.commentCount.upsert({ where: { articleId }, create: { articleId, approved }, update: { approved } });
}
