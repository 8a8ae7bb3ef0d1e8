import { expect, signInAs, test } from '../fixtures';
import { createUser } from '../factories/users';
import { clientAddress } from '../fixtures';
import { draftOwnedBy } from '../factories/stories';
import { mailTo } from '../support/outbox';

test('an administrator invites someone, who joins and signs in', async ({ page, browser, baseURL }) => {
  const admin = await createUser('administrator');
  await signInAs(page, admin);
  await page.goto('/admin/users');
  const email = `invitee-${Date.now()}@e2e.example`;
  const invite = page.getByRole('region', { name: 'Invite someone' });
  await invite.getByLabel('Email').fill(email);
  await invite.getByLabel('Name').fill('Nadia Invitee');
  await invite.getByLabel('Role').selectOption('author');
  await invite.getByRole('button', { name: 'Create invitation' }).click();
  await expect(invite.getByRole('status')).toContainText(`Invitation e-mailed to ${email}.`);
  const link = await invite.getByLabel('Invitation link (shown once)').inputValue();
  expect(link).toMatch(/\/admin\/invite\/[A-Za-z0-9_-]{40,}$/);
  // The invitee follows the link in the e-mail they were sent: the same as the one shown to copy.
  const mail = await mailTo(email);
  expect(mail.subject).toBe('Your invitation to the Dateline newsroom');
  expect(mail.text).toContain(link);

  const guest = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } });
  const guestPage = await guest.newPage();
  await guestPage.goto(new URL(link).pathname);
  await guestPage.getByLabel('Password', { exact: true }).fill('short');
  await guestPage.getByLabel('Repeat password').fill('short');
  await guestPage.getByRole('button', { name: 'Create my account' }).click();
  await expect(guestPage.locator('main').getByRole('alert')).toHaveText('Some fields need attention.');
  await expect(guestPage.locator('[data-field="password"]')).toHaveText('Use at least 12 characters.');

  const password = 'tidal-lantern-gull-fog-1987';
  await guestPage.getByLabel('Password', { exact: true }).fill(password);
  await guestPage.getByLabel('Repeat password').fill(password);
  await guestPage.getByRole('button', { name: 'Create my account' }).click();
  await expect(guestPage.getByRole('status')).toContainText('Your account is ready');

  await guestPage.goto('/admin/login');
  await guestPage.getByLabel('Email').fill(email);
  await guestPage.getByLabel('Password').fill(password);
  await guestPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(guestPage.getByTestId('signed-in-user')).toContainText('Nadia Invitee · Author');

  // The link worked once only.
  await guestPage.goto(new URL(link).pathname);
  await expect(guestPage.locator('main').getByRole('alert')).toContainText('not valid');
  await guest.close();
});

test('suspending a user ends their session in another browser at once', async ({ page, browser, baseURL }) => {
  const admin = await createUser('administrator');
  const contributor = await createUser('contributor');
  const other = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } });
  const otherPage = await other.newPage();
  await signInAs(otherPage, contributor);
  await otherPage.goto('/admin');
  await expect(otherPage.getByTestId('signed-in-user')).toContainText(contributor.name);

  await signInAs(page, admin);
  await page.goto('/admin/users');
  await page.getByRole('button', { name: `Suspend ${contributor.name}` }).click();
  await expect(page.getByRole('button', { name: `Reinstate ${contributor.name}` })).toBeVisible({ timeout: 15_000 });

  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/admin\/login/);
  // And the right password no longer opens a session.
  const retry = await otherPage.request.post('/api/auth/sign-in/email', {
    data: { email: contributor.email, password: contributor.password },
    headers: { Origin: new URL(baseURL!).origin },
  });
  expect(retry.status()).toBe(403);
  await other.close();
});

test('a contributor sees no user management and is refused it', async ({ page }) => {
  const contributor = await createUser('contributor');
  await signInAs(page, contributor);
  await page.goto('/admin');
  const nav = page.getByRole('navigation', { name: 'Newsroom' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await expect(page.getByText('Publish own articles')).toHaveCount(0);
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
});

test('the audit log records sign-ins and role changes, with where from, and never a password', async ({ page }) => {
  const admin = await createUser('administrator');
  const author = await createUser('author');
  await signInAs(page, admin);
  await page.goto('/admin/users');
  const row = page.locator(`tr[data-user="${author.email}"]`);
  await row.getByLabel(`Role of ${author.name}`).selectOption('editor');
  await row.getByRole('button', { name: 'Change role' }).click();
  await expect(row.getByRole('status')).toHaveText(`${author.name} is now editor.`);
  await page.goto('/admin/audit');
  // This test's own row: other tests change roles meanwhile.
  await expect(page.locator('tr[data-action="user.role-changed"]', { hasText: author.name }).first()).toContainText(`Changed ${author.name} from author to editor`);
  await expect(page.locator('tr[data-action="auth.sign-in"]').first()).toContainText('2001:db8:');
  expect(await page.content()).not.toContain(admin.password);
});

test('a form waits for its page to be ready, so a click is never lost', async ({ page, db }) => {
  const admin = await createUser('administrator');
  const author = await createUser('author');
  await signInAs(page, admin);
  // The page's scripts are held back, as on a long page over a slow connection: a click now would have been sent
  // by the browser as a GET to the page itself, and the change dropped.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/admin/users', { waitUntil: 'domcontentloaded' });
  const row = page.locator(`tr[data-user="${author.email}"]`);
  await row.getByLabel(`Role of ${author.name}`).selectOption('editor');
  await expect(row.getByRole('button', { name: 'Change role' })).toBeDisabled();
  release();
  await row.getByRole('button', { name: 'Change role' }).click();
  await expect(row.getByRole('status')).toHaveText(`${author.name} is now editor.`);
  expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).role).toBe('editor');
});

test('deleting someone is confirmed on a page of its own, and their articles pass to the person chosen', async ({ page, db }) => {
  const admin = await createUser('administrator');
  const leaving = await createUser('author');
  const heir = await createUser('editor');
  const draft = await draftOwnedBy(db, leaving.id);
  await signInAs(page, admin);
  await page.goto('/admin/users');
  await page.locator(`tr[data-user="${leaving.email}"]`).getByRole('link', { name: `Delete ${leaving.name}…` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Delete ${leaving.name}`);
  await expect(page.getByText('owns 1 article.')).toBeVisible();
  await page.getByLabel(`Give ${leaving.name}’s articles to`).selectOption(heir.id);
  await page.getByRole('button', { name: `Delete ${leaving.name}` }).click();
  await expect(page).toHaveURL(/\/admin\/users\?deleted=/);
  await expect(page.getByRole('status')).toHaveText(`Deleted ${leaving.name} (${leaving.email}); 1 article(s) reassigned to ${heir.name}.`);
  await expect(page.locator(`tr[data-user="${leaving.email}"]`)).toHaveCount(0);
  expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).ownerId).toBe(heir.id);
});
