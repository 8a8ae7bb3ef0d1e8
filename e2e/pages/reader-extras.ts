import type { Page } from '@playwright/test';

/** The "Most read" list on the homepage and beside articles: locators only. */
export class MostReadList {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Most read' });
  }

  get links() {
    return this.region.getByRole('listitem').getByRole('link');
  }
}

/** The breaking-news banner at the top of every reader page. */
export class BreakingBanner {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Breaking news' });
  }

  get link() {
    return this.region.getByRole('link');
  }
}

/** The banner as the server sent it in a page's HTML: the headline it links to, or null without a banner. */
export function bannerHeadlineIn(html: string): string | null {
  const banner = /<section aria-label="Breaking news"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
  if (banner === undefined) return null;
  const link = /<a [^>]*>([\s\S]*?)<\/a>/.exec(banner)?.[1] ?? '';
  return link.replace(/<!-- -->/g, '').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The breaking-news control in the article editor's workflow panel. */
export class BreakingControl {
  constructor(readonly page: Page) {}

  get group() {
    return this.page.getByRole('group', { name: 'Breaking news' });
  }

  get message() {
    return this.group.locator('[role=status],[role=alert]');
  }

  /** Flags the story (or changes the end) until a datetime-local value in the site's time zone. */
  async flagUntil(localDateTime: string) {
    await this.group.getByLabel(/Breaking until|Change the end/).fill(localDateTime);
    await this.group.getByRole('button', { name: /Flag as breaking|Change the end/ }).click();
  }

  async clear() {
    await this.group.getByRole('button', { name: 'Clear breaking news' }).click();
  }
}
