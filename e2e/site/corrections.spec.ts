import type { Page } from '@playwright/test';
import type { Database } from '../../lib/db/client';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';
import { EditorPage } from '../pages/editor-page';
import { escapeHtml, servedWithin2s } from '../timing';

// Updates and corrections as readers see them: an editor changes a published story in the admin; the article shows
// the correction box, the "Updated" time and its change log at once, and /corrections lists the correction.
// "At once" is the site's promise, measured by servedWithin2s: a reader's request that arrives while a render of the
// page begun before the change is still running joins that render (Next's response cache coalesces requests for the
// same page), so the very first load after the step can be the page as it was a moment before.

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Signs in a new editor, writes and publishes a story; the editor stays open on it. */
async function publishStory(page: Page, db: Database, label: string) {
  await signInAs(page, await createUser('editor'));
  const desk = new EditorPage(page);
  const headline = unique(label);
  await desk.create(headline, 'News');
  await desk.typeBody('The lifeboat station reopened on Saturday after a refit.');
  await desk.waitForSaved();
  await desk.step('Publish now');
  await expect(desk.status()).toHaveText('Published');
  const row = await db.article.findFirstOrThrow({ where: { headline }, include: { section: true } });
  return { desk, headline, id: row.id, url: `/${row.section.slug}/${row.slug}` };
}

const changelog = (page: Page) => page.getByRole('region', { name: /^Updates and corrections/ });

test('a correction shows in a box on the story, in its change log with the time, and on /corrections', async ({ page, db, request }) => {
  const { desk, headline, id, url } = await publishStory(page, db, 'Lifeboat station reopens');
  // Both pages are in the cache before the correction: it must refresh them.
  await request.get('/corrections');
  await request.get(url);
  const note = 'An earlier version of this story said the refit took six months. It took four.';
  await page.getByLabel('Correction or update note').fill(note);
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(desk.workflowMessage()).toContainText('Updated');

  const entry = await db.articleUpdate.findFirstOrThrow({ where: { articleId: id, kind: 'correction' } });
  await servedWithin2s(page.request, url, (html) => html.includes(escapeHtml(note)));
  await page.goto(url);
  const box = page.getByRole('note', { name: 'Correction' });
  await expect(box).toBeVisible();
  await expect(box).toContainText(note);
  await expect(changelog(page)).toHaveAccessibleName('Updates and corrections (1)');
  const item = changelog(page).getByRole('listitem');
  await expect(item).toContainText('Correction');
  await expect(item).toContainText(note);
  await expect(item.locator(`time[datetime="${entry.at.toISOString()}"]`)).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/);

  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Corrections' }).click();
  await expect(page).toHaveURL('/corrections');
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  const listed = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: headline }) });
  await expect(listed).toContainText(note);
  await expect(listed.locator(`time[datetime="${entry.at.toISOString()}"]`)).toBeVisible();
  await listed.getByRole('link', { name: headline }).click();
  await expect(page).toHaveURL(url);
});

test('a substantive update shows "Updated" and an entry with what changed', async ({ page, db }) => {
  const { desk, id, url } = await publishStory(page, db, 'Harbour dredging starts');
  await desk.typeBody(' The dredger arrived from Calder Bay on Sunday night.');
  await page.getByLabel('What changed (shown to readers)').fill('Added the dredger’s arrival.');
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(desk.workflowMessage()).toContainText('Readers see the change');

  const { updatedAt } = await db.article.findUniqueOrThrow({ where: { id } });
  await servedWithin2s(page.request, url, (html) => html.includes('The dredger arrived from Calder Bay'));
  await page.goto(url);
  const header = page.locator('article > header');
  await expect(header.getByText('Updated')).toBeVisible();
  await expect(header.locator(`time[datetime="${updatedAt!.toISOString()}"]`)).toBeVisible();
  const item = changelog(page).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Update');
  await expect(item).toContainText('Added the dredger’s arrival.');
  await expect(item.locator(`time[datetime="${updatedAt!.toISOString()}"]`)).toBeVisible();
});

test('a typo fix with the box unticked changes the text but shows neither "Updated" nor a log entry', async ({ page, db }) => {
  const { desk, url } = await publishStory(page, db, 'Tide tables printed');
  await desk.typeBody(' Copies are free at the library.');
  await page.getByLabel(/^Substantive change/).uncheck();
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(desk.workflowMessage()).toContainText('without changing the "Updated" time');

  await servedWithin2s(page.request, url, (html) => html.includes('Copies are free at the library.'));
  await page.goto(url);
  await expect(page.locator('article').first()).toContainText('Copies are free at the library.');
  await expect(page.locator('article > header').getByText('Updated')).toHaveCount(0);
  await expect(changelog(page)).toHaveCount(0);
});

test('a page of corrections past the last answers 404', async ({ request }) => {
  expect((await request.get('/corrections')).status()).toBe(200);
  expect((await request.get('/corrections/page/999')).status()).toBe(404);
  expect((await request.get('/corrections/page/x')).status()).toBe(404);
});
