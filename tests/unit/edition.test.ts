import { describe, expect, it } from 'vitest';
import { editionPath, NOT_FOUND_PATH } from '@/lib/http/edition.mjs';

// The homepage is cached per edition day; server.mjs picks the day, so the masthead turns over at midnight in the
// site's time zone (Europe/London by default) however long a cached edition lives.
const editionAt = (instant: string, pathname = '/') => editionPath(pathname, Date.parse(instant), 'Europe/London');

describe('the homepage edition', () => {
  it('is today’s in London until the last second of the day, and tomorrow’s from midnight', () => {
    // 22 July 2019 is in British Summer Time: midnight in London is 23:00 UTC.
    expect(editionAt('2019-07-22T22:59:59Z')).toBe('/edition/2019-07-22');
    expect(editionAt('2019-07-22T23:00:00Z')).toBe('/edition/2019-07-23');
    expect(editionAt('2019-07-22T23:30:00Z')).toBe('/edition/2019-07-23');
  });

  it('turns over at midnight GMT in winter', () => {
    expect(editionAt('2019-01-14T23:59:59Z')).toBe('/edition/2019-01-14');
    expect(editionAt('2019-01-15T00:00:30Z')).toBe('/edition/2019-01-15');
  });

  it('answers by its own address only for today, and yesterday for ten minutes after midnight', () => {
    expect(editionAt('2019-01-15T09:00:00Z', '/edition/2019-01-15')).toBeNull();
    expect(editionAt('2019-01-15T00:09:59Z', '/edition/2019-01-14')).toBeNull();
    expect(editionAt('2019-01-15T00:10:00Z', '/edition/2019-01-14')).toBe(NOT_FOUND_PATH);
    for (const day of ['2019-01-16', '2199-12-31', '2019-02-30', 'yesterday', '']) {
      expect(editionAt('2019-01-15T09:00:00Z', `/edition/${day}`), day).toBe(NOT_FOUND_PATH);
    }
    expect(editionAt('2019-01-15T09:00:00Z', '/news')).toBeNull();
  });
});
