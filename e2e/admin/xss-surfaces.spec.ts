import type { Locator, Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { HTML_PAYLOADS } from '../../tests/support/xss-payloads';
import { createUser } from '../factories/users';
import { clientAddress, expect, signInAs, test } from '../fixtures';
import { EditorPage } from '../pages/editor-page';

// The XSS corpus where the newsroom sees it, not only on the public page: pasted into the editor one payload at a
// time, then in the revisions diff, the conflict view, the preview and the feeds. Any script that ran would set
// window.__xss (or open a dialog); the pages' Content-Security-Policy would also report it, which the fixtures treat
// as a failure.

const DANGEROUS = 'script, iframe, object, embed, svg, math, style, link, meta, base, form, input, video, audio, noscript';

async function expectInert(page: Page, where: string, scope: Locator) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `${where}: a script ran`).toBeUndefined();
  await expect(scope.locator(DANGEROUS), `${where}: an element that can run or load code`).toHaveCount(0);
  const attributes = await scope.evaluate((el) => [...el.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => `${a.name}=${a.value}`)));
  expect(attributes.filter((a) => /^on/i.test(a) || /^(href|src|action|formaction)=\s*(?:javascript|data|vbscript):/i.test(a)), where).toEqual([]);
}

/** Pastes `html` into the editor as a browser does (a paste event carrying text/html). */
async function paste(desk: EditorPage, html: string) {
  await desk.body().evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/html', value);
    data.setData('text/plain', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** Loads a feed item's HTML into a page of its own (no policy there: a payload that survived would run). */
async function expectFeedHtmlInert(page: Page, where: string, html: string) {
  // setContent waits for the load event: every picture has loaded or failed (and any onerror run) by then.
  await page.setContent(`<!doctype html><html><body><main id="item">${html}</main></body></html>`);
  await expectInert(page, where, page.locator('#item'));
}

test('every XSS payload, pasted one at a time, stays text in the editor, the diff, the conflict view, the preview and the feeds', async ({ page, browser, baseURL, db, cspViolations }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    // Leaving the editor with the conflict unresolved asks first: that question is the editor's own.
    if (dialog.type() === 'beforeunload') return dialog.accept();
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const editor = await createUser('editor');
  await signInAs(page, editor);
  const desk = new EditorPage(page);
  const headline = `Harbour notice ${Date.now()} <img src=x onerror=window.__xss=1>`;
  const id = await desk.create(headline, 'News');

  // The editor: each payload on its own, then the document checked before the next.
  await desk.body().click();
  for (const payload of HTML_PAYLOADS) {
    await paste(desk, payload);
    await expectInert(page, `editor after pasting ${payload}`, desk.body());
    // A round trip to the page: the browser's console messages about the paste have arrived before its answer.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(cspViolations, `the editor after pasting ${payload}`).toEqual([]);
  }
  await desk.typeBody(' The notice ends here.');
  await desk.waitForSaved();

  // A second version whose text is the corpus as words, for the diff.
  await desk.body().click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(` ${HTML_PAYLOADS.slice(0, 12).join(' ')}`);
  await desk.saveNow();
  await desk.waitForSaved();
  await page.goto(`/admin/articles/${id}/revisions`);
  await page.getByRole('button', { name: 'Compare' }).click();
  const diff = page.getByTestId('revision-diff');
  await expect(diff).toBeVisible();
  await expectInert(page, 'revisions diff', diff);
  await expect(diff).toContainText('<script>window.__xss=1</script>');

  // The conflict view: someone else saves first; this editor's next save shows both versions side by side.
  await desk.open(id);
  const other = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } });
  const otherPage = await other.newPage();
  await signInAs(otherPage, await createUser('editor'));
  const otherDesk = new EditorPage(otherPage);
  await otherDesk.open(id);
  await otherDesk.typeBody(' <svg onload="window.__xss=1"> from the other editor');
  await otherDesk.waitForSaved();
  await desk.typeBody(' <img src=x onerror="window.__xss=1"> from this editor');
  const conflict = page.getByTestId('conflict-view');
  await expect(conflict).toBeVisible();
  for (const side of ['mine', 'theirs']) await expectInert(page, `conflict view (${side})`, conflict.getByTestId(`${side}-body`));
  await expect(conflict.getByTestId('theirs-body')).toContainText('<svg onload="window.__xss=1"> from the other editor');
  await other.close();

  // The preview, as readers will see it.
  await page.goto(`/preview/${id}`);
  // The article's text (the page around it carries the site's own JSON-LD and no-script view pixel).
  await expectInert(page, 'preview', page.locator('article .prose'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);

  // Published: the feeds carry the body as HTML; loaded as a feed reader would, it runs nothing.
  await desk.open(id);
  await desk.step('Publish now');
  await expect(desk.status()).toHaveText('Published');
  const row = await db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });
  const url = `${new URL(baseURL!).origin}/${row.section.slug}/${row.slug}`;
  const json = (await (await page.request.get('/feeds/feed.json')).json()) as { items: { url: string; title: string; content_html?: string; summary?: string }[] };
  const item = json.items.find((i) => i.url === url);
  expect(item, 'the story is in the JSON feed').toBeDefined();
  expect(item!.title).toBe(headline);
  await expectFeedHtmlInert(page, 'JSON feed content_html', item!.content_html ?? '');
  const rss = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' }).parse(await (await page.request.get('/feeds/rss.xml')).text()) as {
    rss: { channel: { item: { link: string; 'content:encoded'?: { '#cdata'?: string } | string }[] } };
  };
  const rssItem = rss.rss.channel.item.find((i) => i.link === url);
  expect(rssItem, 'the story is in the RSS feed').toBeDefined();
  const encoded = rssItem!['content:encoded'];
  await expectFeedHtmlInert(page, 'RSS content:encoded', typeof encoded === 'string' ? encoded : (encoded?.['#cdata'] ?? ''));

  expect(dialogs).toEqual([]);
});
