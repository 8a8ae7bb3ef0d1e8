import { describe, expect, it } from 'vitest';
import { editionPath, NOT_FOUND_PATH, startOfDayMs } from '@/lib/http/edition.mjs';

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

describe('the start of the site’s day', () => {
  const startAt = (instant: string, timeZone = 'Europe/London') => new Date(startOfDayMs(Date.parse(instant), timeZone)).toISOString();

  it('is midnight in the site’s zone, in summer and in winter, whatever the time of day', () => {
    expect(startAt('2019-07-22T22:59:59Z')).toBe('2019-07-21T23:00:00.000Z');
    expect(startAt('2019-07-22T23:00:00Z')).toBe('2019-07-22T23:00:00.000Z');
    expect(startAt('2019-01-15T00:00:30Z')).toBe('2019-01-15T00:00:00.000Z');
    expect(startAt('2019-01-15T23:59:59Z')).toBe('2019-01-15T00:00:00.000Z');
  });

  it('counts a day with a clock change from its midnight, and one whose midnight is skipped from its first minute', () => {
    // Summer time began at 01:00 GMT on 31 March 2019: a 23-hour day.
    expect(startAt('2019-03-31T20:00:00Z')).toBe('2019-03-31T00:00:00.000Z');
    // It ended at 01:00 GMT on 27 October 2019: a 25-hour day, which began at 23:00 GMT the day before.
    expect(startAt('2019-10-27T23:30:00Z')).toBe('2019-10-26T23:00:00.000Z');
    // Chile moved its clocks from midnight to 01:00 on 8 September 2019: that day began at 01:00 (04:00 UTC).
    expect(startAt('2019-09-08T12:00:00Z', 'America/Santiago')).toBe('2019-09-08T04:00:00.000Z');
  });

  it('moves on when the day does', () => {
    expect(startAt('2019-07-23T10:00:00Z')).toBe('2019-07-22T23:00:00.000Z');
    expect(startAt('2019-07-24T10:00:00Z')).toBe('2019-07-23T23:00:00.000Z');
    expect(startAt('2019-07-23T10:00:00Z')).toBe('2019-07-22T23:00:00.000Z');
  });
});
