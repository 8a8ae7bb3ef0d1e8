import type { APIRequestContext } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { siteConfig } from '../../lib/config/site';
import { monthOf } from '../../lib/sitemaps/months';
import { E2E_INDEXNOW_KEY, INDEXNOW_RECEIVER_PORT } from '../env';
import { firstSeen } from '../timing';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';
import { EditorPage } from '../pages/editor-page';

// The one publish step, seen from outside: publishing in the admin puts the story, within 2 seconds and without a
// rebuild, into the news sitemap, the site and section feeds and its month's sitemap (with a fresh lastmod), and
// sends its address to IndexNow; unpublishing takes it out of all of them and its address answers 404.

type Ping = { host: string; key: string; keyLocation: string; urlList: string[] };

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) });

/** Every IndexNow ping the e2e server has sent (to e2e/indexnow-receiver.mjs, started with the site) that names `url`. */
async function pingsNaming(request: APIRequestContext, url: string): Promise<Ping[]> {
  const response = await request.get(`http://127.0.0.1:${INDEXNOW_RECEIVER_PORT}/pings`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as Ping[]).filter((ping) => ping.urlList.includes(url));
}

async function xml(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const body = await response.text();
  expect(XMLValidator.validate(body), path).toBe(true);
  return body;
}

/** Where the story shows: the news sitemap, the site and section feeds, and its month's sitemap with its lastmod. */
async function appearances(request: APIRequestContext, url: string, sectionSlug: string, month: string) {
  const [news, site, section, monthXml] = await Promise.all([
    xml(request, '/news-sitemap.xml'),
    xml(request, '/feeds/rss.xml'),
    xml(request, `/feeds/section/${sectionSlug}/rss.xml`),
    request.get(`/sitemaps/articles/${month}.xml`).then((r) => (r.status() === 200 ? r.text() : '')),
  ]);
  const newsLocs = ((parser.parse(news) as { urlset: { url?: { loc: string }[] } }).urlset.url ?? []).map((u) => u.loc);
  const monthUrls = monthXml ? ((parser.parse(monthXml) as { urlset: { url?: { loc: string; lastmod?: string }[] } }).urlset.url ?? []) : [];
  return {
    newsSitemap: newsLocs.includes(url),
    siteFeed: parseFeed(site).items.some((i) => i.url === url),
    sectionFeed: parseFeed(section).items.some((i) => i.url === url),
    monthSitemap: monthUrls.some((u) => u.loc === url),
    lastmod: monthUrls.find((u) => u.loc === url)?.lastmod ?? null,
  };
}

test('publishing updates the sitemaps, feeds and IndexNow within 2 seconds; unpublishing takes it out of all of them', async ({ page, db, request, baseURL }) => {
  test.setTimeout(90_000);
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const headline = `Lifeboat crew rescue two kayakers ${Date.now().toString(36)}`;
  await desk.create(headline, 'News');
  await desk.standfirst().fill('The pair were found clinging to a buoy off Gull Point.');
  await desk.typeBody('The inshore lifeboat launched at 6.40am and reached them within twenty minutes.');
  await desk.waitForSaved();

  // Publish.
  await desk.step('Publish now');
  await expect(desk.status()).toHaveText('Published');
  const published = Date.now();
  const row = await db.article.findFirstOrThrow({ where: { headline }, include: { section: true } });
  const url = `${baseURL}/${row.section.slug}/${row.slug}`;
  const month = monthOf(row.publishedAt!, siteConfig().timeZone);
  const everywhere = { newsSitemap: true, siteFeed: true, sectionFeed: true, monthSitemap: true, lastmod: true };
  const shownAfter = await firstSeen(published, async () => {
    const seen = await appearances(request, url, row.section.slug, month);
    return { ...seen, lastmod: seen.lastmod !== null && Date.parse(seen.lastmod) >= row.publishedAt!.getTime() };
  }, everywhere);
  expect(shownAfter, 'ms from publishing until a request saw the story everywhere').toBeLessThan(2_000);
  const index = await xml(request, '/sitemap.xml');
  expect(index).toContain(`${baseURL}/sitemaps/articles/${month}.xml`);

  // IndexNow: the story's address, with the site's key, whose key file answers at the root.
  await expect.poll(async () => (await pingsNaming(request, url)).length, { timeout: 10_000 }).toBe(1);
  expect((await pingsNaming(request, url))[0]).toEqual({
    host: new URL(baseURL!).host,
    key: E2E_INDEXNOW_KEY,
    keyLocation: `${baseURL}/${E2E_INDEXNOW_KEY}.txt`,
    urlList: expect.arrayContaining([url]),
  });
  const keyFile = await request.get(`/${E2E_INDEXNOW_KEY}.txt`);
  expect(keyFile.status()).toBe(200);
  expect(await keyFile.text()).toBe(E2E_INDEXNOW_KEY);

  // Unpublish.
  await desk.step('Unpublish');
  await expect(desk.status()).toHaveText('Unpublished');
  const unpublished = Date.now();
  const nowhere = { newsSitemap: false, siteFeed: false, sectionFeed: false, monthSitemap: false, status: 404 };
  const goneAfter = await firstSeen(unpublished, async () => {
    const seen = await appearances(request, url, row.section.slug, month);
    return { newsSitemap: seen.newsSitemap, siteFeed: seen.siteFeed, sectionFeed: seen.sectionFeed, monthSitemap: seen.monthSitemap, status: (await request.get(url)).status() };
  }, nowhere);
  expect(goneAfter, 'ms from unpublishing until a request saw the story gone everywhere').toBeLessThan(2_000);
  await expect.poll(async () => (await pingsNaming(request, url)).length, { timeout: 10_000 }).toBe(2);
});

test('robots.txt, the sitemap index and the feeds answer from the production build, and pages link their feeds', async ({ page, request, baseURL }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  for (const line of ['Disallow: /admin/', 'Disallow: /api/', 'Disallow: /preview/', 'Disallow: /search$']) expect(rules).toContain(line);
  expect(rules).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(rules).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);

  const index = parser.parse(await xml(request, '/sitemap.xml')) as { sitemapindex: { '@_xmlns': string; sitemap: { loc: string }[] } };
  expect(index.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  for (const { loc } of index.sitemapindex.sitemap) {
    const child = parser.parse(await xml(request, new URL(loc).pathname)) as { urlset: { '@_xmlns': string; url?: { loc: string }[] } };
    expect(child.urlset['@_xmlns'], loc).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(child.urlset.url?.length, loc).toBeGreaterThan(0);
  }

  const atom = parseFeed(await xml(request, '/feeds/atom.xml'));
  expect(atom.items.length).toBeGreaterThan(0);
  const json = (await (await request.get('/feeds/feed.json')).json()) as { items: unknown[] };
  expect(json.items.length).toBe(atom.items.length);

  await page.goto('/news');
  const feeds = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(feeds).toHaveCount(2);
  await expect(feeds.first()).toHaveAttribute('href', `${baseURL}/feeds/section/news/rss.xml`);
  const section = parseFeed(await xml(request, '/feeds/section/news/rss.xml'));
  expect(section.items.length).toBeGreaterThan(0);
});
