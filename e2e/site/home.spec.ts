import { expect, test } from '../fixtures';
import { formatMastheadDate } from '../../lib/dates/format';

const timeZone = process.env.SITE_TIME_ZONE ?? 'Europe/London';

test('the homepage shows today’s date in the site’s time zone under the masthead', async ({ home }) => {
  const response = await home.goto();
  expect(response?.status()).toBe(200);
  await expect(home.mastheadDate).toHaveText(formatMastheadDate(new Date(), timeZone));
});

test('the homepage lists the ten latest stories with their times', async ({ home, db }) => {
  await home.goto();
  const latest = await db.article.findMany({
    where: { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: new Date() } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: 10,
  });
  await expect(home.latestItems).toHaveCount(10);
  await expect(home.latestItems.getByRole('link')).toHaveText(latest.map((a) => a.headline));
  await expect(home.latestItems.first().locator('time').first()).toHaveText(/^\d{2}:\d{2}$/);
});

test('the homepage leads with the latest story that has a picture, with its standfirst', async ({ home, db }) => {
  const lead = await db.article.findFirstOrThrow({
    where: { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: new Date() }, heroImageId: { not: null } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
  });
  await home.goto();
  await expect(home.topStory.getByRole('heading', { level: 2 })).toHaveText(lead.headline);
  await expect(home.topStory.locator('img')).toHaveCount(1);
  await expect(home.topStory.getByText(lead.standfirst)).toBeVisible();
});

test('the homepage has a block for each section', async ({ home, db }) => {
  await home.goto();
  const sections = await db.section.findMany({ orderBy: { position: 'asc' } });
  for (const section of sections) {
    const block = home.sectionBlock(section.name);
    await expect(block).toBeVisible();
    await expect(block.getByRole('article').first()).toBeVisible();
  }
});
