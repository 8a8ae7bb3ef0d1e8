import { liveBlog } from '../factories/live-blogs';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';
import { SeoHead } from '../pages/seo-head';

// Live blogs as readers and editors use them: entries appear on an open page without a reload, the page is
// complete without script, and search engines get LiveBlogPosting data.

/** The promise: a reader with the page open sees an entry within this long of the editor's action returning. */
const VISIBLE_WITHIN_MS = 5_000;

test('an editor adds an entry while a reader’s page is open: “1 new update”, then the entry, with no reload; deleting removes it', async ({
  page,
  browser,
  baseURL,
  db,
}) => {
  const editor = await createUser('editor');
  const story = await liveBlog(db, { ownerId: editor.id });
  const readerContext = await browser.newContext({ baseURL });
  const reader = await readerContext.newPage();
  let loads = 0;
  reader.on('load', () => loads++);
  await reader.goto(story.url);
  await expect(reader.locator('[data-entry]')).toHaveCount(3);

  await signInAs(page, editor);
  await page.goto(`/admin/articles/${story.id}`);
  const form = page.getByRole('form', { name: 'New entry' });
  await form.getByLabel(/^Title/).fill('Ferry services suspended');
  await form.getByRole('textbox', { name: 'New entry text' }).click();
  await page.keyboard.type('All sailings to the islands are cancelled until the morning.');
  await form.getByRole('button', { name: 'Publish entry' }).click();
  await expect(form.getByRole('status')).toHaveText('Entry published.');
  const published = Date.now();

  const notice = reader.getByRole('button', { name: '1 new update' });
  await expect(notice).toBeVisible({ timeout: VISIBLE_WITHIN_MS });
  const noticed = Date.now() - published;
  await notice.click();
  const entry = reader.locator('[data-entry]', { hasText: 'Ferry services suspended' });
  await expect(entry).toContainText('All sailings to the islands are cancelled');
  const shown = Date.now() - published;
  test.info().annotations.push({ type: 'delays', description: `notice after ${noticed} ms, entry shown after ${shown} ms` });
  expect(shown).toBeLessThanOrEqual(VISIBLE_WITHIN_MS);
  // Newest first: the new entry leads the list.
  await expect(reader.getByRole('list', { name: 'Updates, newest first' }).locator('[data-entry]').first()).toContainText('Ferry services suspended');

  const created = await db.liveEntry.findFirstOrThrow({ where: { articleId: story.id, title: 'Ferry services suspended' } });
  await page.locator(`li[data-entry="${created.id}"]`).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator(`li[data-entry="${created.id}"]`)).toHaveCount(0);
  const deleted = Date.now();
  await expect(reader.locator(`[data-entry="${created.id}"]`)).toHaveCount(0, { timeout: VISIBLE_WITHIN_MS });
  expect(Date.now() - deleted).toBeLessThanOrEqual(VISIBLE_WITHIN_MS);

  // A deletion can be undone: the entry comes back from its history, under its own id, and reaches the reader too.
  await page.getByText('Deleted entries (1)').click();
  await page.getByRole('button', { name: 'Restore entry' }).click();
  await expect(page.locator(`li[data-entry="${created.id}"]`)).toHaveCount(1);
  await reader.getByRole('button', { name: '1 new update' }).click({ timeout: VISIBLE_WITHIN_MS });
  await expect(reader.locator(`[data-entry="${created.id}"]`)).toContainText('Ferry services suspended');
  expect(loads).toBe(1);
  await readerContext.close();
});

test('with script, older entries load in place', async ({ page, db }) => {
  const story = await liveBlog(db, { entries: 25 });
  await page.goto(story.url);
  await page.locator('[data-live-state][data-ready]').waitFor();
  const list = page.getByRole('list', { name: 'Updates, newest first' }).locator('[data-entry]');
  await expect(list).toHaveCount(10);
  await page.getByRole('link', { name: 'Load older entries' }).click();
  await expect(list).toHaveCount(20);
  await page.getByRole('link', { name: 'Load older entries' }).click();
  await expect(list).toHaveCount(24);
  await expect(list.last()).toContainText('Update number 2 from');
  await expect(page.getByRole('link', { name: 'Load older entries' })).toHaveCount(0);
  await expect(page).toHaveURL(story.url);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the live blog is complete: key events, pinned first, entries newest first, and older ones on pages of their own', async ({ page, db }) => {
    const story = await liveBlog(db, { entries: 25 });
    await page.goto(story.url);
    await expect(page.locator('.live-label').first()).toBeVisible();
    await expect(page.getByText('25 updates')).toBeVisible();
    const keyEvents = page.getByRole('navigation', { name: 'Key events' });
    await expect(keyEvents.getByRole('link')).toHaveCount(5);
    // Pinned (the oldest entry) comes first; then the newest page of the rest (10), newest first.
    await expect(page.getByRole('region', { name: 'Pinned' })).toContainText('Update number 1 from');
    const list = page.getByRole('list', { name: 'Updates, newest first' }).locator('[data-entry]');
    await expect(list).toHaveCount(10);
    await expect(list.first()).toContainText('Update number 25 from');
    await expect(list.last()).toContainText('Update number 16 from');
    // Every entry has its own anchor.
    const firstId = await list.first().getAttribute('data-entry');
    await expect(list.first().getByRole('link', { name: /^Link to this entry/ })).toHaveAttribute('href', new RegExp(`^https?://[^/]+${story.url}#entry-${firstId}$`));
    await expect(list.first().locator(`a[href="#entry-${firstId}"] time`)).toBeVisible();

    await page.getByRole('link', { name: 'Load older entries' }).click();
    await expect(page).toHaveURL(new RegExp(`${story.url}/from/`));
    await expect(list).toHaveCount(10);
    await expect(list.first()).toContainText('Update number 15 from');
    await page.getByRole('link', { name: 'Load older entries' }).click();
    await expect(list).toHaveCount(4);
    await expect(list.last()).toContainText('Update number 2 from');
    await expect(page.getByRole('link', { name: 'Load older entries' })).toHaveCount(0);
    // A key event on an older page is reached from the jump list on the first.
    await page.goto(story.url);
    await keyEvents.getByRole('link', { name: /Key moment 5/ }).click();
    await expect(page.locator('[data-entry]', { hasText: 'Update number 5 from' })).toBeVisible();
  });
});

test('a live blog is marked LIVE on its cards and its own page while live, and not once it has ended', async ({ page, db }) => {
  // Cards are one component wherever they are listed (homepage, section fronts, topics, authors): a topic of the
  // test's own lists only its story.
  const story = await liveBlog(db, { entries: 1 });
  await page.goto(`/tag/${story.tag.slug}`);
  await expect(page.locator('main article').filter({ hasText: story.headline }).locator('.live-label')).toHaveText('Live');
  await page.goto(story.url);
  await expect(page.locator('article > header .live-label')).toHaveText('Live');
  const ended = await liveBlog(db, { entries: 1, state: 'ended' });
  await page.goto(`/tag/${ended.tag.slug}`);
  await expect(page.locator('main article').filter({ hasText: ended.headline })).toBeVisible();
  await expect(page.locator('.live-label')).toHaveCount(0);
});

test('search engines get a LiveBlogPosting with its coverage and its newest entries; an ended blog says when it ended', async ({ page, db }) => {
  const story = await liveBlog(db, { entries: 12 });
  await page.goto(story.url);
  const blocks = await new SeoHead(page).jsonLd();
  const live = blocks.find((b) => b['@type'] === 'LiveBlogPosting')!;
  expect(live).toBeDefined();
  expect(blocks.some((b) => b['@type'] === 'NewsArticle')).toBe(false);
  expect(live.coverageStartTime).toBe(story.publishedAt!.toISOString());
  expect(live.coverageEndTime).toBeUndefined();
  const updates = live.liveBlogUpdate as { '@type': string; headline: string; datePublished: string; articleBody: string; url: string }[];
  // The newest five (LIVE_UPDATES_IN_JSON_LD): the page is for readers first, and each is sent twice (HTML, payload).
  expect(updates).toHaveLength(5);
  expect(updates.every((u) => u['@type'] === 'BlogPosting' && u.headline && u.articleBody && u.url.includes('#entry-'))).toBe(true);
  const entries = await db.liveEntry.findMany({ where: { articleId: story.id }, orderBy: { at: 'desc' } });
  expect(updates[0]!.datePublished).toBe(entries[0]!.at.toISOString());
  expect(updates[0]!.articleBody).toBe('Update number 12 from the sea front.');
  // dateModified follows the latest entry.
  expect(Date.parse(live.dateModified as string)).toBeGreaterThanOrEqual(entries[0]!.modifiedAt.getTime());

  const ended = await liveBlog(db, { entries: 2, state: 'ended' });
  await page.goto(ended.url);
  await expect(page.getByTestId('live-ended')).toBeVisible();
  const endedLd = (await new SeoHead(page).jsonLd()).find((b) => b['@type'] === 'LiveBlogPosting')!;
  const last = await db.liveEntry.findFirstOrThrow({ where: { articleId: ended.id }, orderBy: { at: 'desc' } });
  expect(endedLd.coverageEndTime).toBe(last.at.toISOString());
});
