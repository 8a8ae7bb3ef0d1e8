import { anyLiveStory } from '../factories/stories';
import { expect, test } from '../fixtures';
import { mailTo } from '../support/outbox';

// Readers without JavaScript too: the sign-up, the confirmation and the manage page are plain forms.
test.use({ javaScriptEnabled: false });

test('a reader signs up under an article, confirms from the e-mail, and unsubscribes in one click', async ({ page, db, request }) => {
  const story = await anyLiveStory(db);
  const email = `reader-${Date.now()}@e2e.example`;
  await page.goto(story.url);
  const signup = page.getByRole('form', { name: 'The Morning Edition' });
  await signup.getByLabel('Your email address').fill(email);
  await signup.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('status')).toHaveText(/Check your inbox: we have e-mailed you a link to confirm your address/);
  expect(await db.subscriber.count({ where: { email } })).toBe(0);

  const confirmation = await mailTo(email);
  expect(confirmation.subject).toBe('Confirm your subscription to The Morning Edition');
  const link = new URL(/http:\/\/\S+\/newsletters\/confirm\/[\w-]+/.exec(confirmation.text ?? '')![0]);
  await page.goto(link.pathname);
  // Opening the link subscribes nobody; the button does.
  expect(await db.subscriber.count({ where: { email } })).toBe(0);
  await page.getByRole('button', { name: 'Yes, confirm my subscription' }).click();
  await expect(page.getByRole('status')).toHaveText(`Confirmed: The Morning Edition will come to ${email}.`);
  const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email }, include: { subscriptions: true } });
  expect(subscriber.sourcePath).toBe(story.url);
  expect(subscriber.subscriptions).toHaveLength(1);

  // The link a second time: spent.
  await page.goto(link.pathname);
  await expect(page.getByRole('alert')).toContainText('not valid');

  // One click from the mail program (RFC 8058): a POST with no session and no page.
  const unsubscribe = await request.post(`/newsletters/unsubscribe/${subscriber.manageKey}?newsletter=morning-edition`, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'List-Unsubscribe=One-Click',
  });
  expect(unsubscribe.status()).toBe(200);
  expect(await db.subscription.count({ where: { subscriberId: subscriber.id } })).toBe(0);

  // The manage page says so, and removes the address on request.
  await page.goto(`/newsletters/manage/${subscriber.manageKey}`);
  await expect(page.getByRole('checkbox', { name: /The Morning Edition/ })).not.toBeChecked();
  await page.getByRole('button', { name: 'Remove my address' }).click();
  await expect(page.getByRole('status')).toContainText('Your address is removed');
  expect(await db.subscriber.count({ where: { email } })).toBe(0);
});

test('a sign-up with a wrong address says what to correct, next to the form', async ({ page, baseURL }) => {
  // Past the browser's own check of the field, as an old browser or a script would post it.
  const response = await page.request.post('/newsletters/subscribe', {
    form: { email: 'not an address', newsletter: 'breaking-news', source: '/newsletters', website: '' },
    headers: { Origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  await page.goto(response.headers().location!);
  await expect(page.getByRole('form', { name: 'Breaking news alerts' }).getByRole('alert')).toHaveText('Enter a valid email address, such as name@example.org.');
  // From another site, nothing is sent.
  const forged = await page.request.post('/newsletters/subscribe', {
    form: { email: 'someone@e2e.example', newsletter: 'breaking-news' },
    headers: { Origin: 'https://elsewhere.example' },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
});
