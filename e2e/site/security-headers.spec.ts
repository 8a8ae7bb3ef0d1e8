import { expect, signInAs, test } from '../fixtures';
import { anyLiveStory } from '../factories/stories';
import { createUser } from '../factories/users';

// What `curl -sI` shows on the reader's pages and the newsroom's (lib/security/headers.mjs, proxy.ts).

const directives = (policy: string | undefined) => new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

test('reader pages carry the security headers and a policy that loads nothing from other sites', async ({ request, db }) => {
  const story = await anyLiveStory(db);
  for (const path of ['/', story.url, '/news', '/search?q=harbour', '/no-such-page']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
    const csp = directives(headers['content-security-policy']);
    expect(csp.get('object-src'), path).toEqual(["'none'"]);
    expect(csp.get('base-uri'), path).toEqual(["'self'"]);
    expect(csp.get('form-action'), path).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors'), path).toEqual(["'self'"]);
    expect(csp.get('default-src'), path).toEqual(["'self'"]);
    // Served over plain HTTP here: no HSTS (it is sent when SITE_URL is https).
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
});

test('the newsroom’s pages are never cached or framed, and allow only scripts carrying this response’s nonce', async ({ page, request }) => {
  const login = await request.get('/admin/login');
  const first = directives(login.headers()['content-security-policy']);
  expect(login.headers()['cache-control']).toMatch(/private/);
  expect(login.headers()['cache-control']).toMatch(/no-store/);
  expect(login.headers()['x-frame-options']).toBe('DENY');
  expect(first.get('frame-ancestors')).toEqual(["'none'"]);
  const nonce = first.get('script-src')!.find((v) => v.startsWith("'nonce-"))!.slice("'nonce-".length, -1);
  const html = await login.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // A new nonce for every response.
  const again = directives((await request.get('/admin/login')).headers()['content-security-policy']);
  expect(again.get('script-src')).not.toEqual(first.get('script-src'));

  await signInAs(page, await createUser('editor'));
  const admin = await page.request.get('/admin');
  expect(admin.status()).toBe(200);
  expect(admin.headers()['cache-control']).toMatch(/no-store/);
  expect(admin.headers()['x-frame-options']).toBe('DENY');
  expect(directives(admin.headers()['content-security-policy']).get('script-src')).toContain("'strict-dynamic'");
  // With the policy enforced, the newsroom works (the fixture fails the test on any violation the browser reports).
  await page.goto('/admin/articles');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an edition answers only for today: any other date is a 404 that renders the site’s page', async ({ request }) => {
  for (const day of ['2199-12-31', '2019-07-22', '2026-02-30', 'yesterday']) {
    const response = await request.get(`/edition/${day}`);
    expect(response.status(), day).toBe(404);
    expect(await response.text(), day).not.toContain('2199');
  }
});
