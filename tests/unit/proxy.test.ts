import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { proxy } from '@/proxy';

// The homepage is cached per edition day; the proxy picks the day, so the masthead turns over at midnight in the
// site's time zone (Europe/London by default) however long a cached edition lives.
async function editionAt(instant: string): Promise<string | null> {
  vi.setSystemTime(new Date(instant));
  const response = await proxy(new NextRequest('http://localhost:3000/'));
  const rewrite = response.headers.get('x-middleware-rewrite');
  return rewrite ? new URL(rewrite).pathname : null;
}

describe('the homepage edition', () => {
  afterEach(() => vi.useRealTimers());

  it('is today’s in London until the last second of the day, and tomorrow’s from midnight', async () => {
    vi.useFakeTimers();
    // 22 July 2019 is in British Summer Time: midnight in London is 23:00 UTC.
    expect(await editionAt('2019-07-22T22:59:59Z')).toBe('/edition/2019-07-22');
    expect(await editionAt('2019-07-22T23:00:00Z')).toBe('/edition/2019-07-23');
    expect(await editionAt('2019-07-22T23:30:00Z')).toBe('/edition/2019-07-23');
  });

  it('turns over at midnight GMT in winter', async () => {
    vi.useFakeTimers();
    expect(await editionAt('2019-01-14T23:59:59Z')).toBe('/edition/2019-01-14');
    expect(await editionAt('2019-01-15T00:00:30Z')).toBe('/edition/2019-01-15');
  });
});
