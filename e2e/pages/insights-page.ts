import type { Locator, Page } from '@playwright/test';

/** The newsroom's dashboard (/admin/insights) and a story's page of it. */
export class InsightsPage {
  constructor(readonly page: Page) {}

  goto(period?: string) {
    return this.page.goto(period ? `/admin/insights?period=${period}` : '/admin/insights');
  }

  gotoStory(id: string) {
    return this.page.goto(`/admin/insights/stories/${id}`);
  }

  /** The number under a headline figure: 'now', 'today', 'yesterday', 'first-week', 'all-time'. */
  figure(id: string): Locator {
    return this.page.locator(`[data-figure="${id}"] dd`).first();
  }

  chart(id: 'hourly' | 'daily' | 'story'): Locator {
    return this.page.locator(`figure[data-chart="${id}"]`);
  }

  /** The picture of a chart (what a screen reader announces by its label). */
  chartImage(id: 'hourly' | 'daily' | 'story'): Locator {
    return this.chart(id).getByRole('img');
  }

  /** Opens a chart's table of numbers and returns it. */
  async chartTable(id: 'hourly' | 'daily' | 'story'): Promise<Locator> {
    await this.chart(id).getByText('Show the numbers').click();
    return this.chart(id).getByRole('table');
  }

  get topStories(): Locator {
    return this.page.getByRole('region', { name: /^Top stories/ });
  }

  /** Each row of the top stories as [headline, views]. */
  async topStoryRows(): Promise<[string, string][]> {
    const rows = this.topStories.locator('tbody tr');
    return Promise.all(
      (await rows.all()).map(async (row) => [(await row.getByRole('rowheader').innerText()).trim(), (await row.locator('td').last().innerText()).trim()] as [string, string]),
    );
  }

  csvLink(title: RegExp): Locator {
    return this.page.getByRole('link', { name: title });
  }
}
