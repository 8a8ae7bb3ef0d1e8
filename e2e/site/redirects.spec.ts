import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createUser } from '../factories/users';
import { anyLiveStory } from '../factories/stories';
import { expect, signInAs, test } from '../fixtures';

// Old addresses: one of two segments or more ("/section/slug", "/2019/05/16/slug") answers 301 before Next
// (server.mjs), a single segment 308 from its page; a deleted story's address answers 410 Gone with the site's own
// "removed" page.

const unique = () => randomUUID().slice(0, 8);

/** The Location header (Next may send it twice on a page's first, uncached redirect). */
const locationOf = (response: { headersArray(): { name: string; value: string }[] }) =>
  response.headersArray().find((h) => h.name.toLowerCase() === 'location')?.value;

async function addRedirect(page: Page, from: string, to: string) {
  await page.goto('/admin/redirects');
  const form = page.getByRole('region', { name: 'Add a redirect' });
  await form.getByLabel('From').fill(from);
  await form.getByLabel('To').fill(to);
  await form.getByRole('button', { name: 'Add redirect' }).click();
  await expect(form.getByRole('status')).toHaveText(`${from} now redirects to ${to}.`);
}

test('an editor redirects an old story address, and it answers 301 at once, keeping the query', async ({ page, request, db }) => {
  const story = await anyLiveStory(db);
  const from = `/news/spring-offer-${unique()}`;
  await signInAs(page, await createUser('editor'));
  await addRedirect(page, from, story.url);

  const response = await request.get(`${from}?ref=newsletter`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(locationOf(response)).toBe(`${story.url}?ref=newsletter`);
});

test('a redirect from a deeper address answers 301, from a single segment 308, and stops when deleted', async ({ page, request, db }) => {
  const story = await anyLiveStory(db);
  const deep = `/archive/2019/05/old-story-${unique()}`;
  const short = `/old-page-${unique()}`;
  await signInAs(page, await createUser('editor'));
  for (const from of [deep, short]) {
    // Cached as a 404 first: adding the redirect must end that.
    expect((await request.get(from, { maxRedirects: 0 })).status()).toBe(404);
    await addRedirect(page, from, story.url);
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(from === deep ? 301 : 308);
    expect(locationOf(response), from).toBe(story.url);
  }

  await page.goto('/admin/redirects');
  await page.locator(`tr[data-redirect="${deep}"]`).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator(`tr[data-redirect="${deep}"]`)).toHaveCount(0);
  expect((await request.get(deep, { maxRedirects: 0 })).status()).toBe(404);
});

test('a bad redirect is refused with a message beside the field', async ({ page, db }) => {
  await signInAs(page, await createUser('editor'));
  await page.goto('/admin/redirects');
  const form = page.getByRole('region', { name: 'Add a redirect' });
  await form.getByLabel('From').fill('/admin/users');
  await form.getByLabel('To').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Add redirect' }).click();
  await expect(form.getByRole('alert')).toHaveText('Some fields need attention.');
  await expect(form.locator('[data-field="fromPath"]')).toContainText('belong to the site');
  await expect(form.locator('[data-field="toPath"]')).toContainText('full http:// or https:// address');
  expect(await db.redirect.count({ where: { fromPath: '/admin/users' } })).toBe(0);
});

test('the address of a deleted story answers 410 with the removed-story page', async ({ page, db }) => {
  test.setTimeout(45_000);
  const path = `/news/withdrawn-report-${unique()}`;
  await db.redirect.create({ data: { fromPath: path, toPath: null, kind: 'deleted' } });
  // Written behind the app's back: the server picks it up when its redirect table refreshes (every 10 s).
  await expect.poll(async () => (await page.request.get(path, { maxRedirects: 0 })).status(), { timeout: 25_000, intervals: [1_000] }).toBe(410);

  const response = await page.goto(path);
  expect(response?.status()).toBe(410);
  expect(new URL(page.url()).pathname).toBe(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This story has been removed');
  await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('listitem')).toHaveCount(10);
});

test('a live story still answers 200 through the proxy, and the removed-story page itself answers 404', async ({ request, db }) => {
  const story = await anyLiveStory(db);
  expect((await request.get(story.url, { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get('/removed/story', { maxRedirects: 0 })).status()).toBe(404);
});
