// Page views per story, counted in memory and written in batches. A view is one increment of a counter in this
// process (per story and five-minute slot); every FLUSH_INTERVAL_MS the counters are added to every grain the views
// are kept at (lib/analytics/grains.ts) with atomic increments (`views = views + n`), so any number of app instances
// can flush into the same rows without losing a view. What is lost on a crash is at most the last interval's views; a
// normal shutdown (SIGTERM, SIGINT) flushes first. Nothing about the reader is kept: the counters hold a story id and
// a time, nothing else.
import { visibleToReaders } from '@/lib/articles/visibility';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import { addViews, slotOf } from './grains';

/** How often buffered views are written. One write per story and grain per interval, however busy the story. */
export const FLUSH_INTERVAL_MS = 5_000;

type Counter = { articleId: string; at: Date; views: number };

type State = { pending: Map<string, Counter>; timer?: ReturnType<typeof setInterval>; flushing?: Promise<number>; hooked?: boolean };

// On globalThis: Next bundles the route handlers that count views and the one that forces a flush separately, and
// both must see one buffer.
const holder = globalThis as unknown as { datelineViews?: State };
const state: State = (holder.datelineViews ??= { pending: new Map() });

const keyOf = (c: Counter) => `${c.articleId}@${c.at.toISOString()}`;

/** Counts one view of a story now (written at the next flush). */
export function recordView(articleId: string, at = new Date()): void {
  const counter = { articleId, at: slotOf(at), views: 1 };
  const known = state.pending.get(keyOf(counter));
  if (known) known.views += 1;
  else state.pending.set(keyOf(counter), counter);
  startFlushing();
}

/** Views counted in this process and not yet written. */
export const pendingViews = () => [...state.pending.values()].reduce((sum, c) => sum + c.views, 0);

/**
 * Writes every count buffered so far to the database and returns how many views this call wrote. Counts for a story
 * that was deleted (or is no longer visible) meanwhile are dropped. Writes run one after another: a call made while
 * a write is under way waits for it and then writes what was counted since, which that write had not taken. (Sharing
 * the write under way instead returned before the newer views were stored: the dashboard's e2e test read a story
 * read twice as read once.)
 */
export function flushViews(): Promise<number> {
  const before = state.flushing;
  const write = before ? before.catch(() => 0).then(() => writePending()) : writePending();
  const tracked: Promise<number> = write.finally(() => {
    if (state.flushing === tracked) state.flushing = undefined;
  });
  state.flushing = tracked;
  return tracked;
}

async function writePending(): Promise<number> {
  if (state.pending.size === 0) return 0;
  const batch = [...state.pending.values()];
  state.pending = new Map();
  try {
    const ids = [...new Set(batch.map((c) => c.articleId))];
    const now = new Date();
    const live = new Map(
      (await db.article.findMany({ where: { AND: [{ id: { in: ids } }, visibleToReaders(now)] }, select: { id: true, sectionId: true } })).map((a) => [
        a.id,
        a.sectionId,
      ]),
    );
    const counts = batch.flatMap((c) => {
      const sectionId = live.get(c.articleId);
      return sectionId ? [{ ...c, sectionId }] : [];
    });
    await addViews(db, counts, siteConfig().timeZone, now);
    return counts.reduce((sum, c) => sum + c.views, 0);
  } catch (error) {
    // Put the counts back for the next attempt rather than lose them.
    for (const c of batch) {
      const counter = state.pending.get(keyOf(c));
      if (counter) counter.views += c.views;
      else state.pending.set(keyOf(c), c);
    }
    throw error;
  }
}

function startFlushing(): void {
  if (!state.timer) {
    state.timer = setInterval(() => {
      if (state.pending.size > 0) flushViews().catch((error: unknown) => console.error('[dateline] could not write page views', error));
    }, FLUSH_INTERVAL_MS);
    state.timer.unref?.();
  }
  if (!state.hooked) {
    state.hooked = true;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => flushBeforeExit(signal));
  }
}

/** The longest a shutdown waits for the last views to be written. */
const SHUTDOWN_WAIT_MS = 3_000;

/**
 * Writes what is buffered when the server is asked to stop. Next's own handler stops accepting requests and then
 * calls process.exit, which would cut the write short: that exit is held until the write is done (at most
 * SHUTDOWN_WAIT_MS). Where nobody else handles the signal (a script), the process still ends by it.
 */
function flushBeforeExit(signal: NodeJS.Signals): void {
  const written = Promise.race([
    flushViews().catch((error: unknown) => console.error('[dateline] page views lost at shutdown', error)),
    new Promise((resolve) => setTimeout(resolve, SHUTDOWN_WAIT_MS).unref()),
  ]);
  const exit = process.exit.bind(process);
  process.exit = ((code?: number) => void written.finally(() => exit(code))) as typeof process.exit;
  void written.finally(() => {
    if (process.listenerCount(signal) === 0) exit(signal === 'SIGINT' ? 130 : 143);
  });
}
