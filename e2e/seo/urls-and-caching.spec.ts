import { expect, test } from '../fixtures';
import { anyLiveStory } from '../factories/stories';
import { storyWithoutPicture } from '../factories/seo-stories';
import { fetchImage } from '../pages/seo-head';

// One address per page: trailing slashes and upper case answer 301 to the canonical address; article pages carry
// ETag and Last-Modified and answer conditional requests with 304.

const locationOf = (response: { headersArray(): { name: string; value: string }[] }) =>
  response.headersArray().find((h) => h.name.toLowerCase() === 'location')?.value;

test('a trailing slash answers 301 to the address without it, keeping the query', async ({ request, db }) => {
  const story = await anyLiveStory(db);
  for (const [variant, canonical] of [
    [`${story.url}/`, story.url],
    ['/news/', '/news'],
    ['/news/page/2/', '/news/page/2'],
    [`${story.url}/?ref=newsletter`, `${story.url}?ref=newsletter`],
  ]) {
    const response = await request.get(variant!, { maxRedirects: 0 });
    expect(response.status(), variant).toBe(301);
    expect(locationOf(response), variant).toBe(canonical);
  }
});

test('an address in upper case answers 301 to the lower-case one', async ({ request, db }) => {
  const story = await anyLiveStory(db);
  for (const [variant, canonical] of [
    [story.url.toUpperCase(), story.url],
    ['/NEWS', '/news'],
    ['/News/Page/2/', '/news/page/2'],
  ]) {
    const response = await request.get(variant!, { maxRedirects: 0 });
    expect(response.status(), variant).toBe(301);
    expect(locationOf(response), variant).toBe(canonical);
  }
  expect((await request.get(story.url, { maxRedirects: 0 })).status()).toBe(200);
});

test('an editor’s redirect from an old upper-case address wins over lower-casing it', async ({ request, db }) => {
  test.setTimeout(45_000);
  const story = await anyLiveStory(db);
  const from = `/Archive/Harbour-Plans-${Date.now().toString(36)}`;
  await db.redirect.create({ data: { fromPath: from, toPath: story.url, kind: 'manual' } });
  // Written behind the app's back: the server picks it up when its redirect table refreshes (every 10 s).
  await expect
    .poll(async () => locationOf(await request.get(`${from}/`, { maxRedirects: 0 })), { timeout: 25_000, intervals: [1_000] })
    .toBe(story.url);
  const response = await request.get(from, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(locationOf(response)).toBe(story.url);
});

test('a section front answers If-None-Match with 304 when its ETag still matches', async ({ request }) => {
  const first = await request.get('/news');
  const etag = first.headers().etag;
  expect(etag).toBeTruthy();
  const again = await request.get('/news', { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
  expect((await request.get('/news', { headers: { 'If-None-Match': '"something-else"' } })).status()).toBe(200);
});

test('an article has ETag and Last-Modified, and conditional requests on either answer 304', async ({ request, db }) => {
  const story = await storyWithoutPicture(db);
  const first = await request.get(story.url);
  expect(first.status()).toBe(200);
  const { etag, 'last-modified': lastModified } = first.headers();
  expect(etag).toBeTruthy();
  const stored = await db.article.findUniqueOrThrow({ where: { id: story.id } });
  expect(lastModified).toBe(new Date(Math.floor(stored.modifiedAt.getTime() / 1000) * 1000).toUTCString());

  const byEtag = await request.get(story.url, { headers: { 'If-None-Match': etag! } });
  expect(byEtag.status()).toBe(304);
  expect(byEtag.headers().etag).toBe(etag);
  const byDate = await request.get(story.url, { headers: { 'If-Modified-Since': lastModified! } });
  expect(byDate.status()).toBe(304);
  expect(byDate.headers()['last-modified']).toBe(lastModified);
  // A browser sends both: the ETag decides.
  expect((await request.get(story.url, { headers: { 'If-None-Match': etag!, 'If-Modified-Since': lastModified! } })).status()).toBe(304);
  expect((await request.get(story.url, { headers: { 'If-None-Match': '"old"', 'If-Modified-Since': lastModified! } })).status()).toBe(200);

  const older = new Date(stored.modifiedAt.getTime() - 3_600_000).toUTCString();
  const changed = await request.get(story.url, { headers: { 'If-Modified-Since': older } });
  expect(changed.status()).toBe(200);
  expect(await changed.text()).toContain(story.headline);
});

test('an article’s Open Graph card answers 200 with a 1200×630 PNG; an unknown one 404', async ({ request, db }) => {
  const story = await storyWithoutPicture(db);
  expect(await fetchImage(request, `/og/card/${story.slug}/1200x630.png`)).toMatchObject({ status: 200, type: 'image/png', width: 1200, height: 630 });
  expect((await request.get(`/og/card/${story.slug}/640x480.png`)).status()).toBe(404);
  expect((await request.get('/og/card/no-such-story/1200x630.png')).status()).toBe(404);
  expect((await request.get('/og/crop/1200x630/seed/no-such-picture.jpg')).status()).toBe(404);
});
