import { randomUUID } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { visibleToReaders } from '@/lib/articles/visibility';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import { FEED_SIZE } from '@/lib/feeds/queries';
import { feedResponse } from '@/lib/feeds/responses';
import { createAuthor, createSection, createTag, minutesFromNow } from './factories';

// Every feed, generated from a real database and read back with an independent parser (@rowanmanning/feed-parser
// for RSS and Atom): its stories must be exactly the published ones, newest first.

const run = randomUUID().slice(0, 8);
const origin = siteConfig().url;
const absolute = (path: string) => `${origin}${path}`;
const paragraph = (content: unknown[]) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content }] });

let section: { id: string; slug: string; name: string };
let tag: { id: string; slug: string; name: string };
let author: { id: string; slug: string; name: string };
const published: { id: string; path: string; headline: string; publishedAt: Date }[] = [];
const hidden: string[] = [];
let imagePath: string;

beforeAll(async () => {
  section = await createSection(`Feed desk ${run}`);
  tag = await createTag(`Ferries ${run}`);
  author = await createAuthor(`Ada Feedwriter ${run}`);
  imagePath = `test/${run}-quay.jpg`;
  const image = await db.image.create({ data: { path: imagePath, mimeType: 'image/jpeg', width: 1600, height: 900, sizeBytes: 48_213, alt: 'The quay at dawn' } });
  const make = async (name: string, status: string, publishedAt: Date | null, extra: { headline?: string; hero?: boolean } = {}) => {
    const slug = `${name}-${run}`;
    const row = await db.article.create({
      data: {
        slug,
        headline: extra.headline ?? `${name} ${run}`,
        standfirst: `The standfirst of ${name}.`,
        body: paragraph([
          { type: 'text', text: 'Read the ' },
          { type: 'text', text: 'timetable', marks: [{ type: 'link', attrs: { href: '/news/timetable' } }] },
          { type: 'text', text: ' before you travel.' },
        ]),
        status,
        publishedAt,
        sectionId: section.id,
        heroImageId: extra.hero ? image.id : null,
        authors: { create: [{ authorId: author.id, position: 0 }] },
        tags: { create: [{ tagId: tag.id }] },
      },
    });
    const path = `/${section.slug}/${slug}`;
    if (status === 'published' && publishedAt && publishedAt <= new Date()) published.push({ id: row.id, path, headline: row.headline, publishedAt });
    else hidden.push(path);
  };
  await make('oldest', 'published', minutesFromNow(-90));
  await make('pictured', 'published', minutesFromNow(-60), { hero: true });
  // The newest story in the database (other test files leave dozens of stories from the last half hour), so the
  // site feed's 50 include it.
  await make('awkward', 'published', minutesFromNow(-0.2), { headline: `Fish & chips <b>tonight</b> ]]> at the quay ${run}` });
  await make('draft', 'draft', null);
  await make('later', 'scheduled', minutesFromNow(120));
  await make('withdrawn', 'unpublished', minutesFromNow(-45));
  published.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
});

afterAll(async () => {
  await db.article.deleteMany({ where: { sectionId: section.id } });
  await db.image.deleteMany({ where: { path: imagePath } });
});

afterEach(() => {
  delete process.env.FEED_CONTENT;
});

async function fetchFeed(segments: string[]) {
  const response = await feedResponse(segments);
  expect(response.status).toBe(200);
  const body = await response.text();
  return { response, body };
}

const lists = () => [
  { name: 'section', segments: ['section', section.slug], title: `${section.name} | ${siteConfig().name}` },
  { name: 'tag', segments: ['tag', tag.slug], title: `${tag.name} | ${siteConfig().name}` },
  { name: 'author', segments: ['author', author.slug], title: `${author.name} | ${siteConfig().name}` },
];

describe('section, tag and author feeds', () => {
  for (const format of ['rss.xml', 'atom.xml'] as const) {
    it(`list exactly the published stories, newest first, as ${format}`, async () => {
      for (const list of lists()) {
        const { response, body } = await fetchFeed([...list.segments, format]);
        expect(response.headers.get('content-type')).toBe(format === 'rss.xml' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8');
        expect(XMLValidator.validate(body), list.name).toBe(true);
        const feed = parseFeed(body);
        expect(feed.title, list.name).toBe(list.title);
        expect(feed.items.map((i) => i.url), list.name).toEqual(published.map((p) => absolute(p.path)));
        expect(feed.items.map((i) => i.title), list.name).toEqual(published.map((p) => p.headline));
        // RSS dates (RFC 822) carry whole seconds.
        const seconds = (d: Date | null | undefined) => (d ? Math.floor(d.getTime() / 1000) : null);
        expect(feed.items.map((i) => seconds(i.published)), list.name).toEqual(published.map((p) => seconds(p.publishedAt)));
        for (const path of hidden) expect(body, `${list.name} ${path}`).not.toContain(absolute(path));
      }
    });
  }

  it('carry bylines, categories, the full text with absolute links, and the hero picture as an enclosure', async () => {
    for (const format of ['rss.xml', 'atom.xml']) {
      const feed = parseFeed((await fetchFeed(['section', section.slug, format])).body);
      const item = feed.items.find((i) => i.url === absolute(published.find((p) => p.path.includes('/pictured-'))!.path))!;
      expect(item.authors.map((a) => a.name), format).toEqual([author.name]);
      expect(item.categories.map((c) => c.label ?? c.term), format).toEqual(expect.arrayContaining([section.name, tag.name]));
      expect(item.content, format).toContain(`href="${absolute('/news/timetable')}"`);
      expect(item.description, format).toBe('The standfirst of pictured.');
      expect(item.media, format).toEqual([expect.objectContaining({ url: absolute(`/media/${imagePath}`), mimeType: 'image/jpeg', length: 48_213 })]);
    }
  });

  it('carry only the standfirst when FEED_CONTENT=excerpt', async () => {
    process.env.FEED_CONTENT = 'excerpt';
    const feed = parseFeed((await fetchFeed(['tag', tag.slug, 'rss.xml'])).body);
    expect(feed.items[0]!.description).toMatch(/^The standfirst of /);
    expect(feed.items.every((i) => !i.content || !i.content.includes('timetable'))).toBe(true);
  });

  it('answer 404 for an unknown section, tag or author, and for addresses that are not feeds', async () => {
    expect((await feedResponse(['section', `missing-${run}`, 'rss.xml'])).status).toBe(404);
    expect((await feedResponse(['tag', `missing-${run}`, 'atom.xml'])).status).toBe(404);
    expect((await feedResponse(['author', `missing-${run}`, 'feed.json'])).status).toBe(404);
    expect((await feedResponse(['section', section.slug, 'feed.xml'])).status).toBe(404);
    expect((await feedResponse(['site', 'rss.xml'])).status).toBe(404);
  });
});

describe('the site feed', () => {
  it('lists the newest 50 stories readers can see, in RSS, Atom and JSON Feed alike', async () => {
    const expected = await db.article.findMany({
      where: visibleToReaders(new Date()),
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: FEED_SIZE,
      select: { slug: true, section: { select: { slug: true } } },
    });
    const urls = expected.map((r) => absolute(`/${r.section.slug}/${r.slug}`));
    for (const format of ['rss.xml', 'atom.xml']) {
      const feed = parseFeed((await fetchFeed([format])).body);
      expect(feed.title).toBe(siteConfig().name);
      expect(feed.items.map((i) => i.url), format).toEqual(urls);
    }
    const json = JSON.parse((await fetchFeed(['feed.json'])).body) as { version: string; items: { url: string; title: string; content_html: string }[] };
    expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\//);
    expect(json.items.map((i) => i.url)).toEqual(urls);
    const awkward = json.items.find((i) => i.url === absolute(published.find((p) => p.path.includes('/awkward-'))!.path));
    expect(awkward?.title).toBe(published.find((p) => p.path.includes('/awkward-'))!.headline);
  });

  it('answers 304 to a reader that already has the current version', async () => {
    const first = await feedResponse(['rss.xml']);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await feedResponse(['rss.xml'], etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});
