import { expect, test } from '../fixtures';
import { storyWithSeveralAuthors } from '../factories/stories';
import { storyWithoutPicture } from '../factories/seo-stories';
import { fetchImage, SeoHead } from '../pages/seo-head';

// The <head> of reader pages: titles, canonical URLs, Open Graph and Twitter cards, robots rules, and the editor's
// own SEO fields.

test('an article has its title, absolute canonical URL, Open Graph article properties and a large card', async ({ page, request, db, baseURL }) => {
  const story = await storyWithSeveralAuthors(db);
  const tags = await db.articleTag.findMany({ where: { articleId: story.id }, include: { tag: true } });
  const seo = new SeoHead(page);
  await page.goto(story.url);
  const url = new URL(story.url, baseURL).toString();

  await expect(page).toHaveTitle(`${story.headline} | Dateline`);
  expect(await seo.metaContent('description')).toBe(story.standfirst);
  expect(await seo.canonical()).toBe(url);
  expect(await seo.metaContent('og:type')).toBe('article');
  expect(await seo.metaContent('og:url')).toBe(url);
  expect(await seo.metaContent('og:title')).toBe(story.headline);
  expect(await seo.metaContent('og:site_name')).toBe('Dateline');
  expect(await seo.metaContent('article:published_time')).toBe(story.publishedAt!.toISOString());
  expect(await seo.metaContent('article:modified_time')).toBe(story.updatedAt!.toISOString());
  expect(await seo.metaContent('article:section')).toBe(story.section.name);
  expect((await seo.metaContents('article:tag')).sort()).toEqual(tags.map((t) => t.tag.name).sort());
  expect(await seo.metaContents('article:author')).toEqual(story.authors.map((a) => new URL(`/author/${a.author.slug}`, baseURL).toString()));
  expect(await seo.metaContent('twitter:card')).toBe('summary_large_image');
  expect(await seo.metaContent('robots')).toContain('max-image-preview:large');
  expect(await seo.metaContent('robots')).toMatch(/^index, follow/);

  const image = (await seo.metaContent('og:image')) ?? '';
  expect(await seo.metaContent('og:image:width')).toBe('1200');
  expect(await seo.metaContent('og:image:height')).toBe('630');
  expect(await seo.metaContent('twitter:image')).toBe(image);
  // The hero picture, cropped.
  expect(await fetchImage(request, image)).toMatchObject({ status: 200, type: 'image/jpeg', width: 1200, height: 630 });
});

test('the editor’s SEO title, description, canonical override and social image win', async ({ page, request, db }) => {
  const picture = await db.image.findFirstOrThrow({ where: { width: { gte: 1200 } }, orderBy: { createdAt: 'asc' } });
  const story = await storyWithoutPicture(db, {
    seoTitle: 'Night ferry: the figures so far',
    seoDescription: 'What a second winter of night crossings will tell the harbour board.',
    canonicalUrl: 'https://partner.example/ferries/night-ferry-trial',
  });
  await db.article.update({ where: { id: story.id }, data: { socialImageId: picture.id } });
  const seo = new SeoHead(page);
  await page.goto(story.url);

  await expect(page).toHaveTitle('Night ferry: the figures so far | Dateline');
  expect(await seo.metaContent('description')).toBe('What a second winter of night crossings will tell the harbour board.');
  expect(await seo.metaContent('og:title')).toBe('Night ferry: the figures so far');
  expect(await seo.canonical()).toBe('https://partner.example/ferries/night-ferry-trial');
  const image = (await seo.metaContent('og:image')) ?? '';
  expect(image).toContain(`/og/crop/1200x630/${picture.path}`);
  expect(await fetchImage(request, image)).toMatchObject({ status: 200, type: 'image/jpeg', width: 1200, height: 630 });
});

test('an article the editor marked noindex tells robots so, and allows no large preview', async ({ page, db }) => {
  const story = await storyWithoutPicture(db, { noindex: true });
  await page.goto(story.url);
  expect(await new SeoHead(page).metaContent('robots')).toBe('noindex, follow');
});

test('list pages have their own Open Graph description and an absolute canonical URL', async ({ page, db, baseURL }) => {
  const section = await db.section.findFirstOrThrow({ where: { slug: 'news' } });
  const seo = new SeoHead(page);
  await page.goto('/news');
  await expect(page).toHaveTitle(`${section.name} | Dateline`);
  expect(await seo.canonical()).toBe(new URL('/news', baseURL).toString());
  expect(await seo.metaContent('og:type')).toBe('website');
  expect(await seo.metaContent('twitter:card')).toBe('summary');

  await page.goto('/');
  expect(new URL((await seo.canonical()) ?? '').toString()).toBe(new URL('/', baseURL).toString());
  expect(await seo.metaContent('og:type')).toBe('website');
});
