import { expect, signInAs, test } from '../fixtures';
import { createUser } from '../factories/users';

test('a user edits their profile', async ({ page }) => {
  const author = await createUser('author');
  await signInAs(page, author);
  await page.goto('/admin/profile');
  const form = page.getByRole('region', { name: 'Public profile' });
  await form.getByLabel('Job title').fill('Night editor');
  await form.getByLabel('Bio').fill('Covers the docks after dark.');
  await form.getByRole('button', { name: 'Save profile' }).click();
  await expect(form.getByRole('status')).toHaveText('Profile saved.');
  await page.reload();
  await expect(form.getByLabel('Bio')).toHaveValue('Covers the docks after dark.');
});

test('changing the password needs the current one and refuses a weak new one', async ({ page }) => {
  const editor = await createUser('editor');
  await signInAs(page, editor);
  await page.goto('/admin/profile');
  const form = page.getByRole('region', { name: 'Change password' });
  await form.getByLabel('Current password').fill('not-my-password-at-all');
  await form.getByLabel('New password', { exact: true }).fill('seagull-harbour-tide-2077');
  await form.getByLabel('Repeat new password').fill('seagull-harbour-tide-2077');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('alert')).toHaveText('Your current password is not correct.');

  await form.getByLabel('Current password').fill(editor.password);
  await form.getByLabel('New password', { exact: true }).fill('password1234');
  await form.getByLabel('Repeat new password').fill('password1234');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.locator('[data-field="newPassword"]')).toContainText('too common');

  await form.getByLabel('New password', { exact: true }).fill('seagull-harbour-tide-2077');
  await form.getByLabel('Repeat new password').fill('seagull-harbour-tide-2077');
  await form.getByRole('button', { name: 'Change password' }).click();
  // The new password opens a session; the old one no longer does.
  const origin = new URL(page.url()).origin;
  const signIn = (password: string) =>
    page.request.post('/api/auth/sign-in/email', { data: { email: editor.email, password }, headers: { Origin: origin } });
  await expect.poll(async () => (await signIn('seagull-harbour-tide-2077')).status()).toBe(200);
  expect((await signIn(editor.password)).status()).toBe(401);
});

test('a sign-in posted from another site is refused and opens no session', async ({ page }) => {
  const author = await createUser('author');
  const response = await page.request.post('/api/auth/sign-in/email', {
    data: { email: author.email, password: author.password },
    headers: { Origin: 'https://evil.example' },
  });
  expect(response.status()).toBe(403);
  expect((await page.context().cookies()).some((c) => c.name.endsWith('session_token'))).toBe(false);
});

test('a forged invitation link is refused', async ({ page }) => {
  await page.goto('/admin/invite/forged-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  await expect(page.locator('main').getByRole('alert')).toContainText('not valid');
  await expect(page.getByRole('button', { name: 'Create my account' })).toHaveCount(0);
});
