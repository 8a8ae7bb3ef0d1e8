// When newsletters go out, on the timer every instance already keeps for scheduled publishing
// (lib/publishing/due-timer.ts): at a daily edition's time it is queued (once across instances), and the queue is
// drained whenever it has deliveries due. The drain runs beside the timer, never in its way: a long send cannot
// delay a scheduled story.
import { nextEditionAt, queueDueEditions } from './editions';
import { drainDeliveries, nextDeliveryAt } from './send';

/** The next moment newsletter work is due: an edition's time, a retry, or a lock that may have been left. */
export async function nextNewsletterAt(now = new Date()): Promise<Date | null> {
  const times = (await Promise.all([nextEditionAt(now), nextDeliveryAt(now)])).filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}

// One drain at a time in this process (more would only compete for the same rows); a call during a drain asks for
// another pass after it, so nothing queued meanwhile waits for the next moment. Process state by nature, as the timer.
type DrainState = { running?: Promise<void>; again?: boolean; queueing?: Promise<void> };
const state = ((globalThis as unknown as { datelineNewsletterDrain?: DrainState }).datelineNewsletterDrain ??= {});

/** Queues the editions that are due, whether or not a drain is running (a long alert must not hold up the morning). */
function queueDue(): Promise<void> {
  state.queueing ??= queueDueEditions(new Date())
    .then(() => undefined)
    .catch((error: unknown) => console.error('[dateline] queueing a newsletter edition failed (tried again within a minute)', error))
    .finally(() => {
      state.queueing = undefined;
    });
  return state.queueing;
}

/** Queues the editions that are due and sends what is queued, in the background; resolves when this pass is done. */
export async function runNewsletters(): Promise<void> {
  await queueDue();
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    do {
      state.again = false;
      try {
        const report = await drainDeliveries();
        if (report.sent + report.failed + report.bounced + report.interrupted > 0) console.info('[dateline] newsletters:', JSON.stringify(report));
      } catch (error) {
        console.error('[dateline] sending newsletters failed', error);
      }
    } while (state.again);
  })().finally(() => {
    state.running = undefined;
  });
  return state.running;
}
