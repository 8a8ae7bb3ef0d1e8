import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import type { APIRequestContext } from '@playwright/test';
import { aggregateViews, oldStory, read } from '../factories/reader-stats';
import { createUser, type TestUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';
import { InsightsPage } from '../pages/insights-page';

type Db = Parameters<Parameters<typeof test>[2]>[0]['db'];

/** Stories owned by `writer`, dated years back (never on the homepage other tests compare), not yet read. */
async function storiesOf(db: Db, writer: TestUser, labels: string[]) {
  const stories = [];
  for (const label of labels) {
    const story = await oldStory(db, label);
    await db.article.update({ where: { id: story.id }, data: { ownerId: writer.id } });
    stories.push(story);
  }
  return stories;
}

async function csvRows(request: APIRequestContext, href: string): Promise<string[][]> {
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="dateline-.+\.csv"$/);
  return parse(await response.text()) as string[][];
}

test('the dashboard counts what readers read: three stories read 3, 2 and 1 times, in that order, in tables and CSV', async ({ page, browser, db }) => {
  const writer = await createUser('author');
  const stories = await storiesOf(db, writer, ['Insights first', 'Insights second', 'Insights third']);
  // Readers in a browser of their own, each visit counted by its beacon.
  const reader = await browser.newPage();
  for (const [story, visits] of [[stories[2]!, 1], [stories[0]!, 3], [stories[1]!, 2]] as const) {
    for (let i = 0; i < visits; i++) expect((await read(reader, story.url)).beacon.status()).toBe(202);
  }
  await reader.close();
  await aggregateViews(page.request);

  // The author sees their own stories: exactly these three.
  await signInAs(page, writer);
  const insights = new InsightsPage(page);
  await insights.goto('now');
  await expect(page.getByText('How your stories are read')).toBeVisible();
  expect(await insights.topStoryRows()).toEqual([
    [stories[0]!.headline, '3'],
    [stories[1]!.headline, '2'],
    [stories[2]!.headline, '1'],
  ]);
  await expect(insights.figure('now')).toHaveText('6');
  await expect(insights.figure('today')).toHaveText('6');

  // The charts are drawn, described for screen readers, and their numbers are in tables (the hour may have turned
  // between the visits: the last two hours hold them all).
  for (const chart of ['hourly', 'daily'] as const) {
    await expect(insights.chartImage(chart).locator('svg rect, svg path').first()).toBeAttached();
    await expect(insights.chartImage(chart)).toHaveAttribute('aria-label', /6 in all/);
  }
  const hourly = await insights.chartTable('hourly');
  const lastHours = await hourly.locator('tbody tr').evaluateAll((rows) => rows.slice(-2).map((r) => Number(r.lastElementChild!.textContent)));
  expect(lastHours[0]! + lastHours[1]!).toBe(6);
  await expect(hourly.locator('tbody tr')).toHaveCount(48);

  // The CSV behind each table holds the same rows.
  const topCsv = await csvRows(page.request, (await insights.csvLink(/Download CSV of top stories/).getAttribute('href'))!);
  expect(topCsv[0]).toEqual(['Rank', 'Headline', 'Section', 'Status', expect.stringMatching(/^Published \(/), 'Views', 'Address']);
  expect(topCsv.slice(1).map((row) => [row[1], row[5], row[6]])).toEqual(stories.map((s, i) => [s.headline, String(3 - i), s.url]));
  const hourlyCsv = await csvRows(page.request, (await insights.csvLink(/Download CSV of views per hour/).getAttribute('href'))!);
  expect(hourlyCsv).toHaveLength(49);
  expect(hourlyCsv.slice(1).map((row) => row[1])).toEqual(await hourly.locator('tbody tr td:last-child').allInnerTexts());
  const dailyCsv = await csvRows(page.request, (await insights.csvLink(/Download CSV of views per day/).getAttribute('href'))!);
  expect(Number(dailyCsv.at(-1)![1])).toBe(6);
});

test('a story’s page charts its first week with its publication and updates marked', async ({ page, db }) => {
  const writer = await createUser('contributor');
  const [story] = await storiesOf(db, writer, ['Insights week']);
  const published = story!.publishedAt!;
  const hour = (n: number) => new Date(Math.floor(published.getTime() / 3_600_000 + n) * 3_600_000);
  await db.articleViewHour.createMany({ data: [{ articleId: story!.id, hour: hour(0), views: 40 }, { articleId: story!.id, hour: hour(30), views: 2 }] });
  await db.articleUpdate.create({ data: { articleId: story!.id, kind: 'update', note: 'More detail', at: new Date(hour(30).getTime() + 600_000) } });

  await signInAs(page, writer);
  const insights = new InsightsPage(page);
  await insights.gotoStory(story!.id);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story!.headline);
  await expect(insights.figure('first-week')).toHaveText('42');
  await expect(insights.chartImage('story')).toHaveAttribute('aria-label', /Dashed lines mark published at .+, updated at/);
  await expect(insights.chartImage('story').locator('svg')).toContainText('Published');
  const table = await insights.chartTable('story');
  await expect(table.locator('tbody tr')).toHaveCount(168);
  await expect(table.locator('tbody tr').nth(30)).toContainText('Updated');
  const csv = await csvRows(page.request, (await insights.csvLink(/Download CSV/).getAttribute('href'))!);
  expect(csv.slice(1).map((row) => Number(row[2])).reduce((a, b) => a + b, 0)).toBe(42);
});

test('editors see the whole site; writers only their own stories; nobody else sees anything', async ({ page, browser, db, request }) => {
  const writer = await createUser('author');
  const [theirs] = await storiesOf(db, writer, ['Insights theirs']);
  const other = await createUser('contributor');

  // Another writer cannot open the story's page or its CSV: to them it does not exist.
  await signInAs(page, other);
  const insights = new InsightsPage(page);
  // (The admin streams its pages, so the not-found page arrives with the status already sent.)
  await insights.gotoStory(theirs!.id);
  await expect(page.getByRole('heading', { name: 'We can’t find that page' })).toBeVisible();
  expect((await page.request.get(`/api/admin/insights/story?story=${theirs!.id}`)).status()).toBe(404);
  const bad = await page.request.get('/api/admin/insights/top-stories?period=forever');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).message).toMatch(/period must be one of/);
  await insights.goto('forever');
  await expect(page.locator('main').getByRole('alert')).toContainText('The period must be one of');

  const editorPage = await (await browser.newContext()).newPage();
  await signInAs(editorPage, await createUser('editor'));
  const editorView = new InsightsPage(editorPage);
  await editorView.goto('30d');
  await expect(editorPage.getByText('How the whole site is read')).toBeVisible();
  await expect(editorPage.getByRole('region', { name: /^Top sections/ }).locator('tbody tr').first()).toBeVisible();
  expect((await editorView.gotoStory(theirs!.id))?.status()).toBe(200);
  await editorPage.context().close();

  // Signed out: the page sends to sign-in, the CSV answers 401.
  expect((await request.get('/api/admin/insights/daily')).status()).toBe(401);
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto('/admin/insights');
  expect(new URL(anonymous.url()).pathname).toBe('/admin/login');
  await anonymous.context().close();
});

// The newsroom has one colour scheme (the dark one is the reader pages', under [data-reader]), whatever the system's
// preference: one scan, with the system set to dark, is all of it.
test('no serious accessibility violations on the dashboard and a story’s page', async ({ page, db }) => {
  const editor = await createUser('editor');
  const [story] = await storiesOf(db, editor, ['Insights axe']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await signInAs(page, editor);
  for (const url of ['/admin/insights', `/admin/insights/stories/${story!.id}`]) {
    await page.goto(url);
    // The tables behind the charts are checked open, as a keyboard or screen-reader user would read them.
    for (const summary of await page.getByText('Show the numbers').all()) await summary.click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
    expect(serious, url).toEqual([]);
  }
});
