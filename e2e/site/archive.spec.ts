import { monthName } from '../../lib/archive/periods';
import { siteConfig } from '../../lib/config/site';
import { siteDay } from '../../lib/dates/format';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';
import { EditorPage } from '../pages/editor-page';

// The archive by date: years → months → days → the day's stories, in the site's time zone.

const SEEDED = 'council-approves-anchorage-quay-scheme-with-bigger-fish-market';

test('a reader finds a story by clicking from the year to its month and day', async ({ page, db }) => {
  const story = await db.article.findUniqueOrThrow({ where: { slug: SEEDED } });
  const day = siteDay(story.publishedAt!, siteConfig().timeZone);
  const [year, month, dayOfMonth] = day.split('-') as [string, string, string];
  const monthLabel = monthName(Number(month));

  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Archive' }).click();
  await expect(page).toHaveURL('/archive');
  await page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: year, exact: true }).click();
  await expect(page).toHaveURL(`/archive/${year}`);
  await page.getByRole('navigation', { name: 'Months' }).getByRole('link', { name: monthLabel, exact: true }).click();
  await expect(page).toHaveURL(`/archive/${year}/${month}`);
  await page.getByRole('navigation', { name: 'Days' }).getByRole('link', { name: `${Number(dayOfMonth)} ${monthLabel}`, exact: true }).click();
  await expect(page).toHaveURL(`/archive/${year}/${month}/${dayOfMonth}`);

  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${Number(dayOfMonth)} ${monthLabel} ${year}`);
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link')).toHaveText(['Main', 'Archive', year, monthLabel]);
  await expect(page.getByRole('link', { name: story.headline })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/archive/${year}/${month}/${dayOfMonth}$`));
});

test('an article’s date links to its day in the archive', async ({ page, db }) => {
  const story = await db.article.findUniqueOrThrow({ where: { slug: SEEDED }, include: { section: true } });
  await page.goto(`/${story.section.slug}/${story.slug}`);
  await page.locator('article > header').getByRole('link', { name: /^\d{1,2} [A-Z][a-z]+ \d{4}$/ }).click();
  await expect(page).toHaveURL(`/archive/${siteDay(story.publishedAt!, siteConfig().timeZone).replaceAll('-', '/')}`);
  await expect(page.getByRole('link', { name: story.headline })).toBeVisible();
});

test('publishing puts a story on its day and month in the archive at once, and unpublishing takes it off', async ({ page, db, request }) => {
  const dayPath = (date: Date) => `/archive/${siteDay(date, siteConfig().timeZone).replaceAll('-', '/')}`;
  // Today's page (the demo newsroom has stories today) is rendered once and then served from the cache.
  const today = dayPath(new Date());
  expect((await request.get(today)).status()).toBe(200);
  expect((await request.get(today)).headers()['x-nextjs-cache']).toBe('HIT');

  await signInAs(page, await createUser('editor'));
  const desk = new EditorPage(page);
  const headline = `Archive test ${Date.now().toString(36)}`;
  await desk.create(headline, 'News');
  await desk.typeBody('A story for the archive.');
  await desk.waitForSaved();
  await desk.step('Publish now');
  await expect(desk.status()).toHaveText('Published');
  const { publishedAt } = await db.article.findFirstOrThrow({ where: { headline } });
  const day = dayPath(publishedAt!);
  const month = day.slice(0, -3);

  expect(await (await request.get(day)).text()).toContain(headline);
  expect(await (await request.get(month)).text()).toContain(headline);
  await desk.step('Unpublish');
  await expect(desk.status()).toHaveText('Unpublished');
  expect(await (await request.get(day)).text()).not.toContain(headline);
  expect(await (await request.get(month)).text()).not.toContain(headline);
});

for (const url of ['/archive/2019/13', '/archive/2019/02/30', '/archive/2019/5', '/archive/2019/05/7', '/archive/may', '/archive/2019/05/16/x', '/archive/1901', '/archive/2019/05/page/1']) {
  test(`an address that is not an archive date answers 404: ${url}`, async ({ request }) => {
    expect((await request.get(url)).status()).toBe(404);
  });
}
