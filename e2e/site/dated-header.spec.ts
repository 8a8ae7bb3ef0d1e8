import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_PORT, fakeTimeLibrary } from '../env';
import { expect, test } from '../fixtures';
import { anyLiveStory } from '../factories/stories';
import { startSecondServer } from '../support/second-server';
import { formatMastheadDate, siteDay, startOfSiteDay } from '../../lib/dates/format';

// The day's date heads every reader page, in the site's time zone, and turns over at midnight there on pages that
// stay cached (lib/dates/site-today.ts, the `site-day` tag in lib/cache/handlers/core.mjs).

const timeZone = process.env.SITE_TIME_ZONE ?? 'Europe/London';
const today = () => formatMastheadDate(new Date(), timeZone);

test('the day’s date heads the section, article, tag, author, search and 404 pages, and the homepage’s masthead', async ({ page, db }) => {
  const story = await anyLiveStory(db);
  const tag = await db.tag.findFirstOrThrow({ where: { articles: { some: { article: { status: 'published' } } } } });
  const author = await db.author.findFirstOrThrow({ where: { articles: { some: { article: { status: 'published' } } } } });
  const pages = [`/${story.section.slug}`, story.url, `/tag/${tag.slug}`, `/author/${author.slug}`, '/search?q=harbour', '/news/no-such-story', '/a/b/c/d'];
  for (const address of pages) {
    await page.goto(address);
    const date = page.getByRole('banner').getByTestId('site-date');
    await expect(date, address).toBeVisible();
    await expect(date, address).toHaveText(today());
    await expect(date, address).toHaveAttribute('datetime', siteDay(new Date(), timeZone));
  }
  // The homepage's masthead carries the date itself: once, not twice.
  await page.goto('/');
  await expect(page.getByTestId('masthead-date')).toHaveText(today());
  await expect(page.getByTestId('site-date')).toBeHidden();
});

test('a cached article shows the new day’s date from midnight, with no edit and with JavaScript off', async ({ browser, db }) => {
  const library = fakeTimeLibrary();
  if (!library) throw new Error('Debian’s faketime is needed for this test (apt-get install faketime); npm run test:e2e installs it');
  test.setTimeout(120_000);
  // The server's clock is moved to a minute before the last midnight, then to a minute after it: into the past, so
  // that this server (on the e2e database) has no scheduled moment of its own to act on.
  const midnight = startOfSiteDay(siteDay(new Date(), timeZone), timeZone)!.getTime();
  const clock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-clock-')), 'offset');
  const setClock = (to: number) => fs.writeFileSync(clock, `${Math.round((to - Date.now()) / 1000)}\n`);
  setClock(midnight - 60_000);
  const server = await startSecondServer(E2E_PORT + 8, {
    LD_PRELOAD: library,
    FAKETIME_TIMESTAMP_FILE: clock,
    // Read at every clock call (6 µs each here): a cached offset is not read again when the file changes.
    FAKETIME_NO_CACHE: '1',
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const story = await db.article.findFirstOrThrow({
      where: { status: 'published', publishedAt: { lt: new Date(midnight - 3_600_000) } },
      include: { section: true },
      orderBy: { publishedAt: 'desc' },
    });
    const url = `${server.origin}/${story.section.slug}/${story.slug}`;
    const before = await db.article.findUniqueOrThrow({ where: { id: story.id }, select: { modifiedAt: true } });
    const page = await context.newPage();
    const yesterday = formatMastheadDate(new Date(midnight - 60_000), timeZone);

    expect((await page.goto(url))?.status()).toBe(200);
    await expect(page.getByTestId('site-date')).toHaveText(yesterday);
    // Served from the cache now: the page is not rendered again for the next reader.
    const cached = await page.goto(url);
    expect(cached?.headers()['x-nextjs-cache']).toBe('HIT');
    await expect(page.getByTestId('site-date')).toHaveText(yesterday);

    setClock(midnight + 60_000);
    await page.goto(url);
    await expect(page.getByTestId('site-date')).toHaveText(formatMastheadDate(new Date(midnight + 60_000), timeZone));
    await expect(page.getByTestId('site-date')).toHaveAttribute('datetime', siteDay(new Date(midnight + 60_000), timeZone));
    // Nobody touched the story.
    expect(await db.article.findUniqueOrThrow({ where: { id: story.id }, select: { modifiedAt: true } })).toEqual(before);
  } finally {
    await context.close();
    await server.stop();
    fs.rmSync(path.dirname(clock), { recursive: true, force: true });
  }
});
