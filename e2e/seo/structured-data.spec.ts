import { randomUUID } from 'node:crypto';
import { expect, test } from '../fixtures';
import { storyWithSeveralAuthors } from '../factories/stories';
import { storyWithoutPicture } from '../factories/seo-stories';
import { tagWithStories } from '../factories/taxonomy';
import { fetchImage, SeoHead, type LdNode } from '../pages/seo-head';

// Structured data of every kind of reader page, read from the production build's real responses: valid JSON, the
// stated schema.org types, Google's required and recommended properties, and the same facts the page shows.

type Ref = { '@type'?: string; '@id'?: string; name?: string; url?: string };
type ImageLd = { '@type': string; url: string; width: string; height: string };
type ListItemLd = { '@type': string; position: number; name: string; url?: string; item?: string };

const absolute = (baseURL: string | undefined, path: string) => new URL(path, baseURL).toString();
const ratio = (image: ImageLd) => Number(image.width) / Number(image.height);

function expectPublisher(publisher: unknown) {
  const org = publisher as Ref & { logo?: ImageLd };
  expect(org['@type']).toBe('NewsMediaOrganization');
  expect(org.name).toBe('Dateline');
  expect(org.logo?.['@type']).toBe('ImageObject');
  expect(org.logo?.url).toMatch(/\/logo\.png$/);
}

test('an article’s NewsArticle has every required and recommended property, matching the page', async ({ page, request, db, articlePage, baseURL }) => {
  const story = await storyWithSeveralAuthors(db);
  const tags = await db.articleTag.findMany({ where: { articleId: story.id }, include: { tag: true } });
  const seo = new SeoHead(page);
  await articlePage.goto(story.url);

  const blocks = await seo.jsonLd();
  expect(blocks.map((b) => b['@type']).sort()).toEqual(['BreadcrumbList', 'NewsArticle']);
  const article = blocks.find((b) => b['@type'] === 'NewsArticle') as LdNode;
  expect(article['@context']).toBe('https://schema.org');

  const h1 = (await articlePage.headline.textContent()) ?? '';
  expect(h1.length).toBeLessThanOrEqual(110);
  expect(article.headline).toBe(h1);
  expect(article.description).toBe(story.standfirst);
  const url = absolute(baseURL, story.url);
  expect(article.url).toBe(url);
  expect(await seo.canonical()).toBe(url);
  expect(article.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': url });

  expect(article.datePublished).toBe(await articlePage.publishedTime.getAttribute('datetime'));
  // The reader-facing "Updated" time is the second <time> of the header.
  expect(article.dateModified).toBe(await articlePage.header.locator('time').nth(1).getAttribute('datetime'));

  const bylineNames = await articlePage.bylineLinks.allTextContents();
  const bylineHrefs = await articlePage.bylineLinks.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const authors = article.author as Ref[];
  expect(authors.map((a) => a['@type'])).toEqual(bylineNames.map(() => 'Person'));
  expect(authors.map((a) => a.name)).toEqual(bylineNames);
  expect(authors.map((a) => a.url)).toEqual(bylineHrefs);

  expectPublisher(article.publisher);
  expect(article.articleSection).toBe(story.section.name);
  await expect(articlePage.breadcrumb.getByRole('link', { name: story.section.name })).toBeVisible();
  expect([...(article.keywords as string[])].sort()).toEqual(tags.map((t) => t.tag.name).sort());
  expect(await page.getByRole('list', { name: 'Topics' }).getByRole('link').allTextContents()).toEqual(article.keywords);
  expect(article.isAccessibleForFree).toBe(true);

  // 16:9, 4:3 and 1:1, each at least 1200 px wide, each served at the size it claims.
  const images = article.image as ImageLd[];
  expect(images.map((i) => ratio(i).toFixed(3))).toEqual([(16 / 9).toFixed(3), (4 / 3).toFixed(3), '1.000']);
  for (const image of images) {
    expect(Number(image.width)).toBeGreaterThanOrEqual(1200);
    const served = await fetchImage(request, image.url);
    expect(served, image.url).toMatchObject({ status: 200, type: 'image/jpeg', width: Number(image.width), height: Number(image.height) });
  }
  const logo = await fetchImage(request, (article.publisher as { logo: ImageLd }).logo.url);
  expect(logo).toMatchObject({ status: 200, type: 'image/png', width: 512, height: 512 });
});

test('an article’s BreadcrumbList names and links the crumbs the page shows', async ({ page, db, articlePage, baseURL }) => {
  const story = await storyWithSeveralAuthors(db);
  await articlePage.goto(story.url);
  const breadcrumb = (await new SeoHead(page).node('BreadcrumbList')) as LdNode & { itemListElement: ListItemLd[] };

  const visible = await articlePage.breadcrumb.getByRole('listitem').allTextContents();
  const names = visible.map((text) => text.replace(/^»/, '').trim());
  expect(breadcrumb.itemListElement.map((i) => i.name)).toEqual(names);
  expect(breadcrumb.itemListElement.map((i) => i.position)).toEqual([1, 2, 3]);
  const hrefs = await articlePage.breadcrumb.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(breadcrumb.itemListElement.map((i) => i.item)).toEqual([...hrefs, absolute(baseURL, story.url)]);
});

test('an article without a picture gets headline cards in every shape', async ({ page, request, db, articlePage }) => {
  const story = await storyWithoutPicture(db);
  await articlePage.goto(story.url);
  const seo = new SeoHead(page);
  const article = (await seo.node('NewsArticle')) as LdNode & { image: ImageLd[] };
  expect(article.image).toHaveLength(3);
  for (const image of article.image) {
    const served = await fetchImage(request, image.url);
    expect(served, image.url).toMatchObject({ status: 200, type: 'image/png', width: Number(image.width), height: Number(image.height) });
  }
  const ogImage = (await seo.metaContent('og:image')) ?? '';
  expect(await fetchImage(request, ogImage)).toMatchObject({ status: 200, type: 'image/png', width: 1200, height: 630 });
});

test('a headline made to end the script element leaves the JSON-LD and the page intact', async ({ page, request, db, articlePage }) => {
  const headline = `Harbour notice </script><script>window.__injected = true; alert(1)</script> <!-- ${randomUUID().slice(0, 6)}`;
  const story = await storyWithoutPicture(db, { headline });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const response = await articlePage.goto(story.url);
  expect(response?.status()).toBe(200);
  await expect(articlePage.headline).toHaveText(headline);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const seo = new SeoHead(page);
  const blocks = await seo.jsonLd();
  expect(blocks.find((b) => b['@type'] === 'NewsArticle')?.headline).toBe(headline);
  const breadcrumb = blocks.find((b) => b['@type'] === 'BreadcrumbList') as LdNode & { itemListElement: ListItemLd[] };
  expect(breadcrumb.itemListElement.at(-1)?.name).toBe(headline);
  // In the raw HTML, no script element starts inside a JSON-LD block.
  const html = await (await request.get(story.url)).text();
  expect(html).not.toContain('<script>window.__injected');
  for (const block of html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g) ?? []) {
    expect(() => JSON.parse(block.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''))).not.toThrow();
  }
});

test('the homepage describes the site, with a search action, and its publisher', async ({ page, baseURL }) => {
  await page.goto('/');
  const seo = new SeoHead(page);
  const website = (await seo.node('WebSite')) as LdNode & { potentialAction: Record<string, unknown> & { target: { urlTemplate: string } } };
  expect(website).toMatchObject({ '@context': 'https://schema.org', name: 'Dateline', url: absolute(baseURL, '/') });
  expect(website.potentialAction['@type']).toBe('SearchAction');
  expect(website.potentialAction.target.urlTemplate).toBe(`${absolute(baseURL, '/search')}?q={search_term_string}`);
  expect(website.potentialAction['query-input']).toBe('required name=search_term_string');
  expectPublisher(await seo.node('NewsMediaOrganization'));
  // Next writes the front page's canonical URL without its slash; both name the same address.
  expect(new URL((await seo.canonical()) ?? '').toString()).toBe(absolute(baseURL, '/'));
});

test('a section front is a CollectionPage listing the stories it shows', async ({ page, db, baseURL }) => {
  const section = await db.section.findFirstOrThrow({ where: { slug: 'news' } });
  await page.goto('/news');
  const collection = (await new SeoHead(page).node('CollectionPage')) as LdNode & { mainEntity: { itemListElement: ListItemLd[] } };
  expect(collection).toMatchObject({ '@context': 'https://schema.org', name: section.name, url: absolute(baseURL, '/news') });
  expect(collection.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  const headings = await page.locator('main ul li h2').allTextContents();
  expect(collection.mainEntity.itemListElement.map((i) => i.name)).toEqual(headings);
  expect(collection.mainEntity.itemListElement.map((i) => i.position)).toEqual(headings.map((_, i) => i + 1));
});

test('a later page of a topic keeps its own canonical URL, and its list continues the numbering', async ({ page, db, baseURL }) => {
  const { tag } = await tagWithStories(db, 'Breakwater', 22);
  const seo = new SeoHead(page);
  await page.goto(`/tag/${tag.slug}/page/2`);
  const url = absolute(baseURL, `/tag/${tag.slug}/page/2`);
  expect(await seo.canonical()).toBe(url);
  expect(await seo.metaContent('og:url')).toBe(url);
  await expect(page).toHaveTitle(`${tag.name} – page 2 | Dateline`);
  const collection = (await seo.node('CollectionPage')) as LdNode & { mainEntity: { itemListElement: ListItemLd[] } };
  expect(collection.url).toBe(url);
  expect(collection.mainEntity.itemListElement.map((i) => i.position)).toEqual([21, 22]);
  expect(collection.mainEntity.itemListElement.map((i) => i.name)).toEqual(await page.locator('main ul li h2').allTextContents());

  await page.goto(`/tag/${tag.slug}`);
  expect(await seo.canonical()).toBe(absolute(baseURL, `/tag/${tag.slug}`));
  expect((await seo.node('CollectionPage'))?.name).toBe(tag.name);
});

test('an author page is a ProfilePage about the person it shows', async ({ page, db, baseURL }) => {
  const author = await db.author.findFirstOrThrow({ where: { jobTitle: { not: '' }, articles: { some: {} } }, orderBy: { name: 'asc' } });
  await page.goto(`/author/${author.slug}`);
  const profile = (await new SeoHead(page).node('ProfilePage')) as LdNode & { mainEntity: Ref & { jobTitle?: string } };
  const url = absolute(baseURL, `/author/${author.slug}`);
  expect(profile).toMatchObject({ '@context': 'https://schema.org', url });
  expect(profile.mainEntity).toMatchObject({ '@type': 'Person', name: author.name, url, jobTitle: author.jobTitle });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name);
});
