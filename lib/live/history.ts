// The history of a live blog's entries: every version as it was saved, and the last before a deletion, so that an
// overwritten or deleted entry can be brought back (no save loses an editor's work). Written in the same transaction
// as the change it records.
import { openingParagraph } from '@/lib/articles/body';
import type { Viewer } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import { db } from '@/lib/db/client';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

export type EntryChange = 'created' | 'edited' | 'deleted' | 'restored';

type EntryState = { id: string; articleId: string; at: Date; title: string; body: string; authorId: string | null; pinned: boolean; keyEvent: boolean };

/** Records `entry` as it now is (or was, before a deletion) as its next version. */
export async function recordEntryVersion(tx: Transaction, entry: EntryState, change: EntryChange, viewer: Viewer): Promise<void> {
  const last = await tx.liveEntryRevision.findFirst({ where: { entryId: entry.id }, orderBy: { version: 'desc' }, select: { version: true } });
  const { id: entryId, articleId, at, title, body, authorId, pinned, keyEvent } = entry;
  await tx.liveEntryRevision.create({
    data: { entryId, articleId, at, title, body, authorId, pinned, keyEvent, change, version: (last?.version ?? 0) + 1, userId: viewer.userId, userLabel: viewer.name },
  });
}

export type EntryVersion = {
  id: string;
  entryId: string;
  version: number;
  change: EntryChange;
  savedAt: Date;
  savedBy: string;
  at: Date;
  title: string;
  excerpt: string;
};

/** How many versions the editor loads per live blog (the newest). */
const HISTORY_LIMIT = 1000;

/**
 * A live blog's history for its editor: each entry's earlier versions, newest first, and the entries deleted (their
 * last version), most recently deleted first.
 */
export async function getEntryHistory(articleId: string): Promise<{ byEntry: Record<string, EntryVersion[]>; deleted: EntryVersion[] }> {
  const [rows, present] = await Promise.all([
    db.liveEntryRevision.findMany({ where: { articleId }, orderBy: [{ createdAt: 'desc' }, { version: 'desc' }], take: HISTORY_LIMIT }),
    db.liveEntry.findMany({ where: { articleId }, select: { id: true } }),
  ]);
  const live = new Set(present.map((e) => e.id));
  const byEntry: Record<string, EntryVersion[]> = {};
  const deleted: EntryVersion[] = [];
  for (const row of rows) {
    const version: EntryVersion = {
      id: row.id,
      entryId: row.entryId,
      version: row.version,
      change: row.change as EntryChange,
      savedAt: row.createdAt,
      savedBy: row.userLabel,
      at: row.at,
      title: row.title,
      excerpt: openingParagraph(row.body),
    };
    if (live.has(row.entryId)) (byEntry[row.entryId] ??= []).push(version);
    else if (row.change === 'deleted' && !deleted.some((d) => d.entryId === row.entryId)) deleted.push(version);
  }
  return { byEntry, deleted };
}

/** A version to bring back, if it belongs to the live blog. */
export function findEntryVersion(articleId: string, revisionId: string) {
  return db.liveEntryRevision.findFirst({ where: { id: revisionId, articleId } });
}
