import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { commentableStory, trustedCommenter } from '../factories/comments';
import { liveBlog } from '../factories/live-blogs';
import { storyWithSeveralAuthors } from '../factories/stories';

/** Every rule, or (`colours`) only those a colour scheme decides: text contrast, and links told apart by colour. */
async function seriousViolations(page: Page, { colours = false } = {}) {
  const axe = new AxeBuilder({ page });
  const results = await (colours ? axe.withRules(['color-contrast', 'link-in-text-block']) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

type Db = Parameters<Parameters<typeof test>[2]>[0]['db'];

/** A deleted story's address: it answers 410 once the server's redirect table has refreshed (within 10 s). */
async function removedStoryPath(db: Db, request: APIRequestContext) {
  const path = `/news/withdrawn-${randomUUID().slice(0, 8)}`;
  await db.redirect.create({ data: { fromPath: path, toPath: null, kind: 'deleted' } });
  await expect.poll(async () => (await request.get(path, { maxRedirects: 0 })).status(), { timeout: 25_000, intervals: [1_000] }).toBe(410);
  return path;
}

/** A story with a published comment and a reply to it. */
async function storyWithComment(db: Db) {
  const story = await commentableStory(db);
  const commenter = await trustedCommenter(db);
  const publishedAt = new Date();
  const comment = await db.comment.create({
    data: { articleId: story.id, commenterId: commenter.id, body: 'The wall has needed this since the storm. https://example.org/storm', status: 'approved', publishedAt, featured: true },
  });
  await db.comment.create({ data: { articleId: story.id, commenterId: commenter.id, parentId: comment.id, body: 'Agreed.', status: 'approved', publishedAt } });
  return { url: story.url, commentId: comment.id };
}

// One test per page type, so each has its own time budget (axe takes seconds per page on a busy machine): every rule
// in the light scheme, then, on the same page switched to the dark one, the rules a scheme decides. A new reader page
// type gets a line here.
const PAGE_TYPES: Record<string, (db: Db, request: APIRequestContext) => Promise<string>> = {
  home: async () => '/',
  article: async (db) => (await storyWithSeveralAuthors(db)).url,
  'live blog': async (db) => (await liveBlog(db, { entries: 12 })).url,
  'section front': async (db) => `/${(await storyWithSeveralAuthors(db)).section.slug}`,
  author: async (db) => `/author/${(await storyWithSeveralAuthors(db)).authors[0]!.author.slug}`,
  tag: async (db) => `/tag/${(await db.tag.findFirstOrThrow({ where: { articles: { some: {} } } })).slug}`,
  'latest news': async () => '/latest',
  'latest news, page 2': async () => '/latest/page/2',
  search: async () => '/search?q=council',
  archive: async () => '/archive',
  corrections: async () => '/corrections',
  newsletters: async () => '/newsletters',
  'article with comments': async (db) => (await storyWithComment(db)).url,
  'comment answer': async (db) => `/comments/result?m=waiting&story=${(await commentableStory(db)).url}`,
  'reply to a comment': async (db) => `/comments/reply/${(await storyWithComment(db)).commentId}`,
  privacy: async () => '/privacy',
  'not found': async () => '/no-such-page',
  'removed story (410)': removedStoryPath,
};

for (const [kind, urlFor] of Object.entries(PAGE_TYPES)) {
  test(`no serious accessibility violations on the ${kind} page, light and dark mode`, async ({ page, db }) => {
    test.slow(kind.includes('410'));
    await page.emulateMedia({ colorScheme: 'light' });
    const url = await urlFor(db, page.request);
    await page.goto(url);
    // The page really is in the scheme under test (reader pages follow the system's setting).
    const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    expect(await scheme()).toBe('light');
    expect(await seriousViolations(page), `${url}, light`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await scheme()).toBe('dark');
    expect(await seriousViolations(page, { colours: true }), `${url}, dark`).toEqual([]);
  });
}
