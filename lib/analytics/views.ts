// Page views per story per hour, counted in memory and written in batches. A view is one increment of a counter in
// this process; every FLUSH_INTERVAL_MS the counters are added to ArticleViewHour with atomic increments
// (`views = views + n`), so any number of app instances can flush into the same rows without losing a view. What
// is lost on a crash is at most the last interval's views; a normal shutdown (SIGTERM, SIGINT) flushes first.
// Nothing about the reader is kept: the counters hold a story id and an hour, nothing else.
import { visibleToReaders } from '@/lib/articles/visibility';
import { db } from '@/lib/db/client';

/** How often buffered views are written. One write per story and hour per interval, however busy the story. */
export const FLUSH_INTERVAL_MS = 5_000;

/** The start of the UTC hour `at` falls in: the bucket its views are counted under. */
export function hourOf(at: Date): Date {
  const hour = new Date(at);
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}

type Counter = { articleId: string; hour: Date; views: number };

type State = { pending: Map<string, Counter>; timer?: ReturnType<typeof setInterval>; flushing?: Promise<number>; hooked?: boolean };

// On globalThis: Next bundles the route handlers that count views and the one that forces a flush separately, and
// both must see one buffer.
const holder = globalThis as unknown as { datelineViews?: State };
const state: State = (holder.datelineViews ??= { pending: new Map() });

/** Counts one view of a story now (written at the next flush). */
export function recordView(articleId: string, at = new Date()): void {
  const hour = hourOf(at);
  const key = `${articleId}@${hour.toISOString()}`;
  const counter = state.pending.get(key);
  if (counter) counter.views += 1;
  else state.pending.set(key, { articleId, hour, views: 1 });
  startFlushing();
}

/** Views counted in this process and not yet written. */
export const pendingViews = () => [...state.pending.values()].reduce((sum, c) => sum + c.views, 0);

/**
 * Writes every buffered count to the database and returns how many views were written. Counts for a story that
 * was deleted (or is no longer visible) meanwhile are dropped. Concurrent calls share one write.
 */
export function flushViews(): Promise<number> {
  state.flushing ??= writePending().finally(() => {
    state.flushing = undefined;
  });
  return state.flushing;
}

async function writePending(): Promise<number> {
  if (state.pending.size === 0) return 0;
  const batch = [...state.pending.values()];
  state.pending = new Map();
  try {
    const ids = [...new Set(batch.map((c) => c.articleId))];
    const live = new Set(
      (await db.article.findMany({ where: { AND: [{ id: { in: ids } }, visibleToReaders(new Date())] }, select: { id: true } })).map((a) => a.id),
    );
    // A fixed order, so two instances flushing at once lock rows in the same order (no deadlock on PostgreSQL).
    const rows = batch.filter((c) => live.has(c.articleId)).sort((a, b) => a.articleId.localeCompare(b.articleId) || a.hour.getTime() - b.hour.getTime());
    await db.$transaction(
      rows.map(({ articleId, hour, views }) =>
        db.articleViewHour.upsert({
          where: { articleId_hour: { articleId, hour } },
          create: { articleId, hour, views },
          update: { views: { increment: views } },
        }),
      ),
    );
    return rows.reduce((sum, c) => sum + c.views, 0);
  } catch (error) {
    // Put the counts back for the next attempt rather than lose them.
    for (const c of batch) {
      const key = `${c.articleId}@${c.hour.toISOString()}`;
      const counter = state.pending.get(key);
      if (counter) counter.views += c.views;
      else state.pending.set(key, c);
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
