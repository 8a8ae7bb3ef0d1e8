import { expect, test } from '../fixtures';
import { formatMastheadDate } from '../../lib/dates/format';
import type { Database } from '../../lib/db/client';

const timeZone = process.env.SITE_TIME_ZONE ?? 'Europe/London';

test('the homepage shows today’s date in the site’s time zone under the masthead', async ({ home }) => {
  const response = await home.goto();
  expect(response?.status()).toBe(200);
  await expect(home.mastheadDate).toHaveText(formatMastheadDate(new Date(), timeZone));
});

test('the homepage lists the ten latest stories with their times', async ({ home, db }) => {
  // Other tests publish and unpublish stories meanwhile: the page and the database are compared until they are
  // read between two such changes.
  await expect
    .poll(async () => {
      await home.goto();
      const shown = await home.latestItems.getByRole('link').allTextContents();
      const latest = await db.article.findMany({
        where: { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: new Date() } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        take: 10,
        select: { headline: true },
      });
      return shown.map((text) => text.trim()).join('\n') === latest.map((a) => a.headline).join('\n') ? 'same' : shown;
    }, { timeout: 20_000, intervals: [1_000] })
    .toBe('same');
  await expect(home.latestItems).toHaveCount(10);
  await expect(home.latestItems.first().locator('time').first()).toHaveText(/^\d{2}:\d{2}$/);
});

/** The lead readers should see: the editors' unexpired lead pin on a live story, else the newest live story with a picture. */
async function expectedLead(db: Database) {
  const now = new Date();
  const live = { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: now } };
  const unexpired = { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  const pinned = await db.homepagePin.findFirst({ where: { slot: 'lead', ...unexpired, article: live }, include: { article: true } });
  if (pinned) return pinned.article;
  const featured = await db.homepagePin.findMany({ where: { slot: 'featured', ...unexpired }, select: { articleId: true } });
  return db.article.findFirstOrThrow({
    where: { ...live, heroImageId: { not: null }, id: { notIn: featured.map((p) => p.articleId) } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
  });
}

test('the homepage leads with the editors’ pin, or else the latest story that has a picture, with its standfirst', async ({ home, db }) => {
  // Curation tests pin and unpin leads meanwhile: compare the page with the database as it was when it loaded.
  await expect(async () => {
    const lead = await expectedLead(db);
    await home.goto();
    await expect(home.topStory.getByRole('heading', { level: 2 })).toHaveText(lead.headline, { timeout: 1_000 });
    await expect(home.topStory.getByText(lead.standfirst)).toBeVisible({ timeout: 1_000 });
    if (lead.heroImageId) await expect(home.topStory.locator('img')).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

test('the homepage has a block for each section', async ({ home, db }) => {
  await home.goto();
  // The lead and the featured stories are not repeated in the section blocks.
  const shownAbove = new Set([
    ...(await home.topStory.getByRole('heading', { level: 2 }).allTextContents()),
    ...(await home.featured.getByRole('heading').allTextContents()),
  ]);
  // A section with no live story yet (one an editor has just created), or only stories shown above, has no block.
  const sections = await db.section.findMany({
    where: { articles: { some: { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: new Date() }, headline: { notIn: [...shownAbove] } } } },
    orderBy: { position: 'asc' },
  });
  for (const section of sections) {
    const block = home.sectionBlock(section.name);
    await expect(block).toBeVisible();
    await expect(block.getByRole('article').first()).toBeVisible();
  }
});
