import type { Page } from '@playwright/test';

/** What every reader page shares (skip link, menus, footer) and an article's share links: locators only. */
export class ReaderChrome {
  constructor(readonly page: Page) {}

  get skipLink() {
    return this.page.getByRole('link', { name: 'Skip to content' });
  }

  get main() {
    return this.page.getByRole('main');
  }

  /** The sections navigation that is on screen (a row from md up, the disclosure menu's panel below). */
  get sections() {
    return this.page.getByRole('navigation', { name: 'Sections' });
  }

  /** The small-screen menu's button (the <summary> of its <details>). */
  get menuButton() {
    return this.page.getByRole('banner').locator('summary');
  }

  get header() {
    return this.page.getByRole('banner');
  }

  get footer() {
    return this.page.getByRole('contentinfo');
  }

  get shareList() {
    return this.page.getByRole('list', { name: 'Share' });
  }

  get copyLinkButton() {
    return this.page.getByRole('button', { name: 'Copy link' });
  }

  get readingTime() {
    return this.page.getByTestId('reading-time');
  }
}
