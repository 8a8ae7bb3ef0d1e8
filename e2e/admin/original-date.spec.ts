import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';
import { EditorPage } from '../pages/editor-page';
import { SeoHead } from '../pages/seo-head';

// A story first published before it reached Dateline (an archive story, a print edition's) keeps its own date:
// an editor gives it, and every reader-facing date, list and sitemap follows.

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('an editor publishes a story with its original date, 16 May 2019 09:00: page, JSON-LD, archive day and sitemaps follow', async ({ page, db, request }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const headline = unique('Lifeboat crew honoured for the Skerry rescue');
  await desk.create(headline, 'News');
  await desk.typeBody('The crew were called out twice in one night.');
  await desk.waitForSaved();
  await page.getByLabel('Originally published').fill('2019-05-16T09:00');
  await desk.step('Publish with this date');
  await expect(page.getByText('Published with its original date, 16 May 2019, 09:00.')).toBeVisible();
  await expect(desk.status()).toHaveText('Published');

  const row = await db.article.findFirstOrThrow({ where: { headline }, include: { section: true } });
  const url = `/${row.section.slug}/${row.slug}`;
  await page.goto(url);
  const published = page.locator('article time[datetime^="2019-05-16"]').first();
  await expect(published).toHaveText(/16 May 2019/);
  const article = await new SeoHead(page).node('NewsArticle');
  // 09:00 in London (the site's zone) in May is 08:00 UTC.
  expect(new Date(String(article?.datePublished)).toISOString()).toBe('2019-05-16T08:00:00.000Z');
  expect(await published.getAttribute('datetime')).toBe(String(article?.datePublished));

  const archive = await request.get('/archive/2019/05/16');
  expect(archive.status()).toBe(200);
  expect(await archive.text()).toContain(url);
  expect(await (await request.get('/sitemaps/articles/2019-05.xml')).text()).toContain(url);
  expect(await (await request.get('/news-sitemap.xml')).text()).not.toContain(url);
});

test('an author sees no control for the original date', async ({ page }) => {
  const author = await createUser('author');
  await signInAs(page, author);
  const desk = new EditorPage(page);
  await desk.create(unique('Harbour dues rise by a penny'), 'News');
  await expect(page.getByRole('button', { name: 'Publish now' })).toBeVisible();
  await expect(page.getByLabel('Originally published')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Publish with this date' })).toHaveCount(0);
});
