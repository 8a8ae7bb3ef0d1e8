import { createUser } from '../factories/users';
import { clientAddress, expect, signInAs, test } from '../fixtures';
import { EditorPage } from '../pages/editor-page';

test('a contributor has no publish button, and a publish action posted directly is refused and changes nothing', async ({ page, browser, baseURL, db }) => {
  // An editor's publish click tells us the publish action's id, as an attacker reading the bundle could learn it.
  const editor = await createUser('editor');
  const editorContext = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } });
  const editorPage = await editorContext.newPage();
  await signInAs(editorPage, editor);
  const editorDesk = new EditorPage(editorPage);
  await editorDesk.create(`Probe ${Date.now()}`, 'News');
  const publishRequest = editorPage.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action'] && !!r.postData()?.includes('baseVersion'));
  await editorDesk.step('Publish now');
  const actionId = (await publishRequest).headers()['next-action']!;
  await editorContext.close();

  const contributor = await createUser('contributor');
  await signInAs(page, contributor);
  const desk = new EditorPage(page);
  const id = await desk.create(`Contributor draft ${Date.now()}`, 'News');
  await expect(page.getByRole('button', { name: /Publish/ })).toHaveCount(0);
  await expect(page.getByLabel('Publish at (site time)')).toHaveCount(0);

  const response = await page.request.post(`/admin/articles/${id}`, {
    headers: { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: new URL(baseURL!).origin },
    data: JSON.stringify([{ articleId: id }]),
  });
  expect(await response.text()).toContain('Your role does not allow this.');
  expect(await db.article.findUniqueOrThrow({ where: { id }, select: { status: true, publishedAt: true } })).toEqual({ status: 'draft', publishedAt: null });
});

test('a session ends after 30 idle minutes, and after 12 hours however active', async ({ page, db }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  await page.goto('/admin');
  await expect(page.getByTestId('signed-in-user')).toBeVisible();

  // Idle: the session's expiry (pushed forward by each use) has passed.
  await db.session.updateMany({ where: { userId: editor.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);

  // Absolute: a fresh sign-in, still within its idle window, but created more than 12 hours ago.
  await signInAs(page, editor);
  await page.goto('/admin');
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
  await db.session.updateMany({ where: { userId: editor.id }, data: { createdAt: new Date(Date.now() - 12 * 3600_000 - 60_000) } });
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);
});
