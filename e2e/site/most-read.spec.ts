import { aggregateViews, oldStory, read, storedViews } from '../factories/reader-stats';
import { clientAddress, expect, test } from '../fixtures';
import { MostReadList } from '../pages/reader-extras';

// "Most read" counts real browser visits on cached pages: a beacon from the page, aggregated per story per hour.

test('the homepage’s Most read list ranks stories by the visits counted after aggregation', async ({ page, db, home }) => {
  // Other tests read stories meanwhile; these three start level and far ahead, so only the visits below order them.
  const stories = [await oldStory(db, 'Most read first'), await oldStory(db, 'Most read second'), await oldStory(db, 'Most read third')];
  const earlier = new Date(Math.floor(Date.now() / 3600_000 - 2) * 3600_000);
  for (const story of stories) await db.articleViewHour.create({ data: { articleId: story.id, hour: earlier, views: 1_000_000 } });

  for (const [story, visits] of [[stories[2]!, 1], [stories[0]!, 3], [stories[1]!, 2]] as const) {
    for (let i = 0; i < visits; i++) expect((await read(page, story.url)).beacon.status()).toBe(202);
  }
  // Whatever the 5-second write has not stored yet is written now (on a busy machine it may have stored most).
  await aggregateViews(page.request);
  expect(await Promise.all(stories.map((s) => storedViews(db, s.id)))).toEqual([1_000_003, 1_000_002, 1_000_001]);

  await home.goto();
  const mostRead = new MostReadList(page);
  await expect(mostRead.region.getByText('In the last 24 hours')).toBeVisible();
  await expect(mostRead.links.first()).toHaveText(stories[0]!.headline);
  const headlines = await mostRead.links.allTextContents();
  expect(headlines.slice(0, 3)).toEqual(stories.map((s) => s.headline));
  await expect(mostRead.links.first()).toHaveAttribute('href', stories[0]!.url);

  // Beside the article too.
  await page.goto(stories[2]!.url);
  await expect(mostRead.links.first()).toHaveText(stories[0]!.headline);
});

test('a page served from the cache still counts its view', async ({ page, db }) => {
  const story = await oldStory(db, 'Cached read');
  await read(page, story.url);
  // The next visit is answered from the full-route cache, not rendered (unless another test's publish step just
  // refreshed the article pages: then the one after it is): the beacon counts it all the same.
  let visits = 1;
  let cached = false;
  while (!cached && visits < 6) {
    const again = await read(page, story.url);
    visits++;
    expect(again.beacon.status()).toBe(202);
    cached = again.page.headers()['x-nextjs-cache'] === 'HIT';
  }
  expect(cached, 'a visit answered from the cache').toBe(true);
  await aggregateViews(page.request);
  expect(await storedViews(db, story.id)).toBe(visits);
});

test('a search engine’s crawler is not counted', async ({ browser, page, db }) => {
  const story = await oldStory(db, 'Crawled read');
  const crawler = await browser.newContext({
    userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() },
  });
  const bot = await crawler.newPage();
  expect((await read(bot, story.url)).beacon.status()).toBe(204);
  await crawler.close();
  await aggregateViews(page.request);
  expect(await storedViews(db, story.id)).toBe(0);

  // A reader's visit to the same story does count.
  await read(page, story.url);
  await aggregateViews(page.request);
  expect(await storedViews(db, story.id)).toBe(1);
});

test('the beacon refuses what is not a view of a live story, and aggregation needs the server’s key', async ({ request, db }) => {
  const headers = { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' };
  const bad = await request.post('/api/views', { data: { articleId: '<script>' }, headers });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ message: expect.stringContaining('articleId') });
  const draft = await oldStory(db, 'Unread draft');
  await db.article.update({ where: { id: draft.id }, data: { status: 'draft', publishedAt: null } });
  expect((await request.post('/api/views', { data: { articleId: draft.id }, headers })).status()).toBe(404);
  expect((await request.post('/api/internal/views')).status()).toBe(404);
});
