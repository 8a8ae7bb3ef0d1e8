import { expect, test } from '../fixtures';
import { storyWithSeveralAuthors } from '../factories/stories';

test('an article has a breadcrumb from Main through its section to its headline', async ({ articlePage, db }) => {
  const story = await storyWithSeveralAuthors(db);
  await articlePage.goto(story.url);
  await expect(articlePage.breadcrumb).toHaveText(`Main»${story.section.name}»${story.headline}`);
  await expect(articlePage.breadcrumb.getByRole('link', { name: 'Main' })).toHaveAttribute('href', '/');
  await expect(articlePage.breadcrumb.getByRole('link', { name: story.section.name })).toHaveAttribute(
    'href',
    `/${story.section.slug}`,
  );
});

test('the headline is the page’s only h1', async ({ articlePage, page, db }) => {
  const story = await storyWithSeveralAuthors(db);
  await articlePage.goto(story.url);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(articlePage.headline).toHaveText(story.headline);
  await expect(page).toHaveTitle(new RegExp(`^${story.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`));
});

test('the publication date is the stored one, and an update is shown', async ({ articlePage, db }) => {
  const story = await storyWithSeveralAuthors(db);
  await articlePage.goto(story.url);
  await expect(articlePage.publishedTime).toHaveAttribute('datetime', story.publishedAt!.toISOString());
  await expect(articlePage.publishedTime).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(articlePage.header.getByText('Updated')).toBeVisible();
  await expect(articlePage.header.locator(`time[datetime="${story.updatedAt!.toISOString()}"]`)).toBeVisible();
});

test('each author in the byline links to their author page', async ({ articlePage, page, db }) => {
  const story = await storyWithSeveralAuthors(db);
  await articlePage.goto(story.url);
  await expect(articlePage.bylineLinks).toHaveText(story.authors.map((a) => a.author.name));
  await articlePage.bylineLinks.nth(1).click();
  await expect(page).toHaveURL(`/author/${story.authors[1]!.author.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.authors[1]!.author.name);
});

test('the related-stories footer repeats the headline and never links to the article itself', async ({ articlePage, db }) => {
  const story = await storyWithSeveralAuthors(db);
  await articlePage.goto(story.url);
  await expect(articlePage.relatedTitle).toHaveText((await articlePage.headline.textContent()) ?? '');
  const hrefs = await articlePage.relatedLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.length).toBeLessThanOrEqual(6);
  expect(hrefs).not.toContain(story.url);
});

test('the hero picture has alt text, a caption and a credit', async ({ articlePage, page, db }) => {
  const story = await storyWithSeveralAuthors(db);
  const image = await db.image.findUniqueOrThrow({ where: { id: story.heroImageId! } });
  await articlePage.goto(story.url);
  const figure = page.locator('article figure').first();
  await expect(figure.getByRole('img', { name: image.alt })).toBeVisible();
  await expect(figure.locator('figcaption')).toContainText(image.caption);
  await expect(figure.locator('figcaption')).toContainText(image.credit);
});
