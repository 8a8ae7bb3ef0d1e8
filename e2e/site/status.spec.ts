import { expect, test } from '../fixtures';
import { anyLiveStory } from '../factories/stories';

for (const url of ['/news/no-such-story', '/no-such-section', '/author/nobody-here', '/tag/no-such-topic', '/a/b/c/d']) {
  test(`an unknown address answers 404 with the latest news: ${url}`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
    await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('listitem')).toHaveCount(10);
  });
}

test('an unpublished story answers 404', async ({ page, db }) => {
  const draft = await db.article.findFirstOrThrow({ where: { status: 'draft' }, include: { section: true } });
  const response = await page.goto(`/${draft.section.slug}/${draft.slug}`);
  expect(response?.status()).toBe(404);
});

test('a story under the wrong section redirects to its canonical address', async ({ page, db }) => {
  const story = await anyLiveStory(db);
  const other = await db.section.findFirstOrThrow({ where: { id: { not: story.sectionId } } });
  const response = await page.goto(`/${other.slug}/${story.slug}`);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(story.url);
});

test('the first page of a list has one address', async ({ request }) => {
  const response = await request.get('/news/page/1', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/news');
});

test('reader pages are answered without running Next’s proxy, which costs a cached page a third of its throughput', async ({ request, db }) => {
  // "/" is today's edition and a story's address gets its checks in server.mjs; the proxy would leave its mark.
  const story = await anyLiveStory(db);
  for (const address of ['/', story.url, '/news']) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    expect(Object.keys(response.headers()).filter((name) => name.startsWith('x-middleware')), address).toEqual([]);
    if (address === story.url) expect(response.headers()['last-modified']).toBeTruthy();
  }
  expect((await request.get('/edition/2199-12-31')).status()).toBe(404);
});
