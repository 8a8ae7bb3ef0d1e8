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
// The same timer starts the newsletters' work at its moments (an edition's time, a retry; lib/newsletters/schedule.ts):
// every instance helps drain the sending queue, in the background, and a newsletter moment refreshes no page.
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

type Moment = { at: Date; refresh: boolean; newsletters: boolean };
type TimerState = { timer?: ReturnType<typeof setTimeout>; at?: number; started?: boolean };
const state = ((globalThis as unknown as { datelineDueTimer?: TimerState }).datelineDueTimer ??= {});

/**
 * At a moment: refreshes pages if it is a refresh moment and no other instance has claimed it, and starts the
 * newsletters' work in the background if it is one of theirs (a send never holds up the timer).
 */
async function fire(moment: Moment): Promise<void> {
  if (moment.newsletters) void runNewsletters();
  if (!moment.refresh) return;
  try {
    if (await claimOnce(`due:${moment.at.toISOString()}`)) await refreshDueArticles(new Date());
  } catch (error) {
    console.error('[dateline] the scheduled refresh failed', error);
  }
}

/** The next moment anything is due, and what: a page refresh (lib/publishing/due.ts), newsletter work, or both. */
async function nextMoment(): Promise<Moment | null> {
  const [refresh, newsletters] = await Promise.all([nextRefreshAt(), nextNewsletterAt()]);
  const times = [refresh, newsletters].filter((d): d is Date => d !== null).map((d) => d.getTime());
  if (times.length === 0) return null;
  const at = Math.min(...times);
  return { at: new Date(at), refresh: refresh?.getTime() === at, newsletters: newsletters?.getTime() === at };
}

/** Sets this instance's timer for the next moment (after anything that changes the schedule here). */
export async function armDueTimer(): Promise<void> {
  const next = await nextMoment();
  if (!next) {
    clearTimeout(state.timer);
    state.timer = state.at = undefined;
    return;
  }
  const at = next.at.getTime();
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
  await fire({ at: new Date(Math.floor(now.getTime() / 60_000) * 60_000), refresh: true, newsletters: true });
  await armDueTimer();
}
