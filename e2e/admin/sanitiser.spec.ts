import { HREF_PAYLOADS, HTML_PAYLOADS } from '../../tests/support/xss-payloads';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';
import { EditorPage } from '../pages/editor-page';

// Every payload goes through the editor's save path (pasted into the editor, and forged into the stored document
// through the same save function the editor's action calls); the published page must run none of it.

test('no XSS payload survives from the editor to the published page', async ({ page, db }) => {
  test.slow();
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const headline = `Payload test ${Date.now()}`;
  const id = await desk.create(headline, 'News');

  // 1. Pasted as HTML into the editor, as a writer copying from a hostile page would.
  await desk.body().click();
  await desk.body().evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, HTML_PAYLOADS.join('\n'));
  await desk.waitForSaved();

  // 2. Forged into the document the editor's autosave sends (as a crafted request would carry it): payloads as
  // text, link addresses, embeds and picture attributes.
  const pasted = JSON.parse((await db.article.findUniqueOrThrow({ where: { id } })).body) as { content: unknown[] };
  const image = await db.image.findFirstOrThrow();
  const forged = JSON.stringify({
    type: 'doc',
    content: [
      ...pasted.content,
      ...HTML_PAYLOADS.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
      ...HREF_PAYLOADS.map((href) => ({ type: 'paragraph', content: [{ type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href, onclick: 'window.__xss=1' } }] }] })),
      ...HREF_PAYLOADS.map((url) => ({ type: 'embed', attrs: { url } })),
      { type: 'figure', attrs: { imageId: image.id, src: 'javascript:window.__xss=1', alt: '"><img src=x onerror=window.__xss=1>', caption: '<script>window.__xss=1</script>' } },
      { type: 'iframe', attrs: { src: 'javascript:window.__xss=1' }, content: [{ type: 'text', text: 'inside a made-up node' }] },
    ],
  });
  let forgedSaves = 0;
  await page.route(/\/admin\/articles\/[^/]+$/, async (route) => {
    const request = route.request();
    const args = request.method() === 'POST' && request.headers()['next-action'] ? (JSON.parse(request.postData() ?? 'null') as unknown) : null;
    const first = Array.isArray(args) ? (args[0] as { fields?: { body: string } } | undefined) : undefined;
    if (!first?.fields) return route.continue();
    first.fields.body = forged;
    forgedSaves++;
    return route.continue({ postData: JSON.stringify(args) });
  });
  await desk.typeBody(' ');
  await expect.poll(() => forgedSaves).toBeGreaterThan(0);
  await desk.waitForSaved();
  await page.unroute(/\/admin\/articles\/[^/]+$/);
  expect((await db.article.findUniqueOrThrow({ where: { id } })).body).toContain('inside a made-up node');
  await desk.open(id);
  await desk.step('Publish now');
  await expect(desk.status()).toHaveText('Published');

  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const article = await db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });
  const response = await page.goto(`/${article.section.slug}/${article.slug}`);
  expect(response?.status()).toBe(200);
  // goto waited for the load event (every picture loaded or failed, any onload/onerror run); hovering dispatches
  // its events at once, and a frame's round trip sees them handled.
  await page.mouse.move(200, 400);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  const body = page.locator('article .prose');
  await expect(body.locator('script, iframe, object, embed, svg, math, style, link, meta, base, form, input, video, audio')).toHaveCount(0);
  const attributes = await body.evaluate((el) =>
    [...el.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => `${a.name}=${a.value}`)),
  );
  expect(attributes.filter((a) => /^on/i.test(a) || /^(href|src)=(?!https?:|mailto:|\/[^/])/i.test(a))).toEqual([]);
  // The words are still there, shown as text.
  await expect(body).toContainText('<script>window.__xss=1</script>');
});
