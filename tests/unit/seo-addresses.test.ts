import { describe, expect, it } from 'vitest';
import { feedAlternates, feedPath, parseFeedPath } from '@/lib/feeds/links';
import { parseArticlesFile, parseListingFile, partsFor, sitemapPaths } from '@/lib/sitemaps/files';
import { monthRange, monthsBetween, nextMonth } from '@/lib/sitemaps/months';
import { DISALLOWED, robotsFile } from '@/lib/sitemaps/robots';
import { newsLanguage } from '@/lib/sitemaps/xml';

describe('sitemap addresses', () => {
  it('round-trips article months and numbered parts', () => {
    expect(sitemapPaths.articles('2026-11')).toBe('/sitemaps/articles/2026-11.xml');
    expect(sitemapPaths.articles('2026-11', 2)).toBe('/sitemaps/articles/2026-11-2.xml');
    expect(parseArticlesFile('2026-11.xml')).toEqual({ month: '2026-11', part: 1 });
    expect(parseArticlesFile('2026-11-2.xml')).toEqual({ month: '2026-11', part: 2 });
    for (const bad of ['2026-11-1.xml', '2026-13.xml', '2026-11-02.xml', '2026-11', '../2026-11.xml', '2026-11.xml.gz']) {
      expect(parseArticlesFile(bad), bad).toBeNull();
    }
  });

  it('round-trips the listings', () => {
    expect(parseListingFile('sections.xml')).toEqual({ kind: 'sections', part: 1 });
    expect(parseListingFile('tags-3.xml')).toEqual({ kind: 'tags', part: 3 });
    expect(parseListingFile('authors.xml')).toEqual({ kind: 'authors', part: 1 });
    expect(parseListingFile('articles.xml')).toBeNull();
    expect(parseListingFile('tags-1.xml')).toBeNull();
  });

  it('splits at 50,000 addresses', () => {
    expect([0, 1, 50_000, 50_001, 100_001].map(partsFor)).toEqual([1, 1, 1, 2, 3]);
  });

  it('counts months in the site’s time zone', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    // London is on summer time on 1 July: the month starts at 23:00 UTC the day before.
    expect(monthRange('2026-07', 'Europe/London')).toEqual({ start: new Date('2026-06-30T23:00:00Z'), end: new Date('2026-07-31T23:00:00Z') });
    // In winter the month starts at midnight UTC.
    expect(monthRange('2026-12', 'Europe/London').start).toEqual(new Date('2026-12-01T00:00:00Z'));
  });

  it('names the news language as ISO 639', () => {
    expect(['en-GB', 'en', 'fr-CA', 'zh-Hant-TW', 'zh-CN', 'pt_BR'].map(newsLanguage)).toEqual(['en', 'en', 'fr', 'zh-tw', 'zh-cn', 'pt']);
  });
});

describe('robots.txt', () => {
  it('keeps crawlers out of the newsroom, the API, previews and search results, and names both sitemaps', () => {
    const robots = robotsFile();
    expect(robots.rules).toEqual({ userAgent: '*', allow: '/', disallow: DISALLOWED });
    expect(DISALLOWED).toEqual(expect.arrayContaining(['/admin/', '/api/', '/preview/', '/search$', '/search?']));
    expect(robots.sitemap).toEqual(['http://localhost:3000/sitemap.xml', 'http://localhost:3000/news-sitemap.xml']);
  });

  it('does not block a section whose name merely starts like a reserved address', () => {
    const blocked = (path: string) =>
      DISALLOWED.some((rule) => (rule.endsWith('$') ? path === rule.slice(0, -1) : path.startsWith(rule)));
    expect(['/admin', '/admin/articles', '/search', '/search?q=x', '/api/health', '/preview/abc'].every(blocked)).toBe(true);
    expect(['/administration', '/searchlight', '/apiary', '/previews', '/news/search-party'].some(blocked)).toBe(false);
  });
});

describe('feed addresses', () => {
  it('keeps feeds under /feeds/, never where an article could be', () => {
    expect(feedPath({ kind: 'site', slug: null }, 'rss')).toBe('/feeds/rss.xml');
    expect(feedPath({ kind: 'section', slug: 'business' }, 'atom')).toBe('/feeds/section/business/atom.xml');
    expect(feedPath({ kind: 'author', slug: 'ruth-abernathy' }, 'json')).toBe('/feeds/author/ruth-abernathy/feed.json');
    expect(parseFeedPath(['tag', 'harbour', 'rss.xml'])).toEqual({ ref: { kind: 'tag', slug: 'harbour' }, format: 'rss' });
    expect(parseFeedPath(['atom.xml'])).toEqual({ ref: { kind: 'site', slug: null }, format: 'atom' });
    for (const bad of [['site', 'x', 'rss.xml'], ['tag', 'rss.xml'], ['tag', 'a', 'b', 'rss.xml'], ['tag', 'a', 'feed.xml'], []]) {
      expect(parseFeedPath(bad), bad.join('/')).toBeNull();
    }
  });

  it('gives a page the discovery links of its own feeds, then the site’s', () => {
    const types = feedAlternates('section', 'business', 'Business');
    expect(types['application/rss+xml']).toEqual([
      { url: '/feeds/section/business/rss.xml', title: 'Business (RSS)' },
      { url: '/feeds/rss.xml', title: 'All stories (RSS)' },
    ]);
    expect(Object.keys(types)).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
    expect(feedAlternates('site')['application/atom+xml']).toEqual([{ url: '/feeds/atom.xml', title: 'All stories (Atom)' }]);
  });
});
