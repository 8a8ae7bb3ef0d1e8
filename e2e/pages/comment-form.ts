import type { Page } from '@playwright/test';

/** The comment form under a story (or on a reply page): fields by their labels, and posting it. */
export class CommentForm {
  constructor(private readonly page: Page) {}

  form() {
    return this.page.getByRole('form', { name: 'Your comment' });
  }

  async post(fields: { name: string; email: string; body: string }) {
    const form = this.form();
    await form.getByLabel('Your name, as shown').fill(fields.name);
    await form.getByLabel('Your email address (never shown)').fill(fields.email);
    await form.getByLabel(/^Your comment/).fill(fields.body);
    await form.getByRole('button', { name: 'Post comment' }).click();
  }

  /** What the page after a post says happened. */
  outcome() {
    return this.page.getByRole('main').locator('[role=status], [role=alert]');
  }
}
