import { describe, expect, it } from 'vitest';
import { parseArchivePath, periodRange } from '@/lib/archive/periods';
import { getArchiveDay, getArchiveMonth, getArchiveYear, getArchiveYears } from '@/lib/archive/queries';
import { siteConfig } from '@/lib/config/site';
import { zonedInstant } from '@/lib/dates/format';
import { tagsForChange } from '@/lib/publishing/invalidate';
import { PAGE_SIZE } from '@/lib/routes';
import { createArticle, createSection } from './factories';

// The archive by date, in the site's time zone (Europe/London here: BST, UTC+1, in summer). The stories live in
// 1994, a year no other suite writes to.

const local = (day: string, hour: number, minute: number) => zonedInstant(day, hour, minute, siteConfig().timeZone)!;

describe('the archive', () => {
  it('files a story under its local day and month, not its UTC one', async () => {
    const section = await createSection();
    // 23:30 on 31 May local is 22:30 UTC the same day; 00:30 on 1 June local is still 31 May in UTC.
    const lateMay = await createArticle({ sectionId: section.id, headline: 'Late on the last day of May', publishedAt: local('1994-05-31', 23, 30) });
    const earlyJune = await createArticle({ sectionId: section.id, headline: 'Just after midnight in June', publishedAt: local('1994-06-01', 0, 30) });
    expect(earlyJune.publishedAt!.toISOString()).toBe('1994-05-31T23:30:00.000Z');

    expect((await getArchiveDay('1994-05-31', 1)).items.map((s) => s.headline)).toEqual([lateMay.headline]);
    expect((await getArchiveDay('1994-06-01', 1)).items.map((s) => s.headline)).toEqual([earlyJune.headline]);
    expect((await getArchiveMonth('1994-06', 1)).days).toEqual([{ key: '1994-06-01', label: '1 June', url: '/archive/1994/06/01', count: 1 }]);
  });

  it('counts stories per month and per day, leaving out what readers cannot see', async () => {
    const section = await createSection();
    for (const [day, hour] of [['1994-03-02', 9], ['1994-03-02', 17], ['1994-03-20', 12], ['1994-11-05', 8]] as const) {
      await createArticle({ sectionId: section.id, publishedAt: local(day, hour, 0) });
    }
    await createArticle({ sectionId: section.id, status: 'draft', publishedAt: local('1994-03-02', 10, 0) });
    await createArticle({ sectionId: section.id, status: 'unpublished', publishedAt: local('1994-03-02', 11, 0) });

    const months = await getArchiveYear('1994');
    expect(months.find((m) => m.key === '1994-03')).toEqual({ key: '1994-03', label: 'March', url: '/archive/1994/03', count: 3 });
    expect(months.find((m) => m.key === '1994-11')).toMatchObject({ label: 'November', count: 1 });
    expect(months.find((m) => m.key === '1994-04')).toBeUndefined();

    const march = await getArchiveMonth('1994-03', 1);
    expect(march.days.map((d) => [d.key, d.count])).toEqual([
      ['1994-03-02', 2],
      ['1994-03-20', 1],
    ]);
    expect(march.stories.total).toBe(3);
    expect(march.stories.items.map((s) => s.publishedAt.getTime())).toEqual([...march.stories.items.map((s) => s.publishedAt.getTime())].sort((a, b) => b - a));
    expect((await getArchiveYears()).find((y) => y.key === '1994')?.count).toBeGreaterThanOrEqual(6);
  });

  it('pages a day’s stories newest first', async () => {
    const section = await createSection();
    for (let i = 0; i < PAGE_SIZE + 1; i++) await createArticle({ sectionId: section.id, headline: `Busy day story ${i}`, publishedAt: local('1994-08-09', 8, i) });
    const first = await getArchiveDay('1994-08-09', 1);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: PAGE_SIZE + 1 });
    expect(first.items[0]!.headline).toBe(`Busy day story ${PAGE_SIZE}`);
    expect((await getArchiveDay('1994-08-09', 2)).items.map((s) => s.headline)).toEqual(['Busy day story 0']);
  });

  it('reads only real dates written as the archive writes them', () => {
    for (const bad of [['2019', '13'], ['2019', '02', '30'], ['2019', '02', '29'], ['2019', '05', '40'], ['2019', '5'], ['2019', '05', '6'], ['19'], ['abcd'], ['2019', 'may'], ['2019', '05', '16', 'x'], ['2019', 'page', '2'], ['2019', '05', 'page', '1'], ['2019', '05', 'page', '02'], ['page', '2']]) {
      expect(parseArchivePath(bad), bad.join('/')).toBeNull();
    }
    expect(parseArchivePath([])).toEqual({ period: null, page: 1 });
    expect(parseArchivePath(['2020', '02', '29'])).toMatchObject({ period: { kind: 'day', key: '2020-02-29' }, page: 1 });
    expect(parseArchivePath(['2019', '05', 'page', '3'])).toMatchObject({ period: { kind: 'month', key: '2019-05' }, page: 3 });
    expect(parseArchivePath(['2019', '05', '16', 'page', '2'])).toMatchObject({ period: { kind: 'day', key: '2019-05-16' }, page: 2 });
  });

  it('spans local days across the clock change (a 23-hour day in March)', () => {
    const period = parseArchivePath(['2019', '03', '31'])!.period!;
    const { start, end } = periodRange(period);
    expect([start.toISOString(), end.toISOString()]).toEqual(['2019-03-31T00:00:00.000Z', '2019-03-31T23:00:00.000Z']);
  });

  it('is refreshed by publishing: the change names the story’s day, month and year', () => {
    const footprint = { slug: 's', sectionSlug: 'news', authorSlugs: [], tagSlugs: [], live: true, publishedAt: local('1994-06-01', 0, 30) };
    expect(tagsForChange(null, footprint)).toEqual(expect.arrayContaining(['archive', 'archive:1994', 'archive:1994-06', 'archive:1994-06-01']));
    expect(tagsForChange(null, { ...footprint, live: false })).toEqual([]);
  });
});
