import { randomInt } from 'node:crypto';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { ADMIN_ROUTES } from '../../lib/auth/admin-routes';
import { can, ROLES } from '../../lib/auth/roles';
import { expect, signInAs, test } from '../fixtures';
import { draftOwnedBy } from '../factories/stories';
import { createUser } from '../factories/users';

// Every admin page × every role, from the same rule table the pages use (tests/unit/authorization-matrix.test.ts
// checks that the table covers every route on disk).
// Route handlers under /api/ answer JSON, not pages: each checks the session itself (their own specs test that).
const pages = Object.entries(ADMIN_ROUTES).filter(([route, rule]) => rule !== 'public' && !route.includes('[') && !route.startsWith('/api/'));

/** The status a route answers the page's session with, and where it ends up: over HTTP, as access is decided there. */
async function statusOf(page: Page, route: string) {
  const response = await page.request.get(route);
  return { status: response.status(), path: new URL(response.url()).pathname };
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

// The [id] routes: an article of the signed-in writer's own, and one of another contributor's.
const articleRoutes = (id: string) => [`/admin/articles/${id}`, `/admin/articles/${id}/revisions`, `/preview/${id}`];

test('anonymous visitors are sent to sign in from an article’s editor, revisions and preview', async ({ page, db }) => {
  const owner = await createUser('contributor');
  const draft = await draftOwnedBy(db, owner.id);
  for (const route of articleRoutes(draft.id)) {
    const { path } = await statusOf(page, route);
    expect(path, route).toBe('/admin/login');
  }
});

for (const role of ROLES) {
  test(`a signed-in ${role} opens their own article, and another writer’s only if the role edits any`, async ({ page, db }) => {
    const viewer = await createUser(role);
    const own = await draftOwnedBy(db, viewer.id);
    const others = await draftOwnedBy(db, (await createUser('contributor')).id);
    await signInAs(page, viewer);
    for (const route of articleRoutes(own.id)) expect((await statusOf(page, route)).status, `${route} (own) × ${role}`).toBe(200);
    const expected = can(role, 'articles:edit-any') ? 200 : 403;
    for (const route of articleRoutes(others.id)) expect((await statusOf(page, route)).status, `${route} (another's) × ${role}`).toBe(expected);
  });
}

// Route handlers under app/api, over HTTP, for anonymous visitors and every role.
/** A small picture of a colour of its own (the library names files by their content). */
const picture = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: randomInt(256), g: randomInt(256), b: randomInt(256) } } }).png().toBuffer();

async function upload(page: Page, origin: string) {
  return page.request.post('/api/admin/media', {
    headers: { Origin: origin },
    multipart: { file: { name: 'swatch.png', mimeType: 'image/png', buffer: await picture() }, alt: 'A swatch of colour', caption: '', credit: '' },
  });
}

test('route handlers: anonymous visitors can send a view beacon and sign in, and nothing else', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  expect((await upload(page, origin)).status()).toBe(401);
  for (const route of ['/api/internal/revalidate', '/api/internal/views']) expect((await page.request.post(route, { data: {} })).status(), route).toBe(404);
  expect((await page.request.get('/api/auth/get-session')).status()).toBe(404);
  expect((await page.request.post('/api/auth/change-password', { headers: { Origin: origin }, data: {} })).status()).toBe(404);
  expect((await page.request.post('/api/auth/sign-in/email', { headers: { Origin: origin }, data: { email: 'nobody@e2e.example', password: 'nope-nope-nope' } })).status()).toBe(401);
  expect((await page.request.post('/api/views', { data: { articleId: 'no-such-story' } })).status()).toBe(404);
});

for (const role of ROLES) {
  test(`route handlers: a signed-in ${role} uploads a picture only if the role allows it, and never reaches the server’s own routes`, async ({ page, baseURL, db }) => {
    const origin = new URL(baseURL!).origin;
    const user = await createUser(role);
    await signInAs(page, user);
    const answer = await upload(page, origin);
    expect(answer.status(), `upload × ${role}`).toBe(can(role, 'articles:write-own') ? 200 : 403);
    if (answer.ok()) expect(await db.image.count({ where: { uploadedById: user.id } })).toBe(1);
    // Uploads from another site's page are refused whoever is signed in.
    expect((await upload(page, 'http://evil.example')).status()).toBe(403);
    for (const route of ['/api/internal/revalidate', '/api/internal/views']) expect((await page.request.post(route, { data: {} })).status(), route).toBe(404);
  });
}
