import path from 'node:path';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';

// An administrator brings a WordPress archive in through /admin/import: the import runs beside the site, the page
// shows its progress and then what was created, skipped and refused; every story answers at its new address and its
// old one leads there. The content export downloads; authors reach neither.

const fixtures = path.resolve('tests/fixtures/import');

// One import runs at a time (a second is refused while the first runs): these tests take turns.
test.describe.configure({ mode: 'serial' });

test('an administrator imports a WordPress export: its stories keep their dates and their old addresses lead to them', async ({ page, request }) => {
  test.slow();
  await signInAs(page, await createUser('administrator'));
  await page.goto('/admin/import');
  await page.getByLabel('File', { exact: true }).setInputFiles(path.join(fixtures, 'harbour-gazette.wxr.xml'));
  await page.getByLabel('Kind of file').selectOption({ label: 'WordPress export (WXR)' });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Import started: its progress is below.')).toBeVisible();

  const run = page.getByRole('listitem', { name: 'Import of harbour-gazette.wxr.xml' }).first();
  await expect(run.getByRole('status')).toContainText('Finished: 51 created, 4 skipped, 1 refused', { timeout: 60_000 });
  await run.getByText(/What was skipped or refused, and why/).click();
  await expect(run).toContainText('“About the Gazette”: A page, not a story: pages are not imported.');
  await expect(run).toContainText('“(untitled)”: It has no title.');

  // The old WordPress address, as its export links it (with the trailing slash) and without.
  const newPath = '/news/calder-bay-ferry-timetable-changes-for-winter';
  for (const old of ['/2019/05/16/calder-bay-ferry-timetable-changes-for-winter/', '/2019/05/16/calder-bay-ferry-timetable-changes-for-winter']) {
    const moved = await request.get(old, { maxRedirects: 0 });
    expect(moved.status(), old).toBe(301);
    expect(new URL(moved.headers().location!, 'http://x').pathname).toBe(newPath);
  }
  await page.goto('/2019/05/16/calder-bay-ferry-timetable-changes-for-winter/');
  await expect(page).toHaveURL(newPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calder Bay ferry timetable changes for winter');
  await expect(page.locator('article time[datetime^="2019-05-16"]').first()).toHaveText(/16 May 2019/);
  await expect(page.getByRole('link', { name: 'Maren Hollis' }).first()).toBeVisible();
  // The archive's day lists it, with the opening of its text as card text (WordPress gave it no excerpt).
  await page.goto('/archive/2019/05/16');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Calder Bay ferry timetable changes for winter' }) });
  await expect(card).toContainText('The winter timetable for the Calder Bay ferry starts on the first Monday of November');
});

test('a hostile file is refused with a clear message, and nothing is imported', async ({ page, db }) => {
  const admin = await createUser('administrator');
  await signInAs(page, admin);
  // Other tests publish stories meanwhile, so what this import did is read from its own run and the items imported.
  const itemsBefore = await db.importedItem.count();
  await page.goto('/admin/import');
  await page.getByLabel('File', { exact: true }).setInputFiles(path.join(fixtures, 'billion-laughs.xml'));
  await page.getByRole('button', { name: 'Import' }).click();
  const run = page.getByRole('listitem', { name: 'Import of billion-laughs.xml' }).first();
  await expect(run.getByRole('status')).toContainText('Not imported: The file declares its own XML entities', { timeout: 60_000 });
  const stored = await db.importRun.findFirstOrThrow({ where: { origin: 'billion-laughs.xml', startedById: admin.id } });
  expect(stored).toMatchObject({ status: 'failed', created: 0, skipped: 0 });
  // Imports take turns (serial above), so no other import added items meanwhile.
  expect(await db.importedItem.count()).toBe(itemsBefore);
});

test('the content export downloads the stories and nothing about accounts; authors reach neither import nor export', async ({ page, browser, baseURL }) => {
  const admin = await createUser('administrator');
  await signInAs(page, admin);
  await page.goto('/admin/import');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the content export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^dateline-content-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const exported = JSON.parse(text) as { format: string; stories: { headline: string }[] };
  expect(exported.format).toBe('dateline-content');
  expect(exported.stories.length).toBeGreaterThan(10);
  expect(text).not.toContain(admin.email);
  expect(text).not.toMatch(/password|ipAddress|"sessions?"/i);

  const authorContext = await browser.newContext({ baseURL });
  const authorPage = await authorContext.newPage();
  await signInAs(authorPage, await createUser('author'));
  expect((await authorPage.goto('/admin/import'))!.status()).toBe(403);
  expect((await authorPage.request.get('/api/admin/export')).status()).toBe(403);
  const origin = new URL(baseURL!).origin;
  const posted = await authorPage.request.post('/api/admin/import', {
    headers: { Origin: origin },
    multipart: { format: 'wxr', file: { name: 'x.xml', mimeType: 'text/xml', buffer: Buffer.from('<rss/>') } },
  });
  expect(posted.status()).toBe(403);
  await authorContext.close();
});
