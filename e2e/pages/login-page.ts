import type { Page } from '@playwright/test';

export class LoginPage {
  constructor(readonly page: Page) {}

  goto(next?: string) {
    return this.page.goto(next ? `/admin/login?next=${encodeURIComponent(next)}` : '/admin/login');
  }

  get email() {
    return this.page.getByLabel('Email');
  }

  get password() {
    return this.page.getByLabel('Password');
  }

  get error() {
    return this.page.locator('main').getByRole('alert');
  }

  /** Fills the form and submits; resolves with the sign-in response. */
  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    const [response] = await Promise.all([
      this.page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email')),
      this.page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    return response;
  }
}
