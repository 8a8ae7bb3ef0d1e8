import { siteConfig } from '../../lib/config/site';
import { toDateTimeLocal } from '../../lib/dates/format';
import { createUser } from '../factories/users';
import { clientAddress, expect, signInAs, test } from '../fixtures';
import { EditorPage } from '../pages/editor-page';
import { escapeHtml, servedWithin2s } from '../timing';

// The editorial desk, one scenario per test: write → publish → readers see it; unpublish; schedule; review;
// conflicting saves; revisions; slug changes.

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('an editor writes and publishes an article with a picture, and readers see it at once', async ({ page, db }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const headline = unique('Ferry timetable returns to winter hours');
  await desk.create(headline, 'News');
  await desk.standfirst().fill('Crossings drop to four a day from Monday.');
  await desk.typeBody('The harbour office confirmed the change on Tuesday morning.');
  await page.getByRole('button', { name: 'Picture from the media library' }).click();
  const picker = page.getByRole('dialog');
  await picker.getByRole('button', { name: /^Use picture:/ }).first().click();
  await expect(desk.body().locator('figure img')).toBeVisible();
  await desk.waitForSaved();

  await desk.step('Publish now');
  await expect(desk.status()).toHaveText('Published');

  const row = await db.article.findFirstOrThrow({ where: { headline }, include: { section: true } });
  const response = await page.goto(`/${row.section.slug}/${row.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(page.locator('article').first()).toContainText('The harbour office confirmed the change on Tuesday morning.');
  await expect(page.locator('article figure.body-figure img')).toHaveAttribute('src', /^\/media\//);
  await servedWithin2s(page.request, '/', (html) => html.includes(escapeHtml(headline)));
  await page.goto('/');
  await expect(page.getByRole('link', { name: headline }).first()).toBeVisible();
});

test('unpublishing takes an article off the site: its address answers 404', async ({ page, db, request }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const headline = unique('Library extension opens its doors');
  await desk.create(headline, 'Culture');
  await desk.typeBody('Readers queued before nine.');
  await desk.waitForSaved();
  await desk.step('Publish now');
  await expect(desk.status()).toHaveText('Published');
  const row = await db.article.findFirstOrThrow({ where: { headline }, include: { section: true } });
  const url = `/${row.section.slug}/${row.slug}`;
  expect((await request.get(url)).status()).toBe(200);

  await desk.step('Unpublish');
  await expect(desk.status()).toHaveText('Unpublished');
  expect((await request.get(url)).status()).toBe(404);
});

test('a scheduled article answers 404 before its time and 200 from it, with no admin request in between', async ({ page, db, request }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const headline = unique('Council sets date for budget vote');
  await desk.create(headline, 'Politics');
  await desk.typeBody('The vote will be held in the chamber.');
  await desk.waitForSaved();
  const at = new Date(Date.now() + 6_000);
  await desk.schedule(toDateTimeLocal(at, siteConfig().timeZone));
  await expect(desk.status()).toHaveText('Scheduled');
  const row = await db.article.findFirstOrThrow({ where: { headline }, include: { section: true } });
  const url = `/${row.section.slug}/${row.slug}`;
  await page.goto('about:blank');

  expect((await request.get(url)).status()).toBe(404);
  await expect.poll(async () => (await request.get(url)).status(), { timeout: 15_000, intervals: [500] }).toBe(200);
  expect(Date.now()).toBeGreaterThanOrEqual(Math.floor(at.getTime() / 1000) * 1000);
});

test('a contributor submits a draft, and an editor approves and publishes it', async ({ page, browser, baseURL, db, request }) => {
  const contributor = await createUser('contributor');
  await signInAs(page, contributor);
  const desk = new EditorPage(page);
  const headline = unique('Allotment waiting list shrinks');
  await desk.create(headline, 'News');
  await desk.typeBody('Forty new plots opened on the east side.');
  await desk.waitForSaved();
  await expect(page.getByRole('button', { name: /Publish/ })).toHaveCount(0);
  await desk.step('Submit for review');
  await expect(desk.status()).toHaveText('In review');

  const editor = await createUser('editor');
  const editorContext = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } });
  const editorPage = await editorContext.newPage();
  await signInAs(editorPage, editor);
  await editorPage.goto('/admin');
  await editorPage.getByRole('region', { name: 'Awaiting review' }).getByRole('link', { name: headline }).click();
  const review = new EditorPage(editorPage);
  await review.body().waitFor();
  await review.step('Approve and publish');
  await expect(review.status()).toHaveText('Published');
  const row = await db.article.findFirstOrThrow({ where: { headline }, include: { section: true } });
  expect((await request.get(`/${row.section.slug}/${row.slug}`)).status()).toBe(200);
  await editorContext.close();
});

test('two people edit the same article: the second save gets the conflict view with both texts', async ({ page, browser, baseURL }) => {
  const first = await createUser('editor');
  await signInAs(page, first);
  const desk = new EditorPage(page);
  const id = await desk.create(unique('Bridge repairs overrun'), 'News');

  const second = await createUser('editor');
  const otherContext = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } });
  const otherPage = await otherContext.newPage();
  await signInAs(otherPage, second);
  const other = new EditorPage(otherPage);
  await other.open(id);
  await expect(desk.page.getByTestId('presence')).toContainText(`${second.name} is also editing`, { timeout: 15_000 });

  await desk.typeBody('Version from the first editor.');
  await desk.waitForSaved();
  await other.typeBody('Version from the second editor.');
  const conflict = otherPage.getByTestId('conflict-view');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('mine-body')).toContainText('Version from the second editor.');
  await expect(conflict.getByTestId('theirs-body')).toContainText('Version from the first editor.');

  // Merging keeps their text: nothing was overwritten silently.
  await conflict.getByRole('radio', { name: `${first.name}'s version` }).first().check();
  await conflict.getByRole('button', { name: 'Save merged version' }).click();
  await other.waitForSaved();
  await otherContext.close();
});

test('an old revision can be compared and restored, which makes a new revision', async ({ page, db }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const original = unique('Tide gauge installed at pier');
  const id = await desk.create(original, 'Science');
  await desk.headline().fill(`${original} after storm`);
  await desk.waitForSaved();
  await desk.saveNow();
  await desk.waitForSaved();

  await page.goto(`/admin/articles/${id}/revisions`);
  const versions = await db.articleRevision.findMany({ where: { articleId: id }, orderBy: { version: 'asc' } });
  expect(versions.length).toBeGreaterThanOrEqual(2);
  await page.getByRole('radio', { name: `Compare from version ${versions[0]!.version}` }).check();
  await page.getByRole('radio', { name: `Compare to version ${versions.at(-1)!.version}` }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByTestId('revision-diff').locator('ins')).toContainText('after storm');

  await page.getByRole('button', { name: `Restore version ${versions[0]!.version}` }).click();
  await page.waitForURL(new RegExp(`/admin/articles/${id}\\?restored=\\d+`));
  await expect(desk.headline()).toHaveValue(original);
  const after = await db.articleRevision.findMany({ where: { articleId: id }, orderBy: { version: 'desc' } });
  expect(after.length).toBe(versions.length + 1);
  expect(after[0]!.note).toBe(`Restored version ${versions[0]!.version}`);
});

test('changing a published article’s slug keeps the old address answering 301 to the new one', async ({ page, db, request }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const headline = unique('Market square gets new lighting');
  await desk.create(headline, 'News');
  await desk.step('Publish now');
  await expect(desk.status()).toHaveText('Published');
  const before = await db.article.findFirstOrThrow({ where: { headline }, include: { section: true } });

  await desk.slug().fill(`${before.slug}-lit`);
  await desk.step('Update');
  await desk.waitForSaved();

  const old = await request.get(`/${before.section.slug}/${before.slug}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(old.status());
  expect(old.headers().location).toMatch(new RegExp(`/${before.section.slug}/${before.slug}-lit$`));
  expect((await request.get(`/${before.section.slug}/${before.slug}-lit`)).status()).toBe(200);
});

test('bad values answer a message beside the field and change nothing', async ({ page, db }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const headline = unique('Swimming pool reopens');
  const id = await desk.create(headline, 'Sport');
  const stored = () => db.article.findUniqueOrThrow({ where: { id }, select: { headline: true, slug: true, sectionId: true } });
  const before = await stored();

  await desk.headline().fill('');
  await expect(desk.fieldError('Write a headline.')).toBeVisible();
  await desk.headline().fill(headline);

  await desk.slug().fill('a'.repeat(10_000));
  await expect(desk.fieldError(/Keep the slug under \d+ characters/)).toBeVisible();
  const taken = await db.article.findFirstOrThrow({ where: { id: { not: id } }, select: { slug: true } });
  await desk.slug().fill(taken.slug);
  await expect(desk.fieldError('Another article already uses this slug.')).toBeVisible();
  await desk.slug().fill(before.slug);

  await desk.section().evaluate((select: HTMLSelectElement) => {
    select.add(new Option('Gone section', 'no-such-section'));
  });
  await desk.section().selectOption('no-such-section');
  await expect(desk.fieldError('That section does not exist.')).toBeVisible();

  const after = await stored();
  expect(after).toEqual(before);
});

test('work typed while the server is unreachable is kept in the browser and offered back on return', async ({ page, context }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const id = await desk.create(unique('Pier lights switched on'), 'News');
  await context.setOffline(true);
  await desk.typeBody('Written on the train with no signal.');
  await expect(desk.saveStatus()).toContainText('Cannot reach the server', { timeout: 15_000 });
  await context.setOffline(false);
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto('about:blank');

  await desk.open(id);
  await page.getByRole('button', { name: 'Restore my unsaved changes' }).click();
  await expect(desk.body()).toContainText('Written on the train with no signal.');
  await desk.waitForSaved();
});

test('a preview shows a draft in the reader layout to its editor and through a signed link, never cached or indexed', async ({ page, browser, baseURL }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const headline = unique('Harbour dredging plan drafted');
  const id = await desk.create(headline, 'News');
  await desk.typeBody('Still a draft.');
  await desk.waitForSaved();

  const own = await page.goto(`/preview/${id}`);
  expect(own?.status()).toBe(200);
  expect(own?.headers()['cache-control']).toContain('no-store');
  expect(own?.headers()['x-robots-tag']).toContain('noindex');
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();

  await desk.open(id);
  await page.getByRole('button', { name: /Share a preview link/ }).click();
  const link = await page.getByLabel('Preview link').inputValue();
  const guest = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } });
  const guestPage = await guest.newPage();
  expect((await guestPage.goto(new URL(link).pathname + new URL(link).search))?.status()).toBe(200);
  await expect(guestPage.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  const forged = new URL(link);
  forged.searchParams.set('signature', 'x'.repeat(43));
  await guestPage.goto(forged.pathname + forged.search);
  await expect(guestPage).toHaveURL(/\/admin\/login/);
  await guest.close();
});

test('a story published again at the address of a deleted one answers 200, not 410', async ({ page, db, request }) => {
  await signInAs(page, await createUser('editor'));
  const desk = new EditorPage(page);
  const headline = unique('Quay closure notice for the winter works');
  const publish = async () => {
    await desk.create(headline, 'News');
    await desk.typeBody('The quay closes on Monday.');
    await desk.waitForSaved();
    await desk.step('Publish now');
    await expect(desk.workflowMessage()).toHaveText('Published. Readers can see it now.');
    const row = await db.article.findFirstOrThrow({ where: { headline, status: 'published' }, include: { section: true } });
    return `/${row.section.slug}/${row.slug}`;
  };
  const first = await publish();
  page.once('dialog', (dialog) => void dialog.accept());
  await desk.step('Delete article');
  await expect.poll(async () => (await request.get(first, { maxRedirects: 0 })).status()).toBe(410);

  const second = await publish();
  expect(second).toBe(first);
  // The editor was told readers can see it: the address answers the story, to readers and crawlers alike.
  const response = await request.get(second, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(escapeHtml(headline));
});
