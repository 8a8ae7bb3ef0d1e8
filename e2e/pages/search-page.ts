import type { Page } from '@playwright/test';

/** The header's search box and the /search page: locators and actions, no assertions. */
export class SearchPage {
  constructor(private readonly page: Page) {}

  get header() {
    return this.page.getByRole('search', { name: 'Site search' });
  }
  get form() {
    return this.page.getByRole('search', { name: 'Search stories' });
  }
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Search' });
  }
  /** "12 results for “x”". */
  get count() {
    return this.page.getByRole('status').filter({ hasText: /results? for “/ });
  }
  /** Filters the page ignored, and why. */
  get notices() {
    return this.page.getByRole('status').filter({ hasNotText: /results? for “/ });
  }
  get results() {
    return this.page.getByRole('main').getByRole('listitem').filter({ has: this.page.getByRole('article') });
  }
  get resultSections() {
    return this.results.locator('article > p:first-child');
  }
  get nextPage() {
    return this.page.getByRole('link', { name: 'More results →' });
  }

  resultLink(headline: string) {
    return this.results.getByRole('link', { name: headline, exact: true });
  }

  async resultHrefs() {
    return this.results.getByRole('heading').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  async fromHeader(query: string) {
    await this.header.getByRole('searchbox').fill(query);
    await this.header.getByRole('button', { name: 'Search' }).click();
  }

  async fromPage(query: string, section: string) {
    await this.form.getByRole('searchbox').fill(query);
    await this.form.getByText('Filter results').click();
    await this.form.getByLabel('Section').selectOption({ label: section });
    await this.form.getByRole('button', { name: 'Search' }).click();
  }
}
