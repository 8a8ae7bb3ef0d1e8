import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { storyWithSeveralAuthors } from '../factories/stories';

async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('no serious accessibility violations on any page type', async ({ page, db }) => {
  const story = await storyWithSeveralAuthors(db);
  const author = story.authors[0]!.author;
  const tag = await db.tag.findFirstOrThrow({ where: { articles: { some: {} } } });
  const pages = ['/', story.url, `/${story.section.slug}`, `/author/${author.slug}`, `/tag/${tag.slug}`, '/no-such-page'];
  for (const url of pages) {
    await page.goto(url);
    expect(await seriousViolations(page), url).toEqual([]);
  }
});
