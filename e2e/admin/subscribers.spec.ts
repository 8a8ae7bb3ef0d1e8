import { randomBytes } from 'node:crypto';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';

// A subscriber's data request, answered by an administrator: find the address, download what is kept, delete it.

test('an administrator exports a subscriber’s data and deletes the address, audited; nobody else may', async ({ page, browser, baseURL, db }) => {
  const newsletter = await db.newsletter.findUniqueOrThrow({ where: { slug: 'morning-edition' } });
  const email = `asked-${Date.now()}@e2e.example`;
  const subscriber = await db.subscriber.create({
    data: { email, confirmedAt: new Date(), sourcePath: '/news', manageKey: randomBytes(32).toString('base64url'), subscriptions: { create: { newsletterId: newsletter.id } } },
  });

  // Nobody but an administrator: not signed in 401, an editor 403, and no such page for them.
  const anonymous = await browser.newContext({ baseURL });
  expect((await anonymous.request.get(`/api/admin/subscribers/${subscriber.id}`)).status()).toBe(401);
  await anonymous.close();
  const editorContext = await browser.newContext({ baseURL });
  const editorPage = await editorContext.newPage();
  await signInAs(editorPage, await createUser('editor'));
  expect((await editorPage.request.get(`/api/admin/subscribers/${subscriber.id}`)).status()).toBe(403);
  expect((await editorPage.goto('/admin/subscribers'))?.status()).toBe(403);
  await editorContext.close();

  await signInAs(page, await createUser('administrator'));
  await page.goto('/admin/subscribers');
  await page.getByLabel(/Email address, or part of it/).fill(email);
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(page.getByText(email, { exact: true })).toBeVisible();

  const download = await page.request.get(`/api/admin/subscribers/${subscriber.id}`);
  expect(download.headers()['content-disposition']).toContain('attachment');
  expect(await download.json()).toMatchObject({ email, signedUpOn: '/news', newsletters: [{ newsletter: 'morning-edition', name: 'The Morning Edition' }] });

  const row = page.getByRole('listitem').filter({ hasText: email });
  await row.getByRole('checkbox', { name: /They asked for it/ }).check();
  await row.getByRole('button', { name: `Delete ${email}` }).click();
  await expect(page.getByRole('status')).toContainText('Deleted');
  expect(await db.subscriber.count({ where: { email } })).toBe(0);
  expect(await db.subscription.count({ where: { subscriberId: subscriber.id } })).toBe(0);
  const audit = await db.auditEvent.findMany({ where: { targetId: subscriber.id }, orderBy: { createdAt: 'asc' } });
  expect(audit.map((event) => event.action)).toEqual(['subscriber.exported', 'subscriber.deleted']);
  expect(JSON.stringify(audit)).not.toContain(email);
});
