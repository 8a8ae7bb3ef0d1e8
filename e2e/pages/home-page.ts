import type { Page } from '@playwright/test';

export class HomePage {
  constructor(readonly page: Page) {}

  goto() {
    return this.page.goto('/');
  }

  get mastheadDate() {
    return this.page.getByTestId('masthead-date');
  }

  get latestNews() {
    return this.page.getByRole('region', { name: 'Latest news' });
  }

  get latestItems() {
    return this.latestNews.getByRole('listitem');
  }

  get topStory() {
    return this.page.getByRole('region', { name: 'Top story' });
  }

  get featured() {
    return this.page.getByRole('region', { name: 'Featured', exact: true });
  }

  sectionBlock(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }
}
