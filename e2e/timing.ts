import { type APIRequestContext, expect } from '@playwright/test';

/**
 * How long after `since` the first check that saw `wanted` started (checks every 100 ms, for at most 20 s). The
 * site's change is measured, not this busy test machine's response times: a check that started 1.9 s after the
 * step and saw the change counts as 1.9 s, however long its requests then took. Fails with the last answer.
 */
export async function firstSeen<T>(since: number, check: () => Promise<T>, wanted: T): Promise<number> {
  let last: T | undefined;
  while (Date.now() - since < 20_000) {
    const started = Date.now();
    last = await check();
    if (JSON.stringify(last) === JSON.stringify(wanted)) return started - since;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(JSON.stringify(last), 'never seen within 20 s').toBe(JSON.stringify(wanted));
  return Number.POSITIVE_INFINITY;
}

/**
 * Waits (checking every 100 ms, for at most 2 s) until the HTML the server sends for `path` satisfies `check`.
 * Reader pages change within a second of an editor's step; this is timed over HTTP, since a browser on this busy
 * test machine adds seconds of its own, and a page that was mid-render during the step may be served for a moment.
 */
export async function servedWithin2s(request: APIRequestContext, path: string, check: (html: string) => boolean): Promise<void> {
  await expect.poll(async () => check(await (await request.get(path)).text()), { timeout: 2_000, intervals: [100] }).toBe(true);
}

/** Text as React writes it into HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
