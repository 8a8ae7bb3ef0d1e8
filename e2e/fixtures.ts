import { randomInt } from 'node:crypto';
import { test as base, type BrowserContext, expect, type Page } from '@playwright/test';
import { e2eEnv } from './env';
import { ArticlePage } from './pages/article-page';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';

// The tests read the same database the server uses, to compare what readers see with what is stored.
Object.assign(process.env, e2eEnv());
const { db } = await import('../lib/db/client');

/**
 * A documentation-range IPv6 address (2001:db8::/32) per browser context: each test is its own client for the
 * sign-in limits, and the addresses the lock-out tests lock are never drawn again (a random IPv4 from a /24 was).
 */
export const clientAddress = () => `2001:db8:${Array.from({ length: 6 }, () => randomInt(0, 0x10000).toString(16)).join(':')}`;

type Fixtures = { db: typeof db; home: HomePage; articlePage: ArticlePage; loginPage: LoginPage; cspViolations: string[] };

/** What Chromium logs when a Content-Security-Policy blocks something. */
const CSP_VIOLATION = /Content Security Policy|Content-Security-Policy/i;

function watchCsp(context: BrowserContext, violations: string[]) {
  context.on('console', (message) => {
    if (CSP_VIOLATION.test(message.text())) violations.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
  });
}

export const test = base.extend<Fixtures>({
  extraHTTPHeaders: async ({}, provide) => provide({ 'X-Forwarded-For': clientAddress() }),
  // The site runs with its Content-Security-Policy enforced; any violation a page reports in the browser's console,
  // in this test's own context or in any context it opens, fails the test.
  cspViolations: [
    async ({ context, browser }, provide) => {
      const violations: string[] = [];
      watchCsp(context, violations);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const opened = await newContext(...args);
        watchCsp(opened, violations);
        return opened;
      };
      await provide(violations);
      browser.newContext = newContext;
      expect(violations, 'Content-Security-Policy violations reported in the browser').toEqual([]);
    },
    { auto: true },
  ],
  db: async ({}, provide) => provide(db),
  home: async ({ page }, provide) => provide(new HomePage(page)),
  articlePage: async ({ page }, provide) => provide(new ArticlePage(page)),
  loginPage: async ({ page }, provide) => provide(new LoginPage(page)),
});

/** Signs in through the sign-in endpoint (the form is tested on its own). */
export async function signInAs(page: Page, user: { email: string; password: string }) {
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').origin;
  const response = await page.request.post('/api/auth/sign-in/email', {
    data: { email: user.email, password: user.password },
    headers: { Origin: origin },
  });
  if (!response.ok()) throw new Error(`Sign-in failed for ${user.email}: ${response.status()} ${await response.text()}`);
}

export { expect };
