import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test } from '../fixtures';
import { storyWithSeveralAuthors } from '../factories/stories';

// Full-page pictures of the homepage and an article on a phone (375 px) and a laptop (1280 px), light and dark,
// written to artifacts/screenshots/ for people to look at (and commit): artefacts, not golden images, so nothing
// is compared and a change of design never fails this test.

const OUT = path.resolve(import.meta.dirname, '../../artifacts/screenshots');
const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

/**
 * Loads every picture now (lazy ones included: on a busy machine a quick scroll can pass one without the browser
 * noticing), then waits until each has decoded and the fonts are in.
 */
async function settle(page: Page) {
  await page.evaluate(() => {
    for (const img of document.images) img.loading = 'eager';
  });
  await page
    .waitForFunction(() => [...document.images].every((img) => img.complete), undefined, { timeout: 30_000 })
    .catch(async () => {
      const waiting = await page.evaluate(() => [...document.images].filter((img) => !img.complete).map((img) => img.currentSrc || img.src));
      throw new Error(`Pictures still loading after 30 s: ${waiting.join(', ')}`);
    });
  await page.evaluate(() => document.fonts.ready);
}

type Db = Parameters<Parameters<typeof test>[2]>[0]['db'];

const PAGES: Record<string, (db: Db) => Promise<string>> = {
  home: async () => '/',
  article: async (db) => (await storyWithSeveralAuthors(db)).url,
};

for (const [name, urlFor] of Object.entries(PAGES)) {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      test(`screenshot: ${name} at ${width} px, ${colorScheme}`, async ({ page, db }, testInfo) => {
        // A full-page picture of a long homepage takes a while on a busy machine (30 s once in CI).
        test.slow();
        const url = await urlFor(db);
        await page.setViewportSize({ width, height: width < 800 ? 812 : 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        await settle(page);
        const file = path.join(OUT, `${name}-${width}-${colorScheme}.png`);
        fs.mkdirSync(OUT, { recursive: true });
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        await testInfo.attach(path.basename(file), { path: file, contentType: 'image/png' });
      });
    }
  }
}
