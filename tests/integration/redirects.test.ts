import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import {
  createRedirect,
  deleteRedirect,
  FROM_IS_LIVE,
  recordArticleGone,
  recordArticleLive,
  recordArticleMove,
  REDIRECT_EXISTS,
  REDIRECT_LOOP,
  REDIRECT_TO_GONE,
  REDIRECT_TO_ITSELF,
} from '@/lib/redirects/manage';
import { redirectAnswer } from '@/lib/redirects/proxy-answer';
import { findRedirect } from '@/lib/redirects/queries';
import { lookupRedirect } from '@/lib/redirects/table';
import { createRedirectSchema, FROM_FRONT_PAGE, GONE_PAGE_PATH, FROM_HAS_QUERY, FROM_NOT_PATH, FROM_RESERVED, requestPath, TO_INVALID } from '@/lib/redirects/schemas';
import { createAccount } from '@/lib/users/accounts';
import { storyAddressServer } from '../support/story-address-server';
import { createArticle, createSection } from './factories';

const context = { request: { ip: '198.51.100.8', userAgent: 'vitest' } };
let editor: Viewer;

/** A fresh path prefix per test, so tests never see each other's rows. */
const prefix = () => `/it-${randomUUID().slice(0, 8)}`;

/** Parses a form the way the server action does, then creates the redirect. */
async function add(fromPath: string, toPath: string) {
  const parsed = createRedirectSchema.safeParse({ fromPath, toPath });
  if (!parsed.success) throw new Error(`Refused by the schema: ${fromPath} → ${toPath}`);
  return createRedirect(editor, parsed.data, context);
}

/** Where `path` leads, as the pages see it (cached query) and as the proxy sees it (in-memory table): always alike. */
async function target(path: string) {
  const [page, proxy] = [await findRedirect(path), await lookupRedirect(path)];
  expect(proxy, path).toEqual(page);
  return page?.toPath;
}

beforeAll(async () => {
  const user = await createAccount({ email: `redirector-${randomUUID().slice(0, 8)}@it.example`, name: 'IT Redirector', role: 'editor', password: 'quay-lantern-mist-gull-77' });
  editor = { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role: 'editor', authorId: user.authorId };
});

describe('a story that moves', () => {
  it('leaves every old address leading straight to the newest one, never to a chain', async () => {
    const p = prefix();
    await recordArticleMove('article-1', `${p}/a`, `${p}/b`);
    await recordArticleMove('article-1', `${p}/b`, `${p}/c`);
    expect(await target(`${p}/a`)).toBe(`${p}/c`);
    expect(await target(`${p}/b`)).toBe(`${p}/c`);
    expect(await target(`${p}/c`)).toBeUndefined();
    expect(await db.redirect.findUniqueOrThrow({ where: { fromPath: `${p}/a` } })).toMatchObject({ kind: 'article', articleId: 'article-1' });
  });

  it('never redirects the address it lives at now, even when it moves back', async () => {
    const p = prefix();
    await recordArticleMove('article-2', `${p}/a`, `${p}/b`);
    await recordArticleMove('article-2', `${p}/b`, `${p}/a`);
    expect(await target(`${p}/a`)).toBeUndefined();
    expect(await target(`${p}/b`)).toBe(`${p}/a`);
  });

  it('re-points manual redirects that led to its old address', async () => {
    const p = prefix();
    expect(await add(`${p}/promo`, `${p}/story`)).toMatchObject({ ok: true });
    await recordArticleMove('article-3', `${p}/story`, `${p}/story-renamed`);
    expect(await target(`${p}/promo`)).toBe(`${p}/story-renamed`);
  });
});

describe('a story that is deleted', () => {
  it('answers 410 at its address and at every address that led to it', async () => {
    const p = prefix();
    await recordArticleMove('article-4', `${p}/first`, `${p}/second`);
    await recordArticleGone('article-4', `${p}/second`);
    expect(await target(`${p}/second`)).toBeNull();
    expect(await target(`${p}/first`)).toBeNull();
    expect(await db.redirect.findUniqueOrThrow({ where: { fromPath: `${p}/second` } })).toMatchObject({ kind: 'deleted' });
  });

  it('gives the address back when a new story goes live there', async () => {
    const p = prefix();
    await recordArticleGone('article-5', `${p}/reused`);
    await recordArticleLive(`${p}/reused`);
    expect(await findRedirect(`${p}/reused`)).toBeNull();
    expect(await lookupRedirect(`${p}/reused`)).toBeNull();
  });
});

describe('manual redirects', () => {
  it('are answered at once, and gone once deleted; both are audited', async () => {
    const p = prefix();
    expect(await add(`${p}/old`, 'https://example.org/elsewhere')).toMatchObject({ ok: true });
    expect(await target(`${p}/old`)).toBe('https://example.org/elsewhere');
    const row = await db.redirect.findUniqueOrThrow({ where: { fromPath: `${p}/old` } });
    expect(row).toMatchObject({ kind: 'manual', createdById: editor.userId });
    expect(await deleteRedirect(editor, row.id, context)).toMatchObject({ ok: true });
    expect(await target(`${p}/old`)).toBeUndefined();
    const audit = await db.auditEvent.findMany({ where: { targetId: `${p}/old` }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['redirect.created', 'redirect.deleted']);
  });

  it('refuse a second redirect from the same address', async () => {
    const p = prefix();
    await add(`${p}/x`, '/news');
    expect(await add(`${p}/x`, '/sport')).toEqual({ ok: false, status: 409, message: REDIRECT_EXISTS, fieldErrors: { fromPath: [REDIRECT_EXISTS] } });
    expect(await target(`${p}/x`)).toBe('/news');
  });

  it('refuse loops, including through an absolute URL on this site', async () => {
    const p = prefix();
    expect(await add(`${p}/self`, `${p}/self/`)).toMatchObject({ ok: false, fieldErrors: { toPath: [REDIRECT_TO_ITSELF] } });
    expect(await add(`${p}/a`, `${p}/b`)).toMatchObject({ ok: true });
    expect(await add(`${p}/b`, `${p}/a`)).toMatchObject({ ok: false, fieldErrors: { toPath: [REDIRECT_LOOP] } });
    expect(await add(`${p}/b`, `http://localhost:3000${p}/a?utm=x`)).toMatchObject({ ok: false, fieldErrors: { toPath: [REDIRECT_LOOP] } });
    expect(await findRedirect(`${p}/b`)).toBeNull();
  });

  it('never make chains: a new redirect leads to the end, and older ones follow it', async () => {
    const p = prefix();
    await add(`${p}/a`, `${p}/b`);
    await add(`${p}/c`, `${p}/a`);
    expect(await target(`${p}/c`)).toBe(`${p}/b`);
    await add(`${p}/b`, `${p}/d`);
    expect(await target(`${p}/a`)).toBe(`${p}/d`);
    expect(await target(`${p}/c`)).toBe(`${p}/d`);
  });

  it('refuse to lead to an address that is gone', async () => {
    const p = prefix();
    await recordArticleGone('article-6', `${p}/gone`);
    expect(await add(`${p}/promo`, `${p}/gone`)).toMatchObject({ ok: false, fieldErrors: { toPath: [REDIRECT_TO_GONE] } });
  });

  it('refuse to hide a published story', async () => {
    const section = await createSection('Redirects');
    const article = await createArticle({ sectionId: section.id });
    expect(await add(`/${section.slug}/${article.slug}`, '/news')).toMatchObject({ ok: false, fieldErrors: { fromPath: [FROM_IS_LIVE] } });
  });
});

describe('redirect addresses', () => {
  const fromProblem = (fromPath: string) => createRedirectSchema.safeParse({ fromPath, toPath: '/news' }).error?.issues[0]?.message;
  const toProblem = (toPath: string) => createRedirectSchema.safeParse({ fromPath: '/old', toPath }).error?.issues[0]?.message;

  it('from: only a path on this site, without query, outside the application’s own addresses', () => {
    for (const bad of ['news/old', '//evil.example/x', 'https://evil.example/x', '/a b', '/a\\b', 'javascript:alert(1)']) expect(fromProblem(bad), bad).toBe(FROM_NOT_PATH);
    for (const bad of ['/old?page=2', '/old#top']) expect(fromProblem(bad), bad).toBe(FROM_HAS_QUERY);
    expect(fromProblem('/')).toBe(FROM_FRONT_PAGE);
    for (const bad of ['/admin', '/admin/users', '/api/auth/x', '/_next/static/x.js', '/media/a.jpg', '/edition/2026-01-01', '/removed/story']) {
      expect(fromProblem(bad), bad).toBe(FROM_RESERVED);
    }
    expect(fromProblem('/administrators-guide')).toBeUndefined();
  });

  it('from: stored as the browser sends it (encoded, no trailing slash, dot segments resolved), as pages look it up', () => {
    const parse = (fromPath: string) => createRedirectSchema.parse({ fromPath, toPath: '/news' }).fromPath;
    expect(parse('/café/story/')).toBe('/caf%C3%A9/story');
    expect(parse('/a/../b')).toBe('/b');
    // Route params arrive decoded; the page rebuilds the same address from them.
    expect(requestPath('café', 'story')).toBe(parse('/café/story'));
    expect(requestPath('a b', '50%', 'why?')).toBe('/a%20b/50%25/why%3F');
  });

  it('to: a path on this site or an http(s) URL elsewhere', () => {
    for (const bad of ['javascript:alert(1)', 'ftp://files.example/x', '//evil.example/x', 'data:text/html,x', 'https://user:pw@example.org/', 'news']) {
      expect(toProblem(bad), bad).toBe(TO_INVALID);
    }
    const parse = (toPath: string) => createRedirectSchema.parse({ fromPath: '/old', toPath }).toPath;
    expect(parse('/news/story?ref=old')).toBe('/news/story?ref=old');
    expect(parse('https://example.org/a')).toBe('https://example.org/a');
    expect(parse('http://localhost:3000/news/story')).toBe('/news/story');
  });
});

describe('the proxy’s answer', () => {
  it('is 301 to the new address, keeping the query string', async () => {
    const p = prefix();
    await recordArticleMove('article-7', `${p}/old`, `${p}/new`);
    const response = await redirectAnswer(new NextRequest(`http://localhost:3000${p}/old?ref=mail`));
    expect(response?.status).toBe(301);
    expect(response?.headers.get('location')).toBe(`http://localhost:3000${p}/new?ref=mail`);
  });

  it('is 410 with a page for a deleted story, and nothing for other addresses or methods', async () => {
    process.env.__NEXT_PRIVATE_ORIGIN = 'http://127.0.0.1:59999'; // no server here: the built-in page answers
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const p = prefix();
    await recordArticleGone('article-8', `${p}/deleted`);
    const response = await redirectAnswer(new NextRequest(`http://localhost:3000${p}/deleted`));
    expect(response?.status).toBe(410);
    expect(await response?.text()).toContain('This story has been removed');
    expect(await redirectAnswer(new NextRequest(`http://localhost:3000${p}/elsewhere`))).toBeNull();
    expect(await redirectAnswer(new NextRequest(`http://localhost:3000${p}/deleted`, { method: 'POST' }))).toBeNull();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe('the answer server.mjs gives a story-shaped page load', () => {
  it('is 301 to the new address with the query kept, 410 with the site’s page for a deleted story, else the page', async () => {
    process.env.__NEXT_PRIVATE_ORIGIN = 'http://127.0.0.1:59999'; // no server here: the built-in page answers
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const p = prefix();
    await recordArticleMove('article-9', `${p}/before`, `${p}/after`);
    await recordArticleGone('article-10', `${p}/removed`);
    const server = await storyAddressServer();
    try {
      const get = (path: string, method = 'GET') => fetch(server.origin + path, { method, redirect: 'manual' });
      const moved = await get(`${p}/before?ref=mail`);
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe(`${p}/after?ref=mail`);
      expect(moved.headers.get('cache-control')).toBe('public, max-age=3600');

      const gone = await get(`${p}/removed`);
      expect(gone.status).toBe(410);
      expect(gone.headers.get('x-robots-tag')).toBe('noindex');
      expect(await gone.text()).toContain('This story has been removed');
      const head = await get(`${p}/removed`, 'HEAD');
      expect(head.status).toBe(410);

      const elsewhere = await get(`${p}/elsewhere`);
      expect(await elsewhere.json()).toMatchObject({ page: `${p}/elsewhere` });
      // The removed-story page opened at its own address is the 404 page.
      expect(await (await get(GONE_PAGE_PATH)).json()).toMatchObject({ page: '/removed/elsewhere' });
    } finally {
      await server.close();
      logged.mockRestore();
    }
  });
});
