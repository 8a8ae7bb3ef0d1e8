import { expect, signInAs, test } from '../fixtures';
import { createUser } from '../factories/users';

const SIGN_IN_FAILED = 'That email and password do not match an account.';

test('an editor signs in, sees the newsroom, and signs out', async ({ page, loginPage }) => {
  const editor = await createUser('editor');
  await loginPage.goto();
  const response = await loginPage.signIn(editor.email, editor.password);
  expect(response.status()).toBe(200);
  await expect(page).toHaveURL('/admin');
  await expect(page.getByTestId('signed-in-user')).toContainText(editor.name);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/login\?signedOut=1$/);
  await expect(page.getByRole('status')).toHaveText('You are signed out.');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin$/);
});

test('the sign-in cookie is HttpOnly, SameSite=Lax and new at every sign-in', async ({ page, context }) => {
  const author = await createUser('author');
  await signInAs(page, author);
  const first = (await context.cookies()).find((c) => c.name.endsWith('session_token'));
  expect(first).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await signInAs(page, author);
  const second = (await context.cookies()).find((c) => c.name.endsWith('session_token'));
  expect(second?.value).not.toBe(first?.value);
});

test('a wrong password and an unknown email get the same answer', async ({ loginPage }) => {
  const author = await createUser('author');
  await loginPage.goto();
  expect((await loginPage.signIn(author.email, 'not-the-password-at-all')).status()).toBe(401);
  await expect(loginPage.error).toHaveText(SIGN_IN_FAILED);
  expect((await loginPage.signIn('nobody-here@e2e.example', 'not-the-password-at-all')).status()).toBe(401);
  await expect(loginPage.error).toHaveText(SIGN_IN_FAILED);
});

test('five failures lock the account: even the right password answers 429 with a retry time', async ({ loginPage }) => {
  const contributor = await createUser('contributor');
  await loginPage.goto();
  for (let i = 0; i < 5; i++) {
    expect((await loginPage.signIn(contributor.email, `wrong-password-${i}`)).status()).toBe(401);
  }
  const locked = await loginPage.signIn(contributor.email, contributor.password);
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()['retry-after'])).toBeGreaterThan(800);
  await expect(loginPage.error).toHaveText('Too many failed sign-in attempts. Try again in 15 minutes.');
});

test('five failures from one address lock that address for every account', async ({ page }) => {
  const victims = await Promise.all([createUser('author'), createUser('author')]);
  const origin = new URL(page.url() === 'about:blank' ? 'http://127.0.0.1:3100' : page.url()).origin;
  const post = (email: string, password: string) =>
    page.request.post('/api/auth/sign-in/email', { data: { email, password }, headers: { Origin: origin } });
  for (let i = 0; i < 5; i++) expect((await post(`guess-${i}@e2e.example`, 'guessing-password')).status()).toBe(401);
  expect((await post(victims[0].email, victims[0].password)).status()).toBe(429);
});

test('a sign-in page refuses to send anyone off-site afterwards', async ({ page, loginPage }) => {
  const editor = await createUser('editor');
  await page.goto('/admin/login?next=https://evil.example/steal');
  await loginPage.signIn(editor.email, editor.password);
  await expect(page).toHaveURL('/admin');
});
