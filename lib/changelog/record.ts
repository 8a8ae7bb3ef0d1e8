// Writing the reader-facing change log of a published story (ArticleUpdate rows): one "update" per substantive
// change, one "correction" per correction note set or changed. Called by the save inside its transaction, so an
// entry exists exactly when the change it describes does, and the save's own cache invalidation shows it at once.
import type { Viewer } from '@/lib/auth/session';
import type { Prisma } from '@/lib/db/generated/sqlite/client';

export type LogKind = 'update' | 'correction';

/**
 * One editing session writes one entry of each kind. An editor updating a live story presses Update several times
 * while working (and an autosave client would save every few seconds): readers should see "updated at 14:05" once,
 * not a line per press. So a new entry is folded into the last one of the same kind — which takes the new time, and
 * the new note when one is given — when that entry is younger than SESSION_MS and every revision saved since was
 * saved by the same person (the "save chain": a colleague's save in between, or a pause of ten minutes, starts a new
 * entry). Typo fixes (the "substantive" box unticked) write nothing, and neither does publishing a draft or a
 * scheduled story going out: only changes to a story readers could already read are logged.
 */
export const SESSION_MS = 10 * 60 * 1000;

type Tx = Prisma.TransactionClient;

export type ReaderChanges = {
  articleId: string;
  viewer: Pick<Viewer, 'userId'>;
  /** The save's time: the entry's, and the article's "Updated" time when the change is substantive. */
  at: Date;
  /** A substantive update with the editor's "What changed" note ('' for none), or null. */
  update: { note: string } | null;
  /** The new correction text when this save set or changed it, or null. */
  correction: string | null;
};

/** Writes (or folds) the entries of one save. Returns the kinds written, for the caller's cache invalidation. */
export async function recordReaderChanges(tx: Tx, changes: ReaderChanges): Promise<LogKind[]> {
  const written: LogKind[] = [];
  if (changes.update) {
    await writeEntry(tx, changes, 'update', changes.update.note);
    written.push('update');
  }
  if (changes.correction) {
    await writeEntry(tx, changes, 'correction', changes.correction);
    written.push('correction');
  }
  return written;
}

async function writeEntry(tx: Tx, { articleId, viewer, at }: ReaderChanges, kind: LogKind, note: string) {
  const last = await tx.articleUpdate.findFirst({ where: { articleId, kind }, orderBy: [{ at: 'desc' }, { id: 'desc' }] });
  if (last && at.getTime() - last.at.getTime() < SESSION_MS && (await sameChain(tx, articleId, last.at, viewer.userId))) {
    await tx.articleUpdate.update({ where: { id: last.id }, data: { at, ...(note ? { note } : {}) } });
    return;
  }
  await tx.articleUpdate.create({ data: { articleId, kind, note, at } });
}

/** Whether every revision saved since `since` was saved by this person. */
async function sameChain(tx: Tx, articleId: string, since: Date, userId: string): Promise<boolean> {
  const others = await tx.articleRevision.count({ where: { articleId, createdAt: { gte: since }, NOT: { userId } } });
  return others === 0;
}
