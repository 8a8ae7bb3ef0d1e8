import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadForEditing, toSnapshot } from '@/lib/articles/editing';
import { createDraft, saveArticle } from '@/lib/articles/save';
import type { Viewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import { flushIndexNow } from '@/lib/indexnow/submit';
import { refreshDueArticles } from '@/lib/publishing/due';
import { changedPaths } from '@/lib/publishing/publish-change';
import { publishNow, schedule, unpublish } from '@/lib/publishing/workflow';
import { createAccount } from '@/lib/users/accounts';
import { createSection, minutesFromNow } from './factories';

// The publish step tells search engines through IndexNow: a real receiver on a free local port stands in for the
// endpoint, and the desk's own domain functions publish, update and unpublish.

const KEY = 'integration-indexnow-key';
const context = { request: { ip: '198.51.100.8', userAgent: 'vitest' } };
const origin = siteConfig().url;

type Ping = { host: string; key: string; keyLocation: string; urlList: string[] };
const received: Ping[] = [];
let server: http.Server;
let editor: Viewer;
let sectionId: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      received.push(JSON.parse(raw) as Ping);
      response.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.INDEXNOW_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}/indexnow`;
  process.env.INDEXNOW_KEY = KEY;
  const user = await createAccount({ email: `indexnow-${randomUUID().slice(0, 8)}@desk.example`, name: 'Index Editor', role: 'editor', password: 'lantern-gull-fog-harbour-9' });
  editor = { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role: 'editor', authorId: user.authorId };
  sectionId = (await createSection()).id;
});

afterAll(async () => {
  delete process.env.INDEXNOW_ENDPOINT;
  delete process.env.INDEXNOW_KEY;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
});

async function draft(headline: string) {
  const created = await createDraft(editor, { headline, sectionId }, context);
  if (!created.ok) throw new Error(created.message);
  return (await loadForEditing(created.data!.id))!;
}

describe('IndexNow on the publish step', () => {
  it('pings the article’s address after publish, update and unpublish, without holding up the action', async () => {
    const row = await draft(`Ferry timetable ${randomUUID().slice(0, 6)}`);
    const url = `${origin}/${row.section.slug}/${row.slug}`;

    expect(await publishNow({ viewer: editor, articleId: row.id, context })).toMatchObject({ ok: true });
    // The action has returned; the request goes out a moment later.
    expect(received).toHaveLength(0);
    await flushIndexNow();
    expect(received).toEqual([{ host: new URL(origin).host, key: KEY, keyLocation: `${origin}/${KEY}.txt`, urlList: [url] }]);

    const live = (await loadForEditing(row.id))!;
    await saveArticle(editor, { articleId: row.id, baseVersion: live.version, fields: { ...toSnapshot(live), standfirst: 'Now with times.' }, substantive: true, autosave: false }, context);
    await flushIndexNow();
    expect(received.at(-1)?.urlList).toEqual([url]);

    expect(await unpublish({ viewer: editor, articleId: row.id, context })).toMatchObject({ ok: true });
    await flushIndexNow();
    expect(received.at(-1)?.urlList).toEqual([url]);
    expect(received).toHaveLength(3);
    const logged = await db.auditEvent.findMany({ where: { action: 'indexnow.sent', summary: { contains: row.slug } } });
    expect(logged.length).toBe(3);
  });

  it('pings both addresses when a live story moves to a new slug', async () => {
    const row = await draft(`Harbour wall ${randomUUID().slice(0, 6)}`);
    await publishNow({ viewer: editor, articleId: row.id, context });
    await flushIndexNow();
    const live = (await loadForEditing(row.id))!;
    await saveArticle(editor, { articleId: row.id, baseVersion: live.version, fields: { ...toSnapshot(live), slug: `${live.slug}-moved` }, substantive: false, autosave: false }, context);
    await flushIndexNow();
    expect(received.at(-1)?.urlList.sort()).toEqual([`${origin}/${row.section.slug}/${row.slug}`, `${origin}/${row.section.slug}/${row.slug}-moved`].sort());
  });

  it('stays quiet for a story scheduled ahead, then pings once when it falls due', async () => {
    const row = await draft(`Budget vote ${randomUUID().slice(0, 6)}`);
    const at = minutesFromNow(60);
    const local = at.toLocaleString('sv-SE', { timeZone: siteConfig().timeZone }).replace(' ', 'T');
    expect(await schedule({ viewer: editor, articleId: row.id, context, publishAt: local })).toMatchObject({ ok: true });
    await flushIndexNow();
    expect(received).toHaveLength(0);

    // Its minute comes (moved into the past here), and the scheduler runs twice, as it does.
    await db.article.update({ where: { id: row.id }, data: { publishedAt: minutesFromNow(-1) } });
    await refreshDueArticles();
    await refreshDueArticles();
    await flushIndexNow();
    expect(received.flatMap((p) => p.urlList)).toEqual([`${origin}/${row.section.slug}/${row.slug}`]);
  });

  it('names only addresses readers could open', () => {
    const story = { slug: 's', section: { slug: 'news', name: 'News' }, authors: [], tags: [] };
    const now = new Date();
    const draftRow = { ...story, status: 'draft', publishedAt: null };
    const scheduledRow = { ...story, status: 'scheduled', publishedAt: minutesFromNow(30) };
    const liveRow = { ...story, status: 'published', publishedAt: minutesFromNow(-30) };
    expect(changedPaths(draftRow, scheduledRow, now)).toEqual([]);
    expect(changedPaths(draftRow, liveRow, now)).toEqual(['/news/s']);
    expect(changedPaths(liveRow, { ...liveRow, status: 'unpublished' }, now)).toEqual(['/news/s']);
    expect(changedPaths(liveRow, null, now)).toEqual(['/news/s']);
  });
});
