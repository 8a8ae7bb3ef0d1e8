import type { APIRequestContext, Page } from '@playwright/test';
import { siteConfig } from '../../lib/config/site';
import { toDateTimeLocal } from '../../lib/dates/format';
import { oldStory } from '../factories/reader-stats';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';
import { bannerHeadlineIn, BreakingBanner, BreakingControl } from '../pages/reader-extras';
import { EditorPage } from '../pages/editor-page';
import { firstSeen } from '../timing';

// Breaking news: one banner on every reader page. The tests change every page other tests read, so they run one
// after another, each with a story of its own.
test.describe.configure({ mode: 'serial' });

type Story = Awaited<ReturnType<typeof oldStory>>;

/** One address of every kind of reader page (search, archive and corrections answer their own page or a 404). */
const everyKindOfPage = (story: Story) => [
  '/',
  `/${story.section.slug}`,
  story.url,
  `/tag/${story.tag.slug}`,
  `/author/${story.author.slug}`,
  '/search?q=harbour',
  '/archive',
  '/corrections',
  '/no-such-section-here',
  '/no/such/page/here',
];

/** The headline each page's banner links to, as the server sends the page (null where there is no banner). */
const bannersOn = (request: APIRequestContext, paths: string[]) =>
  Promise.all(paths.map(async (path) => bannerHeadlineIn(await (await request.get(path)).text())));

// A page that was rendering while the editor's change ran can store what it read before; the publish step
// invalidates again 0.3 s and 0.9 s later (lib/publishing/follow-up.ts), so "at once" is checked as: a request
// that started within 3 seconds of the change saw it (e2e/timing.ts; response times on a busy machine aside).

/** Milliseconds from `since` until a request saw these banners on these pages; under 3 s is "at once". */
const bannersSeenAfter = (since: number, request: APIRequestContext, paths: string[], wanted: (string | null)[]) =>
  firstSeen(since, () => bannersOn(request, paths), wanted);

/** Whole seconds, as the editor's datetime-local control takes them. */
const secondsFromNow = (seconds: number) => new Date(Math.ceil(Date.now() / 1000 + seconds) * 1000);

async function openEditor(page: Page, story: Story) {
  await signInAs(page, await createUser('editor'));
  await new EditorPage(page).open(story.id);
  return new BreakingControl(page);
}

test('an editor flags a story as breaking: the banner is on every kind of page, and goes at its expiry with no edit', async ({ page, db }) => {
  const story = await oldStory(db, 'Breaking: harbour wall breached');
  const paths = everyKindOfPage(story);
  // Pages already cached before the flag must show the banner too.
  await bannersOn(page.request, paths);

  const control = await openEditor(page, story);
  const until = secondsFromNow(12);
  await control.flagUntil(toDateTimeLocal(until, siteConfig().timeZone));
  await expect(control.message).toContainText(`is breaking news until`);
  const flagged = Date.now();

  expect(await bannersSeenAfter(flagged, page.request, paths, paths.map(() => story.headline))).toBeLessThan(3_000);
  await page.goto(`/${story.section.slug}`);
  const banner = new BreakingBanner(page);
  await expect(banner.link).toHaveText(story.headline);
  await expect(banner.link).toHaveAttribute('href', story.url);
  expect(Date.now()).toBeLessThan(until.getTime());

  // Nobody edits anything: at the expiry the banner leaves every page.
  await expect.poll(async () => (await bannersOn(page.request, paths)).filter(Boolean).length, { timeout: 25_000, intervals: [1_000] }).toBe(0);
  expect(Date.now()).toBeGreaterThanOrEqual(until.getTime());
  await page.goto('/');
  await expect(banner.region).toHaveCount(0);
});

test('clearing breaking news takes the banner down at once', async ({ page, db }) => {
  const story = await oldStory(db, 'Breaking: ferry aground');
  const control = await openEditor(page, story);
  await control.flagUntil(toDateTimeLocal(secondsFromNow(600), siteConfig().timeZone));
  await expect(control.message).toContainText('is breaking news until');
  const paths = ['/', story.url, `/${story.section.slug}`];
  expect(await bannersSeenAfter(Date.now(), page.request, paths, paths.map(() => story.headline))).toBeLessThan(3_000);

  await control.clear();
  await expect(control.message).toHaveText(`“${story.headline}” is no longer breaking news.`);
  expect(await bannersSeenAfter(Date.now(), page.request, paths, paths.map(() => null))).toBeLessThan(3_000);
});

test('unpublishing a breaking story takes its banner down', async ({ page, db }) => {
  const story = await oldStory(db, 'Breaking: bridge closed');
  const control = await openEditor(page, story);
  await control.flagUntil(toDateTimeLocal(secondsFromNow(600), siteConfig().timeZone));
  await expect(control.message).toContainText('is breaking news until');
  expect(await bannersSeenAfter(Date.now(), page.request, ['/'], [story.headline])).toBeLessThan(3_000);

  await new EditorPage(page).step('Unpublish');
  await expect(new EditorPage(page).status()).toHaveText('Unpublished');
  expect(await bannersSeenAfter(Date.now(), page.request, ['/', `/tag/${story.tag.slug}`], [null, null])).toBeLessThan(3_000);
});

test('a breaking-news time that has already passed is refused with a clear message', async ({ page, db }) => {
  const story = await oldStory(db, 'Breaking: too late');
  const control = await openEditor(page, story);
  await control.flagUntil(toDateTimeLocal(new Date(Date.now() - 60_000), siteConfig().timeZone));
  await expect(control.message).toHaveText('Choose a time in the future for the breaking-news banner to end.');
  expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).breakingUntil).toBeNull();
});
