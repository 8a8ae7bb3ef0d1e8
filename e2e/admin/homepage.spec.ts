import type { Page } from '@playwright/test';
import { siteConfig } from '../../lib/config/site';
import { toDateTimeLocal } from '../../lib/dates/format';
import type { Database } from '../../lib/db/client';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';
import { escapeHtml, servedWithin2s } from '../timing';

// Homepage curation: pins change what readers see at once, and expire on their own. The tests change the one
// homepage every other test reads, so they run one after another and take their pins off again.
test.describe.configure({ mode: 'serial' });

// lib/homepage/curation.ts EXPIRY_IN_PAST (that module imports next/cache, which the test runner cannot load).
const EXPIRY_IN_PAST = 'Choose an expiry time in the future.';

const live = { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: new Date() } };

/** A live story among those the pin form offers that nothing pins yet and that does not lead already. */
async function unpinnedStory(db: Database, skip = 5, notHeadline?: string | null) {
  return db.article.findFirstOrThrow({
    where: { ...live, pins: { none: {} }, ...(notHeadline ? { headline: { not: notHeadline } } : {}) },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    skip,
  });
}

/** The HTML of the homepage's top story, as the server sent it. */
const topStoryHtml = (html: string) => /<section aria-label="Top story">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';

async function openCuration(page: Page) {
  await signInAs(page, await createUser('editor'));
  await page.goto('/admin/homepage');
  return page.getByRole('region', { name: 'Pin a story' });
}

test('an editor pins a story as the lead and the homepage leads with it at once; unpinned, it leaves', async ({ page, db, home }) => {
  // The homepage is cached with its usual lead before the pin (other tests publish stories meanwhile, so the
  // story to pin is chosen among those that do not lead now).
  await home.goto();
  const story = await unpinnedStory(db, 5, await home.topStory.getByRole('heading', { level: 2 }).textContent());
  await expect(home.topStory.getByRole('heading', { level: 2 })).not.toHaveText(story.headline);
  const form = await openCuration(page);
  await form.getByLabel('Story').selectOption(story.id);
  await form.getByLabel('Place').selectOption('lead');
  await form.getByRole('button', { name: 'Pin story' }).click();
  await expect(form.getByRole('status')).toContainText('is the lead story with no expiry');

  // Within 2 s the homepage the server sends leads with it (timed over HTTP: a browser on this busy test machine
  // adds its own seconds), and a reader's browser shows it.
  const leads = (html: string) => topStoryHtml(html).includes(escapeHtml(story.headline));
  await servedWithin2s(page.request, '/', leads);
  await home.goto();
  await expect(home.topStory.getByRole('heading', { level: 2 })).toHaveText(story.headline);

  await page.goto('/admin/homepage');
  const lead = page.getByRole('region', { name: 'Lead story' });
  await expect(lead.getByRole('link', { name: story.headline })).toBeVisible();
  await lead.getByRole('button', { name: 'Unpin' }).click();
  await expect(lead).toContainText('Not pinned: the newest story with a picture leads.');
  await servedWithin2s(page.request, '/', (html) => !leads(html));
  await home.goto();
  await expect(home.topStory.getByRole('heading', { level: 2 })).not.toHaveText(story.headline);
});

test('a pin whose expiry has already passed is refused', async ({ page, db }) => {
  const story = await unpinnedStory(db, 6);
  const form = await openCuration(page);
  await form.getByLabel('Story').selectOption(story.id);
  await form.getByLabel('Expires (optional)').fill(toDateTimeLocal(new Date(Date.now() - 3_600_000), siteConfig().timeZone).slice(0, 16));
  await form.getByRole('button', { name: 'Pin story' }).click();
  await expect(form.getByRole('alert')).toHaveText(EXPIRY_IN_PAST);
  await expect(form.locator('[data-field="expiresAt"]')).toHaveText(EXPIRY_IN_PAST);
  // The refused form keeps what was typed, and nothing was pinned.
  await expect(form.getByLabel('Story')).toHaveValue(story.id);
  expect(await db.homepagePin.count({ where: { articleId: story.id } })).toBe(0);
});

// The server refreshes the homepage by itself at the expiry (the scheduled-publishing timer, lib/publishing/follow-up.ts).
test('a featured pin leaves the homepage when it expires, with no edit in between', async ({ page, db, home }) => {
  const story = await unpinnedStory(db, 30);
  const form = await openCuration(page);
  // Whole seconds, as the field holds them: the pin expires at this very instant, not up to a second after it.
  const expiresAt = new Date(Math.ceil((Date.now() + 8_000) / 1000) * 1000);
  await form.getByLabel('Story').selectOption(story.id);
  await form.getByLabel('Place').selectOption('featured');
  await form.getByLabel('Expires (optional)').fill(toDateTimeLocal(expiresAt, siteConfig().timeZone));
  await form.getByRole('button', { name: 'Pin story' }).click();
  await expect(form.getByRole('status')).toContainText('is a featured story until');
  await page.goto('about:blank');

  await home.goto();
  await expect(home.featured.getByRole('link', { name: story.headline })).toBeVisible();
  await expect
    .poll(
      async () => {
        await home.goto();
        return home.featured.getByRole('link', { name: story.headline }).count();
      },
      { timeout: 20_000, intervals: [1_000] },
    )
    .toBe(0);
  expect(Date.now()).toBeGreaterThanOrEqual(expiresAt.getTime());
});
