import type { Page } from '@playwright/test';

/** An article as a reader sees it: locators and actions only. */
export class ArticlePage {
  constructor(readonly page: Page) {}

  goto(url: string) {
    return this.page.goto(url);
  }

  get breadcrumb() {
    return this.page.getByRole('navigation', { name: 'Breadcrumb' });
  }

  get headline() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get header() {
    return this.page.locator('article > header');
  }

  get publishedTime() {
    return this.header.locator('time').first();
  }

  get bylineLinks() {
    return this.header.locator('a[rel="author"]');
  }

  get relatedFooter() {
    return this.page.locator('article > footer');
  }

  get relatedTitle() {
    return this.relatedFooter.getByRole('heading', { level: 2 });
  }

  get relatedLinks() {
    return this.relatedFooter.getByRole('list', { name: 'Related stories' }).getByRole('heading').getByRole('link');
  }
}
