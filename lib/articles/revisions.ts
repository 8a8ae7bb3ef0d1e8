// An article's history: every save is a revision; any two can be compared field by field with a word diff
// (revision-diff.ts).
import { db } from '@/lib/db/client';
import type { ArticleSnapshot } from './editing';

export { diffSnapshots, type DiffPart, type FieldDiff } from './revision-diff';

export type RevisionSummary = { id: string; version: number; createdAt: Date; userLabel: string; note: string; headline: string };

export async function listRevisions(articleId: string): Promise<RevisionSummary[]> {
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, createdAt: true, userLabel: true, note: true, headline: true },
  });
}

export async function getRevisionPair(articleId: string, fromId: string, toId: string) {
  const rows = await db.articleRevision.findMany({ where: { articleId, id: { in: [fromId, toId] } } });
  const from = rows.find((r) => r.id === fromId);
  const to = rows.find((r) => r.id === toId);
  if (!from || !to) return null;
  const [older, newer] = from.version <= to.version ? [from, to] : [to, from];
  return {
    older: { ...older, snapshot: JSON.parse(older.snapshot) as ArticleSnapshot },
    newer: { ...newer, snapshot: JSON.parse(newer.snapshot) as ArticleSnapshot },
  };
}
