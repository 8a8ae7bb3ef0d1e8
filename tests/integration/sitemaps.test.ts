import { randomUUID } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { databaseTarget } from '@/lib/db/url';
import { invalidateRedirects } from '@/lib/redirects/table';
import { SITEMAP_MAX_URLS } from '@/lib/sitemaps/files';
import { NEWS_MAX_URLS, sitemapFiles } from '@/lib/sitemaps/queries';
import { articlesSitemapResponse, listingSitemapResponse, newsSitemapResponse } from '@/lib/sitemaps/responses';
import { indexResponse } from '@/lib/sitemaps/xml';
import { createAuthor, createSection, createTag } from './factories';

// The sitemaps, generated from a real database and read back with an XML parser. Everything runs at a fixed clock in
// 2003, where only this file's stories are visible: other tests' data (published around today) is in the future.

const NOW = new Date('2003-06-01T12:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3600_000);
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const run = randomUUID().slice(0, 8);
const origin = siteConfig().url;

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'image:image'].includes(name) });

type UrlNode = { loc: string; lastmod?: string; 'image:image'?: { 'image:loc': string }[]; 'news:news'?: NewsNode };
type NewsNode = { 'news:publication': { 'news:name': string; 'news:language': string }; 'news:publication_date': string; 'news:title': string };

/** Reads a sitemap response: well-formed XML (or the test fails), its root element and its entries. */
async function read(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as { urlset?: Record<string, string> & { url?: UrlNode[] }; sitemapindex?: { '@_xmlns': string; sitemap?: { loc: string; lastmod?: string }[] } };
}

let section: { id: string; slug: string };
let imagePath: string;
const stories: Record<string, { id: string; slug: string; path: string; headline: string; publishedAt: Date | null }> = {};

type StoryInput = { status?: string; publishedAt: Date | null; noindex?: boolean; canonicalUrl?: string; hero?: boolean; authorId?: string; tagId?: string };

async function story(name: string, input: StoryInput) {
  const slug = `${name}-${run}`;
  const row = await db.article.create({
    data: {
      slug,
      headline: `${name} & <friends> ${run}`,
      status: input.status ?? 'published',
      publishedAt: input.publishedAt,
      sectionId: section.id,
      noindex: input.noindex ?? false,
      canonicalUrl: input.canonicalUrl ?? '',
      ...(input.hero ? { heroImageId: (await db.image.findUniqueOrThrow({ where: { path: imagePath } })).id } : {}),
      ...(input.authorId ? { authors: { create: [{ authorId: input.authorId, position: 0 }] } } : {}),
      ...(input.tagId ? { tags: { create: [{ tagId: input.tagId }] } } : {}),
    },
  });
  stories[name] = { id: row.id, slug, path: `/${section.slug}/${slug}`, headline: row.headline, publishedAt: row.publishedAt };
  return row;
}

/**
 * `count` copies of an article in one statement, the n-th published n seconds after it: thousands of rows in well
 * under a second (Prisma's createMany takes about half a minute for 50,000 here).
 */
async function cloneArticle(templateId: string, count: number, prefix: string) {
  const publishedAt =
    databaseTarget().kind === 'postgresql'
      ? Prisma.sql`a."publishedAt" + n.i * interval '1 second'`
      : Prisma.sql`strftime('%Y-%m-%dT%H:%M:%f+00:00', a."publishedAt", '+' || n.i || ' seconds')`;
  await db.$executeRaw`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
    INSERT INTO "Article" ("id", "slug", "headline", "status", "publishedAt", "modifiedAt", "createdAt", "sectionId", "heroImageId")
    SELECT ${prefix} || '-' || n.i, ${prefix} || '-' || n.i, a."headline", a."status", ${publishedAt}, a."modifiedAt", a."createdAt", a."sectionId", a."heroImageId"
    FROM n CROSS JOIN "Article" a WHERE a."id" = ${templateId}`;
}

const locs = (urlset: { url?: UrlNode[] } | undefined) => (urlset?.url ?? []).map((u) => u.loc);
const absolute = (path: string) => `${origin}${path}`;

let tag: { id: string; slug: string };
let draftOnlyTag: { id: string; slug: string };
let author: { id: string; slug: string };

beforeAll(async () => {
  section = await createSection('Sitemap desk');
  tag = await createTag('Sitemap topic');
  draftOnlyTag = await createTag('Draft-only topic');
  author = await createAuthor('Sitemap Writer');
  imagePath = `test/${run}-harbour.jpg`;
  await db.image.create({ data: { path: imagePath, mimeType: 'image/jpeg', width: 1600, height: 900, sizeBytes: 1234, alt: 'The harbour' } });

  await story('control', { publishedAt: hoursAgo(0.2), hero: true, authorId: author.id, tagId: tag.id });
  await story('scheduled-due', { status: 'scheduled', publishedAt: hoursAgo(0.25) });
  await story('draft', { status: 'draft', publishedAt: hoursAgo(0.3), tagId: draftOnlyTag.id });
  await story('in-review', { status: 'review', publishedAt: null });
  await story('unpublished', { status: 'unpublished', publishedAt: hoursAgo(0.3) });
  await story('scheduled-later', { status: 'scheduled', publishedAt: new Date(NOW.getTime() + 3600_000) });
  await story('published-future', { publishedAt: new Date(NOW.getTime() + 7200_000) });
  await story('noindex', { publishedAt: hoursAgo(0.3), noindex: true });
  await story('syndicated', { publishedAt: hoursAgo(0.3), canonicalUrl: 'https://elsewhere.example/original' });
  await story('redirected', { publishedAt: hoursAgo(0.3) });
  await db.redirect.create({ data: { fromPath: stories.redirected!.path, toPath: '/somewhere-else', kind: 'manual' } });
  invalidateRedirects();
  await story('two-days-old', { publishedAt: hoursAgo(49) });

  // 1,005 stories an hour old: more than the news sitemap may list.
  const news = await story('news-template', { publishedAt: hoursAgo(1) });
  await cloneArticle(news.id, NEWS_MAX_URLS + 4, `news-${run}`);
  // 50,010 stories in March 2003: one more file than a single sitemap can hold.
  const march = await story('march-template', { publishedAt: new Date('2003-03-15T10:00:00Z'), hero: true });
  await cloneArticle(march.id, SITEMAP_MAX_URLS + 9, `march-${run}`);
}, 120_000);

afterAll(async () => {
  await db.redirect.deleteMany({ where: { fromPath: { startsWith: `/${section.slug}/` } } });
  await db.article.deleteMany({ where: { sectionId: section.id } });
  await db.image.deleteMany({ where: { path: imagePath } });
}, 120_000);

const EXCLUDED = ['draft', 'in-review', 'unpublished', 'scheduled-later', 'published-future', 'noindex', 'syndicated', 'redirected'];

describe('the Google News sitemap', () => {
  it('lists at most 1,000 stories of the last 48 hours, newest first, in the news namespace', async () => {
    const { urlset } = await read(await newsSitemapResponse(NOW));
    expect(urlset?.['@_xmlns']).toBe(SITEMAP_NS);
    expect(urlset?.['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls = urlset?.url ?? [];
    expect(urls).toHaveLength(NEWS_MAX_URLS);
    const dates = urls.map((u) => Date.parse(u['news:news']!['news:publication_date']));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(dates.every((d) => d >= hoursAgo(48).getTime() && d <= NOW.getTime())).toBe(true);
    expect(new Set(urls.map((u) => u.loc)).size).toBe(NEWS_MAX_URLS);
  });

  it('names the publication, the language as ISO 639, the publication time and the headline', async () => {
    const { urlset } = await read(await newsSitemapResponse(NOW));
    const control = urlset?.url?.find((u) => u.loc === absolute(stories.control!.path));
    expect(control?.['news:news']).toEqual({
      'news:publication': { 'news:name': siteConfig().name, 'news:language': 'en' },
      'news:publication_date': stories.control!.publishedAt!.toISOString(),
      'news:title': stories.control!.headline,
    });
  });

  it('leaves out drafts, future, noindex, syndicated and redirected stories, and older ones', async () => {
    const listed = locs((await read(await newsSitemapResponse(NOW))).urlset);
    for (const name of ['control', 'scheduled-due']) expect(listed, name).toContain(absolute(stories[name]!.path));
    for (const name of [...EXCLUDED, 'two-days-old']) expect(listed, name).not.toContain(absolute(stories[name]!.path));
  });

  it('is an empty, valid urlset when nothing went out in two days', async () => {
    const { urlset } = await read(await newsSitemapResponse(new Date('1990-01-01T00:00:00Z')));
    expect(urlset?.url ?? []).toEqual([]);
  });
});

describe('the article sitemaps', () => {
  it('split a month of more than 50,000 stories into numbered files, streamed', { timeout: 120_000 }, async () => {
    const first = await articlesSitemapResponse('2003-03.xml', NOW);
    // The body arrives in many pieces, not as one string built in memory.
    const reader = first.clone().body!.getReader();
    let chunks = 0;
    while (!(await reader.read()).done) chunks++;
    expect(chunks).toBeGreaterThan(100);
    const one = locs((await read(first)).urlset);
    const two = locs((await read(await articlesSitemapResponse('2003-03-2.xml', NOW))).urlset);
    expect(one).toHaveLength(SITEMAP_MAX_URLS);
    expect(two).toHaveLength(10);
    expect(new Set([...one, ...two]).size).toBe(SITEMAP_MAX_URLS + 10);
    expect((await articlesSitemapResponse('2003-03-3.xml', NOW)).status).toBe(404);
  });

  it('list each story with its real last change and its hero picture, in the image namespace', async () => {
    const { urlset } = await read(await articlesSitemapResponse('2003-06.xml', NOW));
    expect(urlset?.['@_xmlns:image']).toBe('http://www.google.com/schemas/sitemap-image/1.1');
    const control = urlset?.url?.find((u) => u.loc === absolute(stories.control!.path));
    const row = await db.article.findUniqueOrThrow({ where: { id: stories.control!.id } });
    // Written after its publication time: the last write is the latest moment.
    expect(control?.lastmod).toBe(row.modifiedAt.toISOString());
    expect(control?.['image:image']).toEqual([{ 'image:loc': absolute(`/media/${imagePath}`) }]);
  });

  it('date a story scheduled ahead by when it went out, not by its last save', async () => {
    const scheduledAt = hoursAgo(0.1);
    const row = await db.article.create({
      data: { slug: `early-save-${run}`, headline: 'Saved early', status: 'scheduled', publishedAt: scheduledAt, sectionId: section.id, modifiedAt: hoursAgo(5) },
    });
    const { urlset } = await read(await articlesSitemapResponse('2003-06.xml', NOW));
    const entry = urlset?.url?.find((u) => u.loc === absolute(`/${section.slug}/${row.slug}`));
    expect(Date.parse(entry!.lastmod!)).toBeGreaterThanOrEqual(scheduledAt.getTime());
    await db.article.delete({ where: { id: row.id } });
  });

  it('never list drafts, future, noindex, syndicated or redirected stories', async () => {
    const listed = [
      ...locs((await read(await articlesSitemapResponse('2003-06.xml', NOW))).urlset),
      ...locs((await read(await articlesSitemapResponse('2003-05.xml', NOW))).urlset),
    ];
    for (const name of ['control', 'scheduled-due', 'two-days-old']) expect(listed, name).toContain(absolute(stories[name]!.path));
    for (const name of EXCLUDED) expect(listed, name).not.toContain(absolute(stories[name]!.path));
  });

  it('answer 404 for a month without stories and for addresses that are not sitemaps', async () => {
    expect((await articlesSitemapResponse('1999-01.xml', NOW)).status).toBe(404);
    expect((await articlesSitemapResponse('2003-06-1.xml', NOW)).status).toBe(404);
    expect((await articlesSitemapResponse('latest.xml', NOW)).status).toBe(404);
  });
});

describe('the listing sitemaps', () => {
  it('list the homepage and the section fronts', async () => {
    const listed = locs((await read(await listingSitemapResponse('sections.xml', NOW))).urlset);
    expect(listed[0]).toBe(absolute('/'));
    expect(listed).toContain(absolute(`/${section.slug}`));
  });

  it('list tag and author pages with a visible story, dated by their newest story', async () => {
    const tags = (await read(await listingSitemapResponse('tags.xml', NOW))).urlset?.url ?? [];
    const entry = tags.find((u) => u.loc === absolute(`/tag/${tag.slug}`));
    expect(Date.parse(entry!.lastmod!)).toBeGreaterThanOrEqual(stories.control!.publishedAt!.getTime());
    expect(tags.map((u) => u.loc)).not.toContain(absolute(`/tag/${draftOnlyTag.slug}`));
    const authors = locs((await read(await listingSitemapResponse('authors.xml', NOW))).urlset);
    expect(authors).toContain(absolute(`/author/${author.slug}`));
    expect((await listingSitemapResponse('tags-2.xml', NOW)).status).toBe(404);
  });
});

describe('the sitemap index', () => {
  it('names every child sitemap by absolute URL, with the month split into parts', async () => {
    const { sitemapindex } = await read(indexResponse(await sitemapFiles(NOW)));
    expect(sitemapindex?.['@_xmlns']).toBe(SITEMAP_NS);
    const listed = (sitemapindex?.sitemap ?? []).map((s) => s.loc);
    expect(listed).toEqual(
      expect.arrayContaining(
        ['/sitemaps/sections.xml', '/sitemaps/tags.xml', '/sitemaps/authors.xml', '/sitemaps/articles/2003-06.xml', '/sitemaps/articles/2003-05.xml', '/sitemaps/articles/2003-03.xml', '/sitemaps/articles/2003-03-2.xml'].map(absolute),
      ),
    );
    expect(listed).not.toContain(absolute('/sitemaps/articles/2003-03-3.xml'));
    expect(listed).not.toContain(absolute('/sitemaps/articles/2003-04.xml'));
    expect((sitemapindex?.sitemap ?? []).every((s) => s.lastmod && !Number.isNaN(Date.parse(s.lastmod)))).toBe(true);
  });
});
