import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { storyWithSeveralAuthors } from '../factories/stories';

async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

type Db = Parameters<Parameters<typeof test>[2]>[0]['db'];

// One test per page type, so each has its own time budget (axe takes seconds per page on a busy machine).
const PAGE_TYPES: Record<string, (db: Db) => Promise<string>> = {
  home: async () => '/',
  article: async (db) => (await storyWithSeveralAuthors(db)).url,
  'section front': async (db) => `/${(await storyWithSeveralAuthors(db)).section.slug}`,
  author: async (db) => `/author/${(await storyWithSeveralAuthors(db)).authors[0]!.author.slug}`,
  tag: async (db) => `/tag/${(await db.tag.findFirstOrThrow({ where: { articles: { some: {} } } })).slug}`,
  'not found': async () => '/no-such-page',
};

for (const [kind, urlFor] of Object.entries(PAGE_TYPES)) {
  test(`no serious accessibility violations on the ${kind} page`, async ({ page, db }) => {
    const url = await urlFor(db);
    await page.goto(url);
    expect(await seriousViolations(page), url).toEqual([]);
  });
}
