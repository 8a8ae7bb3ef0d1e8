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
// A second timer, kept the same way, starts the newsletters' work at its moments (an edition's time, a retry;
// lib/newsletters/schedule.ts): every instance helps drain the sending queue, in the background.
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

type Slot = { timer?: ReturnType<typeof setTimeout>; at?: number };
type TimerState = { refresh: Slot; newsletters: Slot; started?: boolean };
const state = ((globalThis as unknown as { datelineDueTimer?: TimerState }).datelineDueTimer ??= { refresh: {}, newsletters: {} });

/** Refreshes the moment `at` if no other instance has claimed it. */
async function refreshAt(at: Date): Promise<void> {
  try {
    if (await claimOnce(`due:${at.toISOString()}`)) await refreshDueArticles(new Date());
  } catch (error) {
    console.error('[dateline] the scheduled refresh failed', error);
  }
}

/** Starts the newsletters' work in the background: a send never holds up the timer. */
async function newslettersAt(): Promise<void> {
  void runNewsletters();
}

/**
 * Arms one of the two timers (page refreshes, newsletters) for its next moment. Two timers, so that neither kind of
 * moment can hide the other: a newsletter moment every few seconds during a long send never skips a refresh.
 */
async function arm(slot: Slot, nextAt: () => Promise<Date | null>, fire: (at: Date) => Promise<void>): Promise<void> {
  const next = await nextAt();
  if (!next) {
    clearTimeout(slot.timer);
    slot.timer = slot.at = undefined;
    return;
  }
  const at = next.getTime();
  if (slot.timer && slot.at === at) return;
  clearTimeout(slot.timer);
  slot.at = at;
  const wait = Math.max(0, at - Date.now() + 50);
  slot.timer = setTimeout(() => {
    slot.timer = slot.at = undefined;
    const done = wait > MAX_WAIT_MS ? Promise.resolve() : fire(next);
    void done.then(() => arm(slot, nextAt, fire)).catch((error: unknown) => console.error('[dateline] could not re-arm the scheduled-publishing timer', error));
  }, Math.min(wait, MAX_WAIT_MS));
  slot.timer.unref?.();
}

/** Sets this instance's timers for the next moments (after anything that changes the schedule here). */
export async function armDueTimer(): Promise<void> {
  await Promise.all([arm(state.refresh, () => nextRefreshAt(), refreshAt), arm(state.newsletters, () => nextNewsletterAt(), newslettersAt)]);
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
  await refreshAt(new Date(Math.floor(now.getTime() / 60_000) * 60_000));
  void runNewsletters();
  await armDueTimer();
}
