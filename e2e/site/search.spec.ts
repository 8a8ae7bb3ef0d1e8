import { randomInt } from 'node:crypto';
import { expect, test } from '../fixtures';
import { storiesSharingAWord, storyWithoutPicture } from '../factories/seo-stories';
import { SearchPage } from '../pages/search-page';
import { HOSTILE_QUERIES } from '../../tests/support/hostile-queries';

// Reader search against the production build and the seeded demo newsroom. URLSearchParams encodes each query
// (lone surrogates become U+FFFD, as a browser would send them).
const searchUrl = (params: Record<string, string>) => `/search?${new URLSearchParams(params)}`;

const randomLetters = () => Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join('');

/**
 * A story of this test's own whose headline has a word no other story has (letters only, as the index splits words),
 * so a test that creates stories meanwhile can neither take its place nor share its word.
 */
async function storyToFind(db: Parameters<typeof storyWithoutPicture>[0]) {
  const word = `quillon${randomLetters()}`;
  const story = await storyWithoutPicture(db, { headline: `Lantern keepers restore the ${word} light at Merrow Point` });
  return { story, word };
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader searches from the header and sees the matches marked', async ({ page, db }) => {
    const { story, word } = await storyToFind(db);
    const search = new SearchPage(page);

    await page.goto(story.url);
    await search.fromHeader(word);

    await expect(page).toHaveURL(searchUrl({ q: word }));
    await expect(search.heading).toBeVisible();
    await expect(search.count).toContainText(new RegExp(`\\d+ results? for “${word}”`));
    const result = search.resultLink(story.headline);
    await expect(result).toBeVisible();
    await expect(result.locator('mark').first()).toHaveText(word, { ignoreCase: true });
  });

  test('a reader refines a search with the page’s own form and filters', async ({ page, db }) => {
    const { story, word } = await storyToFind(db);
    const search = new SearchPage(page);
    await page.goto(searchUrl({ q: 'harbour' }));

    await search.fromPage(word, story.section.name);

    // A GET form sends its empty fields too ("&author=&from=&to="): the search ignores them.
    await expect(page).toHaveURL((url) => url.searchParams.get('q') === word && url.searchParams.get('section') === story.section.slug);
    await expect(search.resultLink(story.headline)).toBeVisible();
    for (const section of await search.resultSections.allTextContents()) expect(section).toBe(story.section.name);
  });
});

test('search results are not for search engines', async ({ page }) => {
  await page.goto(searchUrl({ q: 'harbour' }));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page).toHaveTitle(/^Search: harbour/);
  const robots = await page.request.get('/robots.txt');
  expect(await robots.text()).toMatch(/Disallow: \/search\?/);
});

test('results page on at stable addresses', async ({ page, db }) => {
  const word = `gaugeline${randomLetters()}`;
  await storiesSharingAWord(db, word, 25);
  const search = new SearchPage(page);
  await page.goto(searchUrl({ q: word }));
  await expect(search.count).toContainText(/^25 results/);
  const firstPage = await search.resultHrefs();

  await search.nextPage.click();

  await expect(page).toHaveURL(searchUrl({ q: word, page: '2' }));
  await expect(page.getByText(/^Page 2 of 2$/)).toBeVisible();
  const secondPage = await search.resultHrefs();
  expect(firstPage.length + secondPage.length).toBe(25);
  expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
});

test('a search that finds nothing says so and suggests where to look', async ({ page }) => {
  const search = new SearchPage(page);
  await page.goto(searchUrl({ q: 'qzxvbnmwrtplk', section: 'no-such-section', from: 'yesterday' }));

  await expect(page.getByRole('heading', { name: 'No stories match “qzxvbnmwrtplk”.' })).toBeVisible();
  await expect(page.getByText('Check the spelling.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Browse the sections' })).toBeVisible();
  await expect(search.notices).toContainText('There is no section “no-such-section”');
  await expect(search.notices).toContainText('The “from” date was not understood');
});

test('every hostile query answers 200 with results or the empty state', async ({ page }) => {
  const failures: string[] = [];
  for (const q of HOSTILE_QUERIES) {
    const response = await page.request.get(searchUrl({ q, section: q.slice(0, 100), page: q.slice(0, 10) }));
    // React separates adjacent text with <!-- --> in server-rendered HTML.
    const html = (await response.text()).replaceAll('<!-- -->', '');
    const answered = /\d+ results? for|No stories match|has no letters or numbers to search for|Type a word or two/.test(html);
    if (response.status() !== 200 || !answered) failures.push(`${JSON.stringify(q.slice(0, 40))} → ${response.status()}`);
  }
  expect(failures).toEqual([]);
});

test('a long query is cut, and the page says so', async ({ page }) => {
  await page.goto(searchUrl({ q: 'harbour '.repeat(100) }));
  await expect(new SearchPage(page).notices).toContainText('Searches use the first 200 characters');
});
