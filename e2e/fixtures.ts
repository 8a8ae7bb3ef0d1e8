import { test as base } from '@playwright/test';
import { e2eEnv } from './env';
import { ArticlePage } from './pages/article-page';
import { HomePage } from './pages/home-page';

// The tests read the same database the server uses, to compare what readers see with what is stored.
Object.assign(process.env, e2eEnv());
const { db } = await import('../lib/db/client');

type Fixtures = { db: typeof db; home: HomePage; articlePage: ArticlePage };

export const test = base.extend<Fixtures>({
  db: async ({}, provide) => provide(db),
  home: async ({ page }, provide) => provide(new HomePage(page)),
  articlePage: async ({ page }, provide) => provide(new ArticlePage(page)),
});

export { expect } from '@playwright/test';
