import type { Page } from '@playwright/test';
import { ADMIN_ROUTES } from '../../lib/auth/admin-routes';
import { can, ROLES } from '../../lib/auth/roles';
import { expect, signInAs, test } from '../fixtures';
import { createUser } from '../factories/users';

// Every admin page × every role, from the same rule table the pages use (tests/unit/authorization-matrix.test.ts
// checks that the table covers every route on disk).
// Route handlers under /api/ answer JSON, not pages: each checks the session itself (their own specs test that).
const pages = Object.entries(ADMIN_ROUTES).filter(([route, rule]) => rule !== 'public' && !route.includes('[') && !route.startsWith('/api/'));

async function statusOf(page: Page, route: string) {
  const response = await page.goto(route);
  return { status: response?.status(), path: new URL(page.url()).pathname };
}

test('anonymous visitors are sent to sign in from every protected page', async ({ page }) => {
  for (const [route] of pages) {
    const { path } = await statusOf(page, route);
    expect(path, route).toBe('/admin/login');
  }
});

for (const role of ROLES) {
  test(`a signed-in ${role} gets each admin page only if the role allows it`, async ({ page }) => {
    await signInAs(page, await createUser(role));
    for (const [route, permission] of pages) {
      const { status, path } = await statusOf(page, route);
      expect(path, route).toBe(route);
      expect(status, `${route} × ${role}`).toBe(can(role, permission as Parameters<typeof can>[1]) ? 200 : 403);
    }
  });
}
