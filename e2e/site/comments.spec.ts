import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { HREF_PAYLOADS, HTML_PAYLOADS } from '../../tests/support/xss-payloads';
import { commentableStory, trustedCommenter } from '../factories/comments';
import { createUser } from '../factories/users';
import { clientAddress, expect, signInAs, test } from '../fixtures';
import { CommentForm } from '../pages/comment-form';
import { mailTo } from '../support/outbox';
import { escapeHtml, firstSeen } from '../timing';

// Readers' comments: an address confirmed by an e-mailed link, a newcomer's comment held for a moderator, the approval
// on the cached story page within a second, refusals that say why, and hostile text that stays text.

const COMMENTS_PER_ADDRESS = 10;
const reader = () => `reader-${randomUUID().slice(0, 8)}@e2e.example`;
const confirmLink = (text: string | undefined) => new URL(/http:\/\/\S+\/comments\/confirm\/[\w-]+/.exec(text ?? '')![0]).pathname;

/** Confirms `email`'s address from its e-mail, in `page`'s browser (which then holds the commenter's cookie). */
async function confirmFromMail(page: Page, email: string) {
  await page.goto(confirmLink((await mailTo(email)).text));
  await page.getByRole('button', { name: 'Yes, confirm my address' }).click();
}

/** A request context of a browser that holds `commenterId`'s cookie: a confirmed reader's next posts. */
async function postAs(request: APIRequestContext, baseURL: string, fields: Record<string, string>) {
  return request.post('/comments/post', { form: { website: '', parent: '', ...fields }, headers: { Origin: new URL(baseURL).origin }, maxRedirects: 0 });
}

async function editorPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } });
  const page = await context.newPage();
  await signInAs(page, await createUser('editor'));
  return page;
}

test('a reader confirms their address and comments; an editor approves it and it is on the cached story within a second', async ({ page, browser, db, request, baseURL }) => {
  test.setTimeout(90_000);
  const story = await commentableStory(db);
  const email = reader();
  const words = `The old harbour wall deserves better ${randomUUID().slice(0, 6)}`;
  const comments = new CommentForm(page);

  await page.goto(story.url);
  await comments.post({ name: 'Maren of the Quay', email, body: words });
  await expect(comments.outcome()).toHaveText(/^Check your inbox: we have e-mailed you a link to confirm your address/);

  // Opening the link confirms nothing; the button does, and files the comment for moderation.
  await page.goto(confirmLink((await mailTo(email)).text));
  expect((await db.commenter.findUniqueOrThrow({ where: { email } })).confirmedAt).toBeNull();
  await page.getByRole('button', { name: 'Yes, confirm my address' }).click();
  await expect(comments.outcome()).toHaveText(/Your comment is waiting for a moderator/);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('dateline.commenter'));
  expect(cookie).toMatchObject({ path: '/comments', httpOnly: true });

  // The story page is cached, the same for everyone, and shows nothing yet.
  await request.get(story.url);
  const cached = await request.get(story.url);
  expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await cached.text()).not.toContain(escapeHtml(words));

  // The editor approves it at /admin/comments.
  const desk = await editorPage(browser, baseURL!);
  await desk.goto('/admin/comments');
  const serious = (await new AxeBuilder({ page: desk }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), '/admin/comments').toEqual([]);
  const row = desk.locator('li', { has: desk.getByText(words) });
  // The action's answer starts once the action has run (its result, then the refreshed list, follow in the body):
  // the moment the approval returned.
  const [answer] = await Promise.all([
    desk.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/admin/comments'),
    row.getByRole('button', { name: 'Approve comment by Maren of the Quay' }).click(),
  ]);
  const approved = Date.now();
  expect(answer.status()).toBe(200);
  const shownAfter = await firstSeen(approved, async () => (await request.get(story.url)).text().then((html) => html.includes(escapeHtml(words))), true);
  test.info().annotations.push({ type: 'comment shown after (ms)', description: String(shownAfter) });
  expect(shownAfter, 'ms from the approval until a request for the story saw the comment').toBeLessThanOrEqual(1_000);
  // Off the waiting list; cached again afterwards, with the comment.
  await expect(row).toHaveCount(0);
  expect(await db.comment.count({ where: { commenter: { email }, status: 'approved' } })).toBe(1);
  const again = await request.get(story.url);
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  await page.goto(story.url);
  await expect(page.getByRole('region', { name: /Comments/ }).getByText(words)).toBeVisible();

  // Trusted now: the next comment from this browser is published at once.
  await comments.post({ name: 'Maren of the Quay', email, body: 'And the lighthouse too.' });
  await expect(comments.outcome()).toHaveText('Thank you. Your comment is published.');
  await desk.context().close();
});

test('a bot that fills the hidden field is refused with a clear message, and nothing is kept', async ({ request, db, baseURL, page }) => {
  const story = await commentableStory(db);
  const email = reader();
  const response = await postAs(request, baseURL!, { article: story.id, name: 'Bot', email, body: 'Cheap watches', website: 'https://spam.example' });
  expect(response.status()).toBe(303);
  await page.goto(response.headers().location!);
  await expect(new CommentForm(page).outcome()).toHaveText('Your comment was not posted: it looked like automated spam.');
  expect(await db.commenter.count({ where: { email } })).toBe(0);
  // From another site, refused outright.
  const forged = await request.post('/comments/post', { form: { article: story.id, name: 'X', email, body: 'x' }, headers: { Origin: 'https://elsewhere.example' }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
});

test('posting too fast is refused with a clear message', async ({ request, db, baseURL, page }) => {
  const story = await commentableStory(db);
  for (let i = 0; i < COMMENTS_PER_ADDRESS; i++) {
    const ok = await postAs(request, baseURL!, { article: story.id, name: 'Eager', email: reader(), body: `Post ${i}` });
    expect(ok.headers().location).toMatch(/m=inbox/);
  }
  const refused = await postAs(request, baseURL!, { article: story.id, name: 'Eager', email: reader(), body: 'One more' });
  await page.goto(refused.headers().location!);
  await expect(new CommentForm(page).outcome()).toHaveText('You are posting too fast. Please wait a few minutes and try again.');
});

test('the XSS corpus posted as comments renders as text: no script runs, no element is injected', async ({ page, db, baseURL }) => {
  test.setTimeout(90_000);
  const story = await commentableStory(db, 'Hostile comments');
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  // Each payload as a comment of its own, from trusted commenters (published at once), as a browser with their cookie.
  const { commenterCookieValue } = await import('../../lib/comments/cookie');
  const payloads = [...HTML_PAYLOADS, ...HREF_PAYLOADS.map((href) => `see ${href} now`)];
  const perCommenter = 5;
  for (let i = 0; i < payloads.length; i += perCommenter) {
    const commenter = await trustedCommenter(db);
    const context = await page.context().browser()!.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } });
    await context.addCookies([{ name: 'dateline.commenter', value: commenterCookieValue(commenter.id), url: `${new URL(baseURL!).origin}/comments/` }]);
    for (const body of payloads.slice(i, i + perCommenter)) {
      const response = await postAs(context.request, baseURL!, { article: story.id, name: '<img src=x onerror=window.__xss=1>', email: commenter.email, body });
      expect(response.headers().location, body).toMatch(/m=published/);
    }
    await context.close();
  }
  await page.goto(story.url);
  const section = page.getByRole('region', { name: /Comments/ });
  await expect(section.locator('li.comment')).toHaveCount(payloads.length);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(section.locator('script, iframe, object, embed, svg, math, style, link, meta, base, img, video, audio, noscript, input:not([type=hidden]):not([name=website]):not([name=name]):not([name=email])')).toHaveCount(0);
  const attributes = await section.evaluate((el) => [...el.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => `${a.name}=${a.value}`)));
  expect(attributes.filter((a) => /^on/i.test(a) || /^(href|src|action|formaction)=\s*(?:javascript|data|vbscript):/i.test(a))).toEqual([]);
  // Every link in a comment is an http(s) link marked as the reader's.
  const links = await section.locator('li.comment a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('rel')));
  expect(links.every((rel) => rel === 'nofollow ugc')).toBe(true);
  await expect(section.getByText('<script>window.__xss=1</script>', { exact: true })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader posts a comment and confirms the address with plain forms', async ({ page, db }) => {
    const story = await commentableStory(db);
    const email = reader();
    const comments = new CommentForm(page);
    await page.goto(story.url);
    await comments.post({ name: 'No Script Reader', email, body: 'Plain forms work for me.' });
    await expect(comments.outcome()).toHaveText(/^Check your inbox/);
    await confirmFromMail(page, email);
    await expect(comments.outcome()).toHaveText(/Your comment is waiting for a moderator/);
    expect(await db.comment.findMany({ where: { commenter: { email } }, select: { status: true, body: true } })).toEqual([{ status: 'pending', body: 'Plain forms work for me.' }]);
    // Back to the story from the answer page.
    await page.getByRole('link', { name: 'Back to the story' }).click();
    await expect(page).toHaveURL(new RegExp(`${story.url}#comments$`));
  });

  test('a closed story says so instead of showing the form', async ({ page, db }) => {
    const story = await commentableStory(db);
    await db.article.update({ where: { id: story.id }, data: { commentsClosed: true } });
    await page.goto(story.url);
    await expect(page.getByRole('region', { name: /Comments/ })).toContainText('Comments are closed on this story.');
    await expect(page.getByRole('form', { name: 'Your comment' })).toHaveCount(0);
  });
});
