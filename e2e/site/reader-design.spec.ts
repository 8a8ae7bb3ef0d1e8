import { expect, test } from '../fixtures';
import { storyWithSeveralAuthors } from '../factories/stories';
import { ReaderChrome } from '../pages/reader-chrome';

// What the reader's design promises beyond axe's rules: a keyboard reaches the content first, the small-screen menu
// works without JavaScript, articles say how long they take to read and can be shared without anyone's script,
// print leaves out the site around a story, and the latest news goes on page by page.

test('the first Tab shows the skip link, and following it moves on to the main content', async ({ page }) => {
  const chrome = new ReaderChrome(page);
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(chrome.skipLink).toBeFocused();
  await expect(chrome.skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
  await expect(chrome.main).toBeInViewport();
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('/');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

test('nothing is wider than a 375 px phone screen', async ({ page, db }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const url of ['/', (await storyWithSeveralAuthors(db)).url, '/latest']) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(375);
  }
});

test.describe('on a phone without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });

  test('the menu opens with a tap and leads to a section', async ({ page, db }) => {
    const chrome = new ReaderChrome(page);
    const section = await db.section.findFirstOrThrow({ where: { articles: { some: { status: 'published' } } }, orderBy: { position: 'asc' } });
    await page.goto('/');
    await expect(chrome.sections).toBeHidden();
    await chrome.menuButton.click();
    await expect(chrome.sections).toBeVisible();
    await chrome.sections.getByRole('link', { name: section.name, exact: true }).click();
    await expect(page).toHaveURL(`/${section.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.name);
  });

  test('the menu is a keyboard-operable disclosure', async ({ page }) => {
    const chrome = new ReaderChrome(page);
    await page.goto('/');
    await chrome.menuButton.focus();
    await page.keyboard.press('Enter');
    await expect(chrome.sections).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(chrome.sections.getByRole('link').first()).toBeFocused();
  });

  test('an article’s share links are plain links, and there is no copy button that could not work', async ({ page, db }) => {
    const chrome = new ReaderChrome(page);
    const story = await storyWithSeveralAuthors(db);
    await page.goto(story.url);
    await expect(chrome.shareList.getByRole('link')).toHaveCount(5);
    await expect(chrome.copyLinkButton).toHaveCount(0);
  });
});

test('an article shows its reading time and share links carrying its address', async ({ page, db }) => {
  const chrome = new ReaderChrome(page);
  const story = await storyWithSeveralAuthors(db);
  await page.goto(story.url);
  await expect(chrome.readingTime).toHaveText(/^\d+ min read$/);
  const address = new URL(story.url, page.url()).href;
  const facebook = await chrome.shareList.getByRole('link', { name: 'Share on Facebook' }).getAttribute('href');
  expect(new URL(facebook!).searchParams.get('u')).toBe(address);
  const mail = await chrome.shareList.getByRole('link', { name: 'Share by email' }).getAttribute('href');
  expect(new URL(mail!).searchParams.get('subject')).toBe(story.headline);
  // No third-party script or frame on the page.
  const foreign = await page.evaluate(() =>
    [...document.querySelectorAll('script[src], iframe[src]')].map((el) => el.getAttribute('src')!).filter((src) => /^https?:/.test(src) && !src.startsWith(location.origin)),
  );
  expect(foreign).toEqual([]);
});

test('with JavaScript, the copy button puts the article’s address on the clipboard', async ({ page, context, db }) => {
  const chrome = new ReaderChrome(page);
  const story = await storyWithSeveralAuthors(db);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(story.url);
  await chrome.copyLinkButton.click();
  await expect(chrome.shareList.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(story.url, page.url()).href);
});

test('a printed article leaves out the navigation, share links and footer, on white even in dark mode', async ({ page, db }) => {
  const chrome = new ReaderChrome(page);
  const story = await storyWithSeveralAuthors(db);
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto(story.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const hidden of [chrome.header, chrome.footer, chrome.shareList, page.getByRole('navigation', { name: 'Breadcrumb' })]) {
    await expect(hidden).toBeHidden();
  }
  const colours = await page.evaluate(() => ({ page: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));
  expect(colours).toEqual({ page: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
});

test('the homepage’s latest news continues at /latest, 20 stories a page with stable page addresses', async ({ page, home, db }) => {
  const total = await db.article.count({ where: { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: new Date() } } });
  await home.goto();
  await home.latestNews.getByRole('link', { name: 'More latest news' }).click();
  await expect(page).toHaveURL('/latest');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest news');
  await expect(page.locator('main ul li h2')).toHaveCount(Math.min(total, 20));
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Older stories/ }).click();
  await expect(page).toHaveURL('/latest/page/2');
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(`Page 2 of ${Math.ceil(total / 20)}`);
});
