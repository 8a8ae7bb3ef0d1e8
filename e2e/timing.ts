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
 * Checks (every 100 ms) the HTML the server sends for `path` until it satisfies `check`, and fails unless a request
 * that *started* within 2 s of the call saw it. Reader pages change within a second of an editor's step; the time a
 * busy test machine then takes to render and send the page is not the site's delay (a request started at 0.1 s that
 * rendered for 2.5 s under load still saw the change at 0.1 s). Timed over HTTP: a browser here adds seconds of its own.
 */
export async function servedWithin2s(request: APIRequestContext, path: string, check: (html: string) => boolean): Promise<void> {
  const since = Date.now();
  // A kept-alive connection the server closed as the request went out fails once (ECONNRESET): asked again, and the
  // check still counts from when it started.
  const get = () => request.get(path).catch(() => request.get(path));
  const delay = await firstSeen(since, async () => check(await (await get()).text()), true);
  expect(delay, `${path} showed the change only to a request started ${delay} ms after the step`).toBeLessThanOrEqual(2_000);
}

/** Text as React writes it into HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
