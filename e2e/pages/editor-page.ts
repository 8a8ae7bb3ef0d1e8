import { expect, type Page } from '@playwright/test';

/** The article editor in /admin/articles/[id]: locators and actions, no assertions. */
export class EditorPage {
  constructor(readonly page: Page) {}

  readonly headline = () => this.page.getByRole('textbox', { name: 'Headline' });
  readonly standfirst = () => this.page.getByRole('textbox', { name: 'Standfirst' });
  readonly body = () => this.page.getByRole('textbox', { name: 'Article text' });
  readonly slug = () => this.page.getByLabel('Slug');
  readonly section = () => this.page.getByRole('combobox', { name: 'Section', exact: true });
  readonly saveStatus = () => this.page.getByTestId('save-status');
  readonly status = () => this.page.getByTestId('article-status');
  readonly workflowMessage = () => this.page.getByRole('region', { name: 'Status' }).locator('[role=status],[role=alert]').last();
  readonly fieldError = (text: string | RegExp) => this.page.locator('[data-field-error]', { hasText: text });

  /** Starts a draft from the articles page and opens it in the editor. */
  async create(headline: string, section: string) {
    await this.page.goto('/admin/articles');
    const form = this.page.getByRole('region', { name: 'Start an article' });
    await form.getByLabel('Headline').fill(headline);
    await form.getByLabel('Section').selectOption({ label: section });
    await form.getByRole('button', { name: 'Create draft' }).click();
    await this.page.waitForURL(/\/admin\/articles\/[^/]+$/);
    await this.body().waitFor();
    return this.page.url().split('/').at(-1)!;
  }

  async open(articleId: string) {
    await this.page.goto(`/admin/articles/${articleId}`);
    await this.body().waitFor();
  }

  async typeBody(text: string) {
    await this.body().click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  async addByline(name: string) {
    await this.page.getByLabel('Add a byline').selectOption({ label: name });
  }

  async saveNow() {
    await this.page.getByRole('button', { name: 'Save now' }).click();
  }

  /** Waits for "Saved · 10:42" (the failure shows what the status said instead). */
  async waitForSaved() {
    await expect(this.saveStatus()).toHaveText(/^Saved · \d{2}:\d{2}/, { timeout: 15_000 });
  }

  async step(name: string | RegExp) {
    await this.page.getByRole('button', { name }).click();
  }

  async schedule(localDateTime: string) {
    await this.page.getByLabel('Publish at (site time)').fill(localDateTime);
    await this.page.getByRole('button', { name: 'Schedule' }).click();
  }
}
