import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { storyWithSeveralAuthors } from '../factories/stories';

async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.filter((h) => h.startsWith(origin)).map((h) => h.split('#')[0]!))];
}

async function brokenLinks(request: APIRequestContext, urls: string[]) {
  const results = await Promise.all(urls.map(async (url) => ({ url, status: (await request.get(url)).status() })));
  return results.filter((r) => r.status !== 200);
}

test('every link on the homepage answers 200', async ({ page, request }) => {
  // Other tests unpublish stories meanwhile: a link to one of them is broken only if a fresh homepage still has it.
  await expect
    .poll(async () => {
      await page.goto('/');
      const links = await internalLinks(page);
      expect(links.length).toBeGreaterThan(30);
      return brokenLinks(request, links);
    }, { timeout: 20_000, intervals: [1_000] })
    .toEqual([]);
});

test('every link on an article page answers 200', async ({ page, request, db }) => {
  await page.goto((await storyWithSeveralAuthors(db)).url);
  const links = await internalLinks(page);
  expect(links.length).toBeGreaterThan(10);
  expect(await brokenLinks(request, links)).toEqual([]);
});

test('every picture on the homepage loads', async ({ page }) => {
  await page.goto('/');
  const images = page.locator('img');
  for (const img of await images.all()) await img.scrollIntoViewIfNeeded();
  await expect
    .poll(() => images.evaluateAll((imgs) => imgs.filter((i) => !(i as HTMLImageElement).complete || (i as HTMLImageElement).naturalWidth === 0).length))
    .toBe(0);
});
