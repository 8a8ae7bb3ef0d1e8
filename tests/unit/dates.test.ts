import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatLongDate,
  formatMastheadDate,
  secondsUntilNextSiteMidnight,
  siteDay,
  addDaysToDay,
  zonedInstant,
  startOfSiteDay,
} from '@/lib/dates/format';

const LONDON = 'Europe/London';

describe('masthead date', () => {
  it('writes the day like "Monday, 22 July 2019"', () => {
    expect(formatMastheadDate(new Date('2019-07-22T09:00:00Z'), LONDON)).toBe('Monday, 22 July 2019');
  });

  it('is already tomorrow at 23:30 UTC on a London summer day (BST, UTC+1)', () => {
    const instant = new Date('2019-07-22T23:30:00Z');
    expect(formatMastheadDate(instant, LONDON)).toBe('Tuesday, 23 July 2019');
    expect(formatMastheadDate(instant, 'UTC')).toBe('Monday, 22 July 2019');
  });

  it('is still today at 23:30 UTC on a London winter day (GMT, UTC+0)', () => {
    expect(formatMastheadDate(new Date('2019-01-14T23:30:00Z'), LONDON)).toBe('Monday, 14 January 2019');
  });

  it('follows the configured zone, not the server zone', () => {
    const instant = new Date('2019-07-22T20:00:00Z');
    expect(formatMastheadDate(instant, 'Pacific/Auckland')).toBe('Tuesday, 23 July 2019');
    expect(formatMastheadDate(instant, 'America/Los_Angeles')).toBe('Monday, 22 July 2019');
  });
});

describe('article dates', () => {
  it('writes "16 May 2019" and a 24-hour clock in the site zone', () => {
    const instant = new Date('2019-05-16T13:05:00Z');
    expect(formatLongDate(instant, LONDON)).toBe('16 May 2019');
    expect(formatClock(instant, LONDON)).toBe('14:05');
  });

  it('handles the hour that does not exist when the clocks go forward', () => {
    // 31 March 2019 01:00 GMT → 02:00 BST; 01:30 UTC is 02:30 BST.
    expect(formatClock(new Date('2019-03-31T01:30:00Z'), LONDON)).toBe('02:30');
    expect(formatClock(new Date('2019-03-31T00:30:00Z'), LONDON)).toBe('00:30');
  });

  it('handles the hour that happens twice when the clocks go back', () => {
    // 27 October 2019 02:00 BST → 01:00 GMT: 00:30 UTC and 01:30 UTC are both "01:30" in London.
    expect(formatClock(new Date('2019-10-27T00:30:00Z'), LONDON)).toBe('01:30');
    expect(formatClock(new Date('2019-10-27T01:30:00Z'), LONDON)).toBe('01:30');
  });
});

describe('site days', () => {
  it('keys an instant by its calendar day in the site zone', () => {
    expect(siteDay(new Date('2019-07-22T23:30:00Z'), LONDON)).toBe('2019-07-23');
  });

  it('finds the instant a day starts, in summer and in winter', () => {
    expect(startOfSiteDay('2019-07-23', LONDON)?.toISOString()).toBe('2019-07-22T23:00:00.000Z');
    expect(startOfSiteDay('2019-01-14', LONDON)?.toISOString()).toBe('2019-01-14T00:00:00.000Z');
  });

  it('refuses days that do not exist', () => {
    expect(startOfSiteDay('2019-02-30', LONDON)).toBeNull();
    expect(startOfSiteDay('2019-13-01', LONDON)).toBeNull();
    expect(startOfSiteDay('yesterday', LONDON)).toBeNull();
  });

  it('counts the seconds to the next midnight there, across DST changes', () => {
    expect(secondsUntilNextSiteMidnight(new Date('2019-07-22T22:59:00Z'), LONDON)).toBe(60);
    // The night the clocks go back: from 00:00 BST (23:00Z) the next midnight is 25 hours away.
    expect(secondsUntilNextSiteMidnight(new Date('2019-10-26T23:00:00Z'), LONDON)).toBe(25 * 3600);
    // The night the clocks go forward: a 23-hour day.
    expect(secondsUntilNextSiteMidnight(new Date('2019-03-31T00:00:00Z'), LONDON)).toBe(23 * 3600);
  });
});

describe('zoned wall-clock times', () => {
  it('finds a wall-clock time in summer and winter', () => {
    expect(zonedInstant('2019-07-22', 9, 30, LONDON)?.toISOString()).toBe('2019-07-22T08:30:00.000Z');
    expect(zonedInstant('2019-01-22', 9, 30, LONDON)?.toISOString()).toBe('2019-01-22T09:30:00.000Z');
  });

  it('takes the first of a time that happens twice and moves past a time that never happens', () => {
    expect(zonedInstant('2019-10-27', 1, 30, LONDON)?.toISOString()).toBe('2019-10-27T00:30:00.000Z');
    // 01:30 does not exist on 31 March 2019 in London (01:00 GMT → 02:00 BST): it becomes 02:30 BST.
    expect(zonedInstant('2019-03-31', 1, 30, LONDON)?.toISOString()).toBe('2019-03-31T01:30:00.000Z');
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDaysToDay('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDaysToDay('2020-03-01', -1)).toBe('2020-02-29');
  });
});
