import { describe, expect, it } from 'vitest';
import { tryToParsePath } from 'next/dist/lib/try-to-parse-path';
import { config } from '@/proxy';
import { canonicalPath } from '@/lib/seo/canonical-path';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { drawableText } from '@/lib/seo/og-card';
import { articleDateModified, MAX_HEADLINE, schemaHeadline } from '@/lib/seo/structured-data';

describe('canonical addresses', () => {
  it('drops trailing slashes and lower-cases reader addresses', () => {
    expect(canonicalPath('/news/')).toBe('/news');
    expect(canonicalPath('/news/harbour-story//')).toBe('/news/harbour-story');
    expect(canonicalPath('/News/Harbour-Story')).toBe('/news/harbour-story');
    expect(canonicalPath('/TAG/Harbour/page/2/')).toBe('/tag/harbour/page/2');
  });

  it('leaves canonical addresses and the front page alone', () => {
    for (const path of ['/', '/news', '/news/harbour-story', '/tag/harbour/page/2', '/author/ruth-abernathy']) {
      expect(canonicalPath(path), path).toBeNull();
    }
  });

  it('reads percent escapes as the characters they stand for', () => {
    // Browsers send upper-case hex: "é" is not an upper-case letter.
    expect(canonicalPath('/news/caf%C3%A9')).toBeNull();
    expect(canonicalPath('/news/CAF%C3%89')).toBe('/news/caf%C3%A9');
  });

  it('never lower-cases the application’s own addresses, whose case carries meaning', () => {
    expect(canonicalPath('/admin/invite/AbCdEf')).toBeNull();
    expect(canonicalPath('/media/uploads/2026/11/Harbour.jpg')).toBeNull();
    expect(canonicalPath('/og/crop/1200x675/seed/Harbour.jpg')).toBeNull();
    expect(canonicalPath('/preview/Abc')).toBeNull();
    expect(canonicalPath('/admin/articles/')).toBe('/admin/articles');
    // The links in newsletter e-mails: a confirmation token, a subscriber's key.
    expect(canonicalPath('/newsletters/confirm/x1SveDQhnXKUp7Lezi-CLr')).toBeNull();
    expect(canonicalPath('/newsletters/manage/AbCdEf_12')).toBeNull();
    expect(canonicalPath('/newsletters/unsubscribe/AbCdEf_12')).toBeNull();
    expect(canonicalPath('/Newsletters')).toBe('/newsletters');
  });
});

describe('the proxy matcher', () => {
  // Compiled as Next compiles it (the regular expression runs without the i flag, so it is case-sensitive).
  const matchers = config.matcher.map((m) => new RegExp(tryToParsePath(m).regexStr ?? '^$'));
  const runsProxy = (path: string) => matchers.some((m) => m.test(path));

  it('does not run for any canonical reader address (running it costs a cached page a third of its throughput)', () => {
    for (const path of ['/', '/news', '/news/harbour-story', '/edition/2026-12-06', '/news/page/2', '/tag/harbour/page/2', '/author/ruth-abernathy/page/3', '/og/crop/1200x675/seed/A.jpg']) {
      expect(runsProxy(path), path).toBe(false);
    }
    expect(runsProxy('/_next/static/chunks/AbC123.js')).toBe(false);
    expect(runsProxy('/media/seed/Harbour.jpg')).toBe(false);
    expect(runsProxy('/newsletters/confirm/x1SveDQhnXKUp7Lezi')).toBe(false);
    expect(runsProxy('/newsletters/manage/AbC')).toBe(false);
  });

  it('runs for every non-canonical variant', () => {
    for (const path of ['/news/', '/News', '/news/page/2/', '/Tag/harbour/page/2', '/news/harbour-story/', '/NEWS/HARBOUR-STORY']) {
      expect(runsProxy(path), path).toBe(true);
    }
  });
});

describe('JSON-LD serialisation', () => {
  it('keeps a closing script tag inside its string, and the JSON unchanged', () => {
    const data = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('structured-data headlines', () => {
  it('keeps headlines of up to 110 characters whole', () => {
    const headline = 'x'.repeat(MAX_HEADLINE);
    expect(schemaHeadline(headline)).toBe(headline);
  });

  it('cuts longer ones at a word, with an ellipsis', () => {
    const headline = 'Harbour authority approves plan to rebuild the Merrow breakwater after three winters of storms and repeated flooding on the quay';
    const cut = schemaHeadline(headline);
    expect(cut.length).toBeLessThanOrEqual(MAX_HEADLINE);
    expect(cut.endsWith('…')).toBe(true);
    expect(headline.startsWith(cut.slice(0, -1))).toBe(true);
    expect(headline[cut.length - 1]).toBe(' ');
  });
});

describe('dateModified', () => {
  const publishedAt = new Date('2026-11-20T09:00:00Z');

  it('is the Updated time when there is one, else the publication time', () => {
    expect(articleDateModified({ publishedAt, updatedAt: null })).toEqual(publishedAt);
    const updatedAt = new Date('2026-11-21T10:00:00Z');
    expect(articleDateModified({ publishedAt, updatedAt })).toEqual(updatedAt);
  });

  it('is never before the publication time (a story published again later)', () => {
    expect(articleDateModified({ publishedAt, updatedAt: new Date('2026-11-01T00:00:00Z') })).toEqual(publishedAt);
  });
});

describe('headline cards', () => {
  it('leave out what the shipped fonts cannot draw, so next/og never fetches a font', () => {
    expect(drawableText('Harbour 🌊 reopens — £40m   plan, café, Łódź 港')).toBe('Harbour reopens — £40m plan, café, Łódź');
  });
});
