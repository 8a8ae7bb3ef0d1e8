// Moments when readers' pages change with no one editing — a scheduled story falls due, a homepage pin or a
// breaking-news banner expires — are refreshed at their minute without a cron job or a worker process.
//
// Every app instance keeps one timer for the next such moment, read from the database (shared by all). When it
// fires, each instance tries to claim that moment (lib/jobs/claim.ts); the one that succeeds refreshes what changed,
// and the invalidation reaches every instance and the edge through the cache core. So a moment fires exactly once,
// and on time even if the instance where it was set has died. An instance that sets or changes a moment re-arms
// every instance at once (an announcement through the cache core), and every instance also re-reads the next moment
// every RECHECK_MS, which covers an announcement lost while Redis was down.
//
// The timer is process state by nature (one per instance, all armed for the same moment); nothing depends on which
// instance's timer fires first.
import { announce, onAnnouncement } from '@/lib/cache/tag-clock';
import { claimOnce } from '@/lib/jobs/claim';
import { nextNewsletterAt, runNewsletters } from '@/lib/newsletters/schedule';
import { nextRefreshAt, refreshDueArticles } from './due';

const SCHEDULE_CHANGED = 'schedule-changed';
// Long waits are split, so the timer stays within Node's limit and follows changes of plan.
const MAX_WAIT_MS = 60 * 60 * 1000;
const RECHECK_MS = 30_000;

type TimerState = { timer?: ReturnType<typeof setTimeout>; at?: number; started?: boolean };
const state = ((globalThis as unknown as { datelineDueTimer?: TimerState }).datelineDueTimer ??= {});

/**
 * Refreshes the moment `at` if no other instance has claimed it, and starts the newsletters' work in the background
 * (every instance helps drain the queue; lib/newsletters/schedule.ts).
 */
async function fire(at: Date): Promise<void> {
  void runNewsletters();
  try {
    if (await claimOnce(`due:${at.toISOString()}`)) await refreshDueArticles(new Date());
  } catch (error) {
    console.error('[dateline] the scheduled refresh failed', error);
  }
}

/** The next moment anything is due: a page refresh (lib/publishing/due.ts) or newsletter work. */
async function nextMomentAt(): Promise<Date | null> {
  const times = (await Promise.all([nextRefreshAt(), nextNewsletterAt()])).filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}

/** Sets this instance's timer for the next moment (after anything that changes the schedule here). */
export async function armDueTimer(): Promise<void> {
  const next = await nextMomentAt();
  if (!next) {
    clearTimeout(state.timer);
    state.timer = state.at = undefined;
    return;
  }
  const at = next.getTime();
  if (state.timer && state.at === at) return;
  clearTimeout(state.timer);
  state.at = at;
  const wait = Math.max(0, at - Date.now() + 50);
  state.timer = setTimeout(() => {
    state.timer = state.at = undefined;
    const done = wait > MAX_WAIT_MS ? Promise.resolve() : fire(next);
    void done.then(() => armDueTimer()).catch((error: unknown) => console.error('[dateline] could not re-arm the scheduled-publishing timer', error));
  }, Math.min(wait, MAX_WAIT_MS));
  state.timer.unref?.();
}

/** After a change of schedule here: every instance re-arms (this one at once). */
export async function scheduleChanged(): Promise<void> {
  await armDueTimer();
  await announce(SCHEDULE_CHANGED);
}

/** At start-up (instrumentation.ts): refresh whatever fell due while no instance ran, then keep the timer armed. */
export async function startDueTimer(): Promise<void> {
  if (state.started) return;
  state.started = true;
  onAnnouncement(SCHEDULE_CHANGED, () => void armDueTimer().catch((error: unknown) => console.error('[dateline] could not re-arm the timer', error)));
  setInterval(() => void armDueTimer().catch(() => {}), RECHECK_MS).unref();
  const now = new Date();
  await fire(new Date(Math.floor(now.getTime() / 60_000) * 60_000));
  await armDueTimer();
}
