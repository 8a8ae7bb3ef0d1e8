// The server calling itself, so that cache invalidation can run inside an ordinary request (where Next allows it)
// at a moment no reader or editor request is happening:
// - at each scheduled article's minute (one in-process timer, re-armed from the database at start-up by
//   instrumentation.ts: no cron job or worker process is needed);
// - a moment after each publish step, because a page that was already rendering when the step ran can store its
//   stale result after the step's invalidation; invalidating again shortly after removes it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import { nextRefreshAt } from './due';

const ROUTE = '/api/internal/revalidate';
// Long waits are split, so the timer stays within Node's limit and follows changes of plan.
const MAX_WAIT_MS = 60 * 60 * 1000;
/**
 * When invalidation is repeated after a publish step (and refresh after a scheduled minute): soon, for the pages
 * that were mid-render, and once more for a slow render on a busy server. Both well inside the 1 s readers are promised.
 */
export const FOLLOW_UP_MS = [300, 900] as const;

const state = globalThis as unknown as { datelineDueTimer?: ReturnType<typeof setTimeout>; datelineDueAt?: number };

export function internalKey(): string {
  return createHmac('sha256', authSecret()).update('dateline:internal-revalidate').digest('base64url');
}

export function isInternalKey(given: string | null): boolean {
  if (!given) return false;
  const expected = Buffer.from(internalKey());
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function selfUrl(): string | null {
  if (process.env.INTERNAL_URL) return process.env.INTERNAL_URL.replace(/\/$/, '') + ROUTE;
  // `next start` records its port here once it listens; outside a server (tests, scripts) there is nothing to call.
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}${ROUTE}` : null;
}

async function callSelf(body: { due?: boolean; tags?: string[] }): Promise<void> {
  const url = selfUrl();
  if (!url) return;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'x-dateline-key': internalKey(), 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) console.error(`[dateline] ${url} answered ${response.status}`);
  } catch (error) {
    console.error('[dateline] the server could not reach itself to refresh cached pages', error);
  }
}

/** Invalidates `tags` again in a moment (never blocks the caller). */
export function followUp(tags: string[]): void {
  if (tags.length === 0 || !selfUrl()) return;
  for (const delay of FOLLOW_UP_MS) setTimeout(() => void callSelf({ tags }), delay).unref?.();
}

async function fireDue(): Promise<void> {
  await callSelf({ due: true });
  for (const delay of FOLLOW_UP_MS) setTimeout(() => void callSelf({ due: true }), delay).unref?.();
  state.datelineDueAt = undefined;
  state.datelineDueTimer = undefined;
  await armDueTimer();
}

/** Sets the timer for the next scheduled article (call after anything that changes the schedule). */
export async function armDueTimer(): Promise<void> {
  if (!selfUrl()) return;
  const next = await nextRefreshAt();
  if (!next) return;
  const at = next.getTime();
  if (state.datelineDueTimer && state.datelineDueAt !== undefined && state.datelineDueAt <= at) return;
  clearTimeout(state.datelineDueTimer);
  state.datelineDueAt = at;
  const wait = Math.max(0, at - Date.now() + 50);
  state.datelineDueTimer = setTimeout(() => {
    if (wait > MAX_WAIT_MS) {
      state.datelineDueAt = undefined;
      state.datelineDueTimer = undefined;
      void armDueTimer();
    } else void fireDue();
  }, Math.min(wait, MAX_WAIT_MS));
  state.datelineDueTimer.unref?.();
}
